#!/usr/bin/env bash
# The mixed load of issue 13, item 5 on a dyad serve of STORE: starts the server on a free loopback port, waits for
# it, warms it up (one extraction, which loads the models, one timeline, one search; not counted), runs
# ServerLoad.java (CLIENTS clients for SECONDS s mixing /api/extract, timelines and search), prints its report and
# the server's log lines of errors (status 500 or failures), and stops the server. Not part of the unit tests.
#
#   scripts/server-load/run.sh STORE ARTICLES.jsonl [CLIENTS=50] [SECONDS=60]
#
# STORE is a DuckDB store (its search index beside it, if any, is used), served --read-only so that it is not
# changed; ARTICLES is JSON Lines of articles to post for extraction. The clients wait and try again when the server
# answers 503 or 429 with Retry-After (counted as retries, not errors). Exit 1 when any request finally failed.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STORE="${1:?usage: scripts/server-load/run.sh STORE ARTICLES.jsonl [CLIENTS] [SECONDS]}"
ARTICLES="${2:?usage: scripts/server-load/run.sh STORE ARTICLES.jsonl [CLIENTS] [SECONDS]}"
CLIENTS="${3:-50}"
SECONDS_="${4:-60}"
LOG="$(mktemp)"
"$ROOT/dyad" --version > /dev/null || exit 1
java ${DYAD_JAVA_OPTS:--Xmx2g} -cp "$ROOT/dyad-cli/target/dyad-cli-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/dyad-cli/target/classpath.txt")" \
  org.dyad.cli.Main serve --db "$STORE" --port 0 --read-only 2> "$LOG" &
pid=$!
trap 'kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null' EXIT
url=""
for _ in $(seq 1 300); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$LOG" | head -1)
  [ -n "$url" ] && curl -sf "$url/health" > /dev/null && break
  kill -0 "$pid" 2> /dev/null || { echo "server-load: the server stopped:"; cat "$LOG"; exit 1; }
  sleep 1
done
echo "server-load: dyad serve (pid $pid) at $url on $STORE: $(curl -s "$url/health")"
curl -s -o /dev/null -w "server-load: warm-up extraction %{http_code} in %{time_total} s\n" -H 'Content-Type: application/json' \
  --data '{"text": "Japan criticized South Korea on Monday, officials said."}' "$url/api/extract"
curl -s -o /dev/null -w "server-load: warm-up timeline %{http_code}, " "$url/api/dyads/USA/JPN/timeline?by=month&from=1987-01-01&to=1987-12-31"
curl -s -o /dev/null -w "search %{http_code}\n" "$url/api/documents?q=tariff"
java "$ROOT/scripts/server-load/ServerLoad.java" --url "$url" --pid "$pid" --articles "$ARTICLES" \
  --clients "$CLIENTS" --seconds "$SECONDS_"
code=$?
echo "server-load: the server's log: $(grep -c ' 200 ' "$LOG") answers 200, $(grep -c -E ' (429|503) [0-9]' "$LOG")"\
  "429/503 (try again later), $(grep -E ' (4|5)[0-9][0-9] [0-9]' "$LOG" | grep -c -v -E ' (429|503) [0-9]') other 4xx/5xx;"\
  "failures:"
grep -E 'failed|Exception| 5[0-9][0-9] [0-9]' "$LOG" | grep -v -E ' 503 [0-9]' | head -10
rm -f "$LOG"
exit $code
