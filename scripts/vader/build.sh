#!/usr/bin/env bash
# Rebuilds the tone lexicon of the GDELT export (AvgTone):
#   dyad-store/src/main/resources/org/dyad/store/tone.tsv
# from the VADER sentiment lexicon (C.J. Hutto, MIT licence; Hutto & Gilbert, ICWSM 2014), as the npm package
# vader-sentiment 1.1.3 ships it (vader_lexicon.txt, unchanged from github.com/cjhutto/vaderSentiment; the
# package's JavaScript port is Apache-2.0, Copyright 2018 Comcast Cable Communications Management, LLC).
#
# Usage: scripts/vader/build.sh     Needs npm and python3. Downloads into a temporary directory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent vader-sentiment@1.1.3 >/dev/null && tar xzf vader-sentiment-1.1.3.tgz)
python3 "$here/convert.py" "$work/package/vader_lexicon.txt" \
  > "$repo/dyad-store/src/main/resources/org/dyad/store/tone.tsv"
