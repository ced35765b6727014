#!/usr/bin/env bash
# The long fuzz run of issue 13, item 3: each Jazzer target of dyad-engine fuzzed for DURATION (libFuzzer under
# Jazzer's JUnit integration, JAZZER_FUZZ=1). A finding is written by Jazzer beside the target's committed
# inputs (src/test/resources/.../<Test>Inputs/<method>/crash-*), where the normal test run replays it: fix the
# cause and commit the input as a regression test. Prints the executions and findings per target.
#
#   scripts/fuzz/run.sh [DURATION=5m] [LOG_DIR=a new temp folder]
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${1:-5m}"
LOGS="${2:-$(mktemp -d)}"
TARGETS=(
  "read.ReadersFuzzTest#everyFileReaderEndsInDocumentsOrOneLineProblems"
  "read.ReadersFuzzTest#theWarcReaderEndsInDocumentsOrOneLineProblems"
  "read.ReadersFuzzTest#aPagesSourceMapPointsIntoThePageForwardOnly"
  "ExtractionFuzzTest#everyFactPointsAtItsTextAndNoStageFails"
)
cd "$ROOT" || exit 1
mvn -q -B -pl dyad-engine -am -DskipTests install || exit 1
total=0
findings=0
for t in "${TARGETS[@]}"; do
  log="$LOGS/${t//[#.]/-}.log"
  JAZZER_FUZZ=1 mvn -q -B -o -pl dyad-engine surefire:test -Dtest="org.dyad.engine.$t" \
    -Djazzer.max_duration="$DURATION" -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1
  status=$?
  runs=$(grep -o 'Done [0-9]* runs' "$log" | awk '{s += $2} END {print s + 0}')
  crash=$(grep -c -E '== Java Exception|deadly signal|Timeout|out-of-memory' "$log")
  total=$((total + runs))
  findings=$((findings + crash))
  echo "$t: $runs executions in $DURATION, $crash finding(s), maven exit $status ($log)"
done
echo "fuzz: $total executions, $findings finding(s)"
git -C "$ROOT" status --short -- 'dyad-engine/src/test/resources/**/crash-*'
[ "$findings" -eq 0 ]
