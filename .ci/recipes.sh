#!/usr/bin/env bash
# Installs Debian's pandas and R when they are missing, for dyad-store's ExportRecipesTest, which runs the reading
# recipes of docs/gdelt.md on a GDELT export. Idempotent. Usage in .ci/run:  bash .ci/recipes.sh
set -euo pipefail
missing=()
/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1 || missing+=(python3-pandas)
command -v Rscript >/dev/null 2>&1 || missing+=(r-base-core)
if [ ${#missing[@]} -eq 0 ]; then
  echo "recipes.sh: pandas and R already installed" >&2
  exit 0
fi
echo "recipes.sh: installing ${missing[*]} from Debian's packages" >&2
apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
