#!/usr/bin/env bash
# Rebuilds dyad-engine/src/main/resources/org/dyad/engine/events/petrarch-patterns.tsv from PETRARCH's CAMEO
# verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data Alliance): its verbs' patterns and the verb defaults
# judged in defaults.tsv, without the patterns exclude.tsv leaves out. convert.py says what is taken and how.
#
# Usage: scripts/petrarch/build.sh [CAMEO.2.0.txt]
#   The dictionary defaults to the team's copy, ../shared/data/petrarch2-validation/dictionaries/CAMEO.2.0.txt
#   beside the repository; it is also in github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries).
#   Needs python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dictionary="${1:-$repo/../shared/data/petrarch2-validation/dictionaries/CAMEO.2.0.txt}"
events="$repo/dyad-engine/src/main/resources/org/dyad/engine/events"
python3 "$here/convert.py" --dictionary "$dictionary" --defaults "$here/defaults.tsv" --exclude "$here/exclude.tsv" \
  --codebook "$events/cameo.tsv" --own "$events/patterns.tsv" --out "$events/petrarch-patterns.tsv"
