#!/usr/bin/env bash
# Faults during ingest (issue 13, item 4), run by hand or by CI, not in the unit tests:
#   1. SIGKILL: RUNS ingests of SLICE into a fresh DuckDB store, each killed at a random moment and resumed by a
#      second ingest; every table (rows and checksum, the ingest time left out) must equal an undisturbed run's.
#   2. Two ingests at once on one store: the second must stop with one clear line, the first finish, the tables
#      equal the undisturbed run's.
#   3. A full disk: a store on a small tmpfs (needs root and mount; said so and skipped otherwise) must fail
#      with one line naming the cause, and the store still open with every batch committed before.
# It prints one line per run and a summary of counts; exit 1 when any run loses, duplicates or corrupts.
#
#   scripts/faults/run.sh SLICE.jsonl [RUNS=20] [WORK=a new temp folder]
#
# SLICE is a JSON Lines file of articles (any; 400 is the issue's size). The kills fall between 2 s and the
# undisturbed run's time, so that some land while the models load and most during ingest.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DYAD="$ROOT/dyad"
SLICE="${1:?usage: scripts/faults/run.sh SLICE.jsonl [RUNS] [WORK]}"
RUNS="${2:-20}"
WORK="${3:-$(mktemp -d)}"
mkdir -p "$WORK"
INGEST=(ingest "$SLICE" --threads 1 --batch 8 --log-every 1000000 --date 2023-12-11)
failures=0

# Every table of store $1 but schema_version, one line each: name, rows, SHA-256 of its rows in order.
tables() {
  local names
  names=$(dyad query --db "$1" --format csv --sql "SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND table_name <> 'schema_version' ORDER BY 1" \
    | tail -n +2 | tr -d '\r')
  for t in $names; do
    local sel="*"
    [ "$t" = documents ] && sel="* EXCLUDE (ingested_at)"
    local rows
    rows=$(dyad query --db "$1" --format csv --sql "SELECT $sel FROM $t ORDER BY ALL" | tail -n +2)
    echo "$t $(printf '%s' "$rows" | grep -c '' ) $(printf '%s' "$rows" | sha256sum | cut -c1-16)"
  done
}

echo "faults: building and the undisturbed run on $SLICE into $WORK"
"$DYAD" --version > /dev/null || exit 1
# every run below uses this build, copied, even if the sources change meanwhile
cp "$ROOT/dyad-cli/target/dyad-cli-0.1.0-SNAPSHOT.jar" "$WORK/dyad.jar"
CP="$WORK/dyad.jar:$(cat "$ROOT/dyad-cli/target/classpath.txt")"
dyad() { java -Xmx2g -cp "$CP" org.dyad.cli.Main "$@"; }
start=$(date +%s)
dyad "${INGEST[@]}" --db "$WORK/reference.duckdb" 2> "$WORK/reference.err" || true
took=$(( $(date +%s) - start ))
tail -1 "$WORK/reference.err"
tables "$WORK/reference.duckdb" > "$WORK/reference.tables"
cat "$WORK/reference.tables"

# compare NAME DB: prints the tables that differ from the reference, counts a failure when some do
compare() {
  tables "$2" > "$WORK/$1.tables"
  if diff -q "$WORK/reference.tables" "$WORK/$1.tables" > /dev/null; then
    echo "$1: tables identical"
  else
    echo "$1: TABLES DIFFER"; diff "$WORK/reference.tables" "$WORK/$1.tables"
    failures=$((failures + 1))
  fi
}

stack_traces() { grep -c -E $'^\tat |Exception in thread' "$@" 2>/dev/null | awk -F: '{s += $NF} END {print s + 0}'; }

killed_while_storing=0
for i in $(seq 1 "$RUNS"); do
  db="$WORK/kill-$i.duckdb"
  rm -f "$db" "$db.wal"
  delay=$(awk -v seed="$RANDOM" -v max="$took" 'BEGIN { srand(seed); printf "%.1f", 2 + rand() * (max > 3 ? max - 2 : 1) }')
  java -Xmx2g -cp "$CP" org.dyad.cli.Main "${INGEST[@]}" --db "$db" 2> "$WORK/kill-$i.first.err" &
  pid=$! # the JVM itself, not a shell around it
  sleep "$delay"
  kill -9 "$pid" 2> /dev/null && killed="killed after ${delay}s" || killed="finished before ${delay}s"
  wait "$pid" 2> /dev/null
  [ -f "$db" ] && stored=$(dyad query --db "$db" --format csv --sql "SELECT count(*) FROM documents" 2>/dev/null \
    | tail -1 | tr -d '\r') || stored=0
  [ "${stored:-0}" -gt 0 ] 2>/dev/null && killed_while_storing=$((killed_while_storing + 1))
  dyad "${INGEST[@]}" --db "$db" 2> "$WORK/kill-$i.resume.err"
  echo "kill $i: $killed with ${stored:-0} documents stored; resume: $(tail -1 "$WORK/kill-$i.resume.err")"
  compare "kill-$i" "$db"
done

echo "two ingests on one store"
db="$WORK/two.duckdb"
rm -f "$db"
java -Xmx2g -cp "$CP" org.dyad.cli.Main "${INGEST[@]}" --db "$db" 2> "$WORK/two.first.err" &
first=$!
sleep 1
dyad "${INGEST[@]}" --db "$db" 2> "$WORK/two.second.err"
second_exit=$?
wait "$first"
echo "second ingest: exit $second_exit, $(grep -c '' "$WORK/two.second.err") line(s): $(head -3 "$WORK/two.second.err")"
[ "$(stack_traces "$WORK/two.second.err" "$WORK/two.first.err")" -eq 0 ] || { echo "STACK TRACE"; failures=$((failures + 1)); }
compare two "$db"

echo "a full disk"
mnt="$WORK/full"
mkdir -p "$mnt"
if mount -t tmpfs -o size=6m tmpfs "$mnt" 2> "$WORK/mount.err"; then
  dyad "${INGEST[@]}" --db "$mnt/s.duckdb" 2> "$WORK/full.err"
  echo "full disk: exit $?, $(grep -v '^dyad: read ' "$WORK/full.err" | grep -c ''), stack traces $(stack_traces "$WORK/full.err")"
  grep -i -m3 "space\|disk\|cannot" "$WORK/full.err"
  after=$(dyad query --db "$mnt/s.duckdb" --format csv --sql "SELECT count(*) FROM documents" 2> "$WORK/full.open.err" \
    | tail -1 | tr -d '\r')
  echo "full disk: the store opens read-only with ${after:-no} documents ($(head -1 "$WORK/full.open.err"))"
  umount "$mnt"
else
  echo "full disk: not run, cannot mount a tmpfs here: $(head -1 "$WORK/mount.err")"
fi

echo "faults: $RUNS kill runs ($killed_while_storing killed with documents stored), $failures failure(s); logs in $WORK"
[ "$failures" -eq 0 ]
