#!/usr/bin/env bash
# PostgreSQL restarted under an ingest (issue 13, item 4), run by hand or by CI, not in the unit tests. Needs a
# local PostgreSQL cluster this user may restart (root, as .ci/postgres.sh sets it up: it is started if need be).
#   1. restart: the cluster is restarted (pg_ctlcluster restart, a few seconds) once documents are stored; the
#      ingest must try again (one line per try) and finish.
#   2. down too long: the cluster is stopped for longer than the ingest tries for (about 15 s) and started again;
#      the ingest must stop with one line, and a second ingest resume it.
# Each store is compared with an undisturbed DuckDB run of the same slice: rows of every table, the documents' ids
# (no document lost, none twice). Prints one line per step; exit 1 when a store differs or a stack trace shows.
#
#   scripts/faults/postgres-restart.sh SLICE.jsonl [WORK=a new temp folder]
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SLICE="${1:?usage: scripts/faults/postgres-restart.sh SLICE.jsonl [WORK]}"
WORK="${2:-$(mktemp -d)}"
mkdir -p "$WORK"
failures=0
"$ROOT/dyad" --version > /dev/null || exit 1
CP="$ROOT/dyad-cli/target/dyad-cli-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/dyad-cli/target/classpath.txt")"
dyad() { java -Xmx2g -cp "$CP" org.dyad.cli.Main "$@"; }
INGEST=(ingest "$SLICE" --threads 1 --batch 8 --log-every 1000000 --date 2023-12-11)
URL_BASE="$(bash "$ROOT/.ci/postgres.sh")"
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')"
psql_() { su postgres -c "psql -p $PORT -tAq $*"; }
stack_traces() { grep -c -E $'^\tat |Exception in thread' "$@" 2>/dev/null | awk -F: '{s += $NF} END {print s + 0}'; }

# summary DB: rows of each table, then the MD5 of the documents' ids in order and how many ids come twice
summary() {
  local sql="" t
  for t in documents entities mentions timexes quotes events event_mentions stories story_events; do
    [ -n "$sql" ] && sql="$sql UNION ALL "
    sql="$sql SELECT '$t' AS t, count(*) AS n FROM $t"
  done
  dyad query --db "$1" --format csv --sql "$sql ORDER BY 1" 2>/dev/null | tail -n +2 | tr -d '\r' | tr '\n' ' '
  echo "ids $(dyad query --db "$1" --format csv --sql "SELECT id FROM documents ORDER BY id" 2>/dev/null \
    | tail -n +2 | tr -d '\r' | md5sum | cut -c1-12)" \
    "twice $(dyad query --db "$1" --format csv --sql "SELECT count(*) - count(DISTINCT id) FROM documents" \
    2>/dev/null | tail -1 | tr -d '\r')"
}

echo "postgres-restart: PostgreSQL $VERSION on port $PORT; the undisturbed run of $SLICE (DuckDB)"
rm -rf "$WORK/reference.duckdb" "$WORK/reference.duckdb.wal" "$WORK/reference.search"
dyad "${INGEST[@]}" --db "$WORK/reference.duckdb" 2> "$WORK/reference.err"
grep '^dyad: read ' "$WORK/reference.err"
summary "$WORK/reference.duckdb" > "$WORK/reference.summary"
echo "reference: $(cat "$WORK/reference.summary")"

# run NAME: an ingest into a fresh database NAME, PostgreSQL stopped DOWN seconds (0: restarted) once it stores
run() {
  local name="$1" down="$2" db url pid n=0
  db="dyad_faults_$name"
  psql_ "-c 'DROP DATABASE IF EXISTS $db'" && psql_ "-c 'CREATE DATABASE $db'"
  url="${URL_BASE/dyad_test/$db}"
  dyad "${INGEST[@]}" --db "$url" 2> "$WORK/$name.err" &
  pid=$!
  until [ "$n" -gt 0 ] 2>/dev/null || ! kill -0 "$pid" 2>/dev/null; do
    sleep 1
    n=$(psql_ "-d $db -c 'SELECT count(*) FROM documents'" 2>/dev/null || echo 0)
  done
  if [ "$down" -eq 0 ]; then
    pg_ctlcluster "$VERSION" main restart
    echo "$name: PostgreSQL restarted with $n documents stored"
  else
    pg_ctlcluster "$VERSION" main stop
    echo "$name: PostgreSQL stopped with $n documents stored, started again in $down s"
    sleep "$down"
    pg_ctlcluster "$VERSION" main start
  fi
  wait "$pid"
  echo "$name: ingest exit $?; its lines but progress: "
  grep -v -E '^dyad: (loading|loaded|search index|no search index)' "$WORK/$name.err" | sed 's/^/  /'
  [ "$(stack_traces "$WORK/$name.err")" -eq 0 ] || { echo "$name: STACK TRACE"; failures=$((failures + 1)); }
  if ! grep -q '^dyad: read ' "$WORK/$name.err"; then
    dyad "${INGEST[@]}" --db "$url" 2> "$WORK/$name.again.err"
    echo "$name: run again: exit $?: $(grep '^dyad: read ' "$WORK/$name.again.err")"
    [ "$(stack_traces "$WORK/$name.again.err")" -eq 0 ] || { echo "$name: STACK TRACE"; failures=$((failures + 1)); }
  fi
  summary "$url" > "$WORK/$name.summary"
  if diff -q "$WORK/reference.summary" "$WORK/$name.summary" > /dev/null; then
    echo "$name: every table's rows and the documents' ids equal the undisturbed run's"
  else
    echo "$name: DIFFERS: $(cat "$WORK/$name.summary")"
    failures=$((failures + 1))
  fi
}

run restart 0
run down 30
echo "postgres-restart: $failures failure(s); logs in $WORK"
[ "$failures" -eq 0 ]
