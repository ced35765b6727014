#!/usr/bin/env bash
# Checks that the search index finds, for each phrase, exactly the articles that a scan of the store finds: the
# phrase's words in order, any case, separated by anything but letters and digits, in the title or the text
# (DuckDB's regexp_matches over documents). Prints one line per phrase: the two counts and the ids that differ.
#
# Usage: scripts/search-load/phrase-check.sh STORE.duckdb [PHRASE]...   (the index must be up to date: dyad index)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
db="$1"
shift
phrases=("$@")
if [ ${#phrases[@]} -eq 0 ]; then
  phrases=("trade deficit" "tariff" "interest rates" "central bank" "oil prices" "yen" "the dollar" "crude oil"
    "bank of japan" "u s")
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for p in "${phrases[@]}"; do
  words=($p)
  regex="(?i)(^|[^\\pL\\pN])$(IFS='#'; echo "${words[*]}" | sed 's/#/[^\\pL\\pN]+/g')(\$|[^\\pL\\pN])"
  "$repo/dyad" query search "\"$p\"" --db "$db" --limit 10000 --format csv 2>/dev/null \
    | python3 -c 'import csv, sys; rows = csv.reader(sys.stdin); next(rows, None); [print(r[0]) for r in rows]' \
    | sort > "$work/index"
  "$repo/dyad" query --db "$db" --format csv --sql "SELECT id FROM documents WHERE regexp_matches(coalesce(title, ''),
    '$regex') OR regexp_matches(text, '$regex')" 2>/dev/null | tail -n +2 | tr -d '\r' | sort > "$work/scan"
  comm -3 "$work/index" "$work/scan" | tr -d '\t' > "$work/differ"
  differ="$(sed -n 1,5p "$work/differ" | paste -sd' ')"
  printf '%-16s index %5d  scan %5d  %s\n' "\"$p\"" "$(wc -l < "$work/index")" "$(wc -l < "$work/scan")" \
    "${differ:+differ: $differ}"
  [ -z "$differ" ] || status=1
done
exit $status
