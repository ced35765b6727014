#!/usr/bin/env bash
# Measures `dyad spark --master local[2]` against `dyad ingest --threads 2` on the same articles, back to back:
# wall time, articles per second, time to the first article extracted, peak RSS of each process. The articles
# are the first N of a JSON Lines corpus that have a body (default: 2,000 of Reuters-21578, which is
# research-only: the subset is written to a temporary folder, never into the repository).
#
# Usage: scripts/spark/compare-ingest.sh [N] [CORPUS]
# Needs python3 and GNU time (/usr/bin/time). Run it on an idle machine: both sides use two cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${1:-2000}"
corpus="${2:-$repo/../shared/data/reuters21578/reuters21578.jsonl}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
python3 - "$corpus" "$n" "$work/in/articles.jsonl" <<'PY'
import json, sys
corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kept = 0
with open(corpus, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for line in f:
        if kept >= n:
            break
        if (json.loads(line).get("body") or "").strip():
            o.write(line)
            kept += 1
print(f"{kept} articles with a body from {corpus}", file=sys.stderr)
PY
"$repo/dyad" --version >/dev/null   # builds first if need be, outside the measurement
echo "== machine: $(nproc) cores; $(uptime)"
top -bn1 | head -15

echo "== dyad ingest --threads 2"
/usr/bin/time -f "ingest: wall %e s, peak RSS %M KB" \
  "$repo/dyad" ingest --threads 2 --db "$work/ingest.duckdb" "$work/in/articles.jsonl" 2>&1 | grep -v '^dyad: [0-9]* documents'

echo "== dyad spark --master local[2]"
/usr/bin/time -f "spark: wall %e s, peak RSS %M KB" \
  "$repo/dyad" spark --master 'local[2]' --out "$work/out" "$work/in/articles.jsonl" 2>&1

echo "== the same answers"
"$repo/dyad" query --db "$work/ingest.duckdb" --format csv --sql "SELECT count(*) AS documents, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM stories) AS stories FROM documents"
"$repo/dyad" query --db "$work/out" --format csv --sql "SELECT count(*) AS documents, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM stories) AS stories FROM documents"
"$repo/dyad" query timeline --db "$work/out" --a USA --b JPN --by month
echo "== after: $(uptime)"
