#!/usr/bin/env python3
"""Converts PETRARCH's Phoenix actor and agent dictionaries into dyad's actor resources.

Usage: scripts/phoenix/convert.py DICTIONARY_DIR [OUT_DIR]

DICTIONARY_DIR holds Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt and Phoenix.agents.txt (PETRARCH 2, MIT licence, Copyright (c) 2014 Open Event
Data Alliance). OUT_DIR defaults to dyad-engine's actor resources. It writes:

  phoenix-people.tsv         people, their aliases and their dated actor codes
  phoenix-organizations.tsv  institutions, parties, armed groups, IGOs, NGOs and firms, with their codes
  phoenix-places.tsv         the other names of each country: misspellings, adjectives, provinces, cities
  phoenix-agents.tsv         agent nouns ("farmer", "junta") and their CAMEO sector

How the TABARI format is read (as PETRARCH's own reader does, with two repairs noted):
  - A line at the left margin starts an actor; "+" lines are its synonyms; "[CODE DATE]" groups, on the
    actor's line or indented below it, are its codes. Underscores are spaces; "#" starts a comment.
  - Dates: "YYMMDD" or "YYYYMMDD"; ">D" from D on, "<D" until D, "D1-D2" from D1 to D2. A two-digit year
    up to 30 is 20YY, else 19YY (the files' years run 1931-2013). An undated code holds when no dated one does.
  - Repair 1: several actor lines in a row with no codes between them share the codes that follow
    (PETRARCH's reader leaves all but the last without a code: "DMITRY_MEDVEDEV_" then "DMITR_MEDVEDEV_").
  - Repair 2: a synonym that is a title plus a name of the entry ("PRESIDENT_PUTIN_") also gives the bare
    name ("PUTIN"), so that the title in the text decides the role.
  - Repair 3: a name with its abbreviation in parentheses ("MORO_ISLAMIC_LIBERATION_FRONT_(MILF)") also gives
    the name alone and the abbreviation.
An actor is a person when its entry comes from CountryInfo (the files say so in a comment), or when its name
holds no word of an institution (ARMY, PARTY, MINISTRY ...), has two to five words and at least one of its
codes is a person's sector or is dated; a place when its only code is a bare country code; else an
organisation.
"""

import difflib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "..", "dyad-engine", "src", "main", "resources", "org", "dyad", "engine",
                           "actors")

ATTRIBUTION = """\
# Converted from the Phoenix dictionaries of PETRARCH 2 (https://github.com/openeventdata/petrarch2), files
# {files}.
# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without
# limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the
# Software, and to permit persons to whom the Software is furnished to do so, subject to the following
# conditions: The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
# EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
# DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
# The Phoenix files credit the Computational Event Data System Project (http://eventdata.parusanalytics.com),
# funded by the National Science Foundation (SES-0096086, SES-0455158, SES-0527564, SES-1004414, SES-1259190).
# Generated: do not edit; rebuild with scripts/phoenix/convert.py (see its documentation for the reading rules).
"""

ROLE_FORMAT = """\
# Format: dyad's data-file convention (docs/RESOURCES.md); ';' separates alternatives in a cell. Columns:
#   name     the entry's name as Phoenix writes it, with spaces for underscores, in capitals
#   aliases  its synonyms
#   codes    CAMEO actor codes, each CODE, CODE FROM..UNTIL, CODE FROM.. or CODE ..UNTIL (ISO dates, both
#            days included); a dated code holds on its dates, an undated one when no dated one holds
name\taliases\tcodes
"""

# Words of institutions: an entry holding one is no person.
ORG_WORDS = set("""
ARMY ARMIES FORCE FORCES PARTY PARTIES FRONT MINISTRY MINISTRIES COUNCIL COMMITTEE MOVEMENT GROUP GROUPS
BRIGADE BRIGADES ORGANIZATION ORGANISATION ASSOCIATION UNION LEAGUE CONGRESS ALLIANCE COMMISSION BANK AGENCY
INSTITUTE UNIVERSITY GOVERNMENT POLICE SERVICE SERVICES NATIONAL AUTHORITY BUREAU DEPARTMENT OFFICE CABINET
PARLIAMENT ASSEMBLY SENATE COURT TRIBUNAL FEDERATION FOUNDATION FUND CENTER CENTRE SOCIETY NETWORK COALITION
COMPANY CORPORATION CORP INC LTD GUARD GUARDS NAVY MILITARY REGIME ADMINISTRATION MISSION PROGRAM PROGRAMME
COLLEGE SCHOOL ACADEMY CHURCH AIRLINES AIRWAYS NEWS TIMES AGENCY RADIO TELEVISION TV PRESS MEDIA BOARD
COMMAND BATTALION DIVISION REGIMENT UNIT UNITS CORPS MILITIA MILITIAS REBELS INSURGENTS FIGHTERS TROOPS
SOLDIERS OFFICIALS OFFICIAL MEMBERS SUPPORTERS ISLAMIC REPUBLIC KINGDOM STATE STATES PEOPLE PEOPLES REGION
MINISTER SECRETARIAT DELEGATION EMBASSY CONSULATE LEGISLATURE JUNTA OPPOSITION CHAMBER INDUSTRY INDUSTRIES
RIGHTS WATCH INTERNATIONAL WORLD COMMUNITY CONFERENCE PANEL TASK OPERATION OPERATIONS PROJECT INITIATIVE
""".split())

# Sectors a person carries in the files.
PERSON_SECTORS = ("GOV", "ELI", "LEG", "JUD", "OPP", "MIL", "PTY", "BUS", "MED", "REL", "EDU", "CVL")

# Words a title is made of, stripped from a synonym's front to give the bare name (repair 2).
TITLE_WORDS = set("""
PRESIDENT VICE PRIME MINISTER SECRETARY GENERAL SECRETARY-GENERAL CHANCELLOR PREMIER KING QUEEN PRINCE
PRINCESS EMIR SHEIKH SULTAN LEADER CHAIRMAN DEPUTY FOREIGN DEFENSE DEFENCE INTERIOR FINANCE ACTING FORMER
EX- GEN. GENERAL COL. LT. MAJ. CAPT. ADM. MARSHAL DR. MR. MRS. MS. SEN. REP. GOV. GOVERNOR AYATOLLAH
CARDINAL POPE ARCHBISHOP BISHOP REV. SPEAKER AMBASSADOR ENVOY JUDGE JUSTICE MAYOR COMMANDER CHIEF HEAD
STATE OF THE UN U.N. UNITED NATIONS SOVIET RUSSIAN AMERICAN U.S. US BRITISH FRENCH GERMAN CHINESE JAPANESE
""".split())


def parse_date(s):
    """'080508' or '20080508' as 'YYYY-MM-DD'; None when the string is no date."""
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = s[2:4], s[4:6]
    elif len(s) == 8:
        year, month, day = int(s[:4]), s[4:6], s[6:8]
    else:
        return None
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return "%04d-%s-%s" % (year, month, day)


def parse_code(group):
    """'RUSGOV >080508' as 'RUSGOV 2008-05-08..'; None for an unreadable group."""
    parts = group.split()
    if not parts:
        return None
    code = parts[0].upper()
    if not re.fullmatch(r"[A-Z~\-]{3,}", code):
        return None
    if len(parts) == 1:
        return code
    d = "".join(parts[1:])
    if d.startswith(">"):
        f = parse_date(d[1:])
        return code + " " + f + ".." if f else None
    if d.startswith("<"):
        u = parse_date(d[1:])
        return code + " .." + u if u else None
    if "-" in d:
        a, b = d.split("-", 1)
        f, u = parse_date(a), parse_date(b)
        return code + " " + f + ".." + u if f and u else None
    f = parse_date(d)
    return code + " " + f + ".." + f if f else None


def clean(name):
    """'VLADIMIR_V._PUTIN_' as 'VLADIMIR V. PUTIN'."""
    n = name.replace("_", " ")
    n = re.sub(r"\s+", " ", n).strip()
    return n.upper()


def blocks(path):
    """The actor entries of one file: dicts with name, aliases, codes, comment, and the counts of skips."""
    entries = []
    cur = None
    pending = []  # actor lines with no code yet, contiguous (repair 1)
    unreadable = 0

    def close():
        nonlocal cur
        if cur is not None:
            entries.append(cur)
        cur = None

    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.rstrip("\n")
        body, _, comment = line.partition("#")
        s = body.strip()
        if not s:
            if not line.strip():
                pending.clear()  # a blank line ends a run of code-less actor lines
            continue
        groups = re.findall(r"\[([^\]]*)\]", body)
        name = clean(re.sub(r"\[[^\]]*\]", "", body).replace("{", "").replace("}", "").strip())
        codes = []
        for g in groups:
            c = parse_code(g)
            if c is None:
                unreadable += 1
            else:
                codes.append(c)
        if s.startswith("["):
            if cur is not None:
                cur["codes"] += codes
                for p in pending:
                    p["shares"] = cur
                pending.clear()
        elif s.startswith("+"):
            if cur is not None and name[1:].strip():
                cur["aliases"].append(clean(name[1:]))
                cur["codes"] += codes
        else:
            if cur is not None and not cur["codes"]:
                pending.append(cur)
            elif cur is not None:
                pending.clear()
            close()
            cur = {"name": name, "aliases": [], "codes": list(codes), "comment": comment, "shares": None}
            if codes:
                for p in pending:
                    p["shares"] = cur
                pending.clear()
    close()
    out = []
    for e in entries:
        if not e["codes"] and e["shares"] is not None:
            target = e["shares"]
            if "first" not in target:
                target["first"] = e["name"]  # the first line of a run names the actor
            target["aliases"] += [e["name"]] + e["aliases"]
            continue
        out.append(e)
    for e in out:
        if "first" in e:
            e["aliases"] = [a for a in [e["name"]] + e["aliases"] if a != e["first"]]
            e["name"] = e["first"]
    return [e for e in out if e["codes"]], len([e for e in out if not e["codes"]]), unreadable


def country_codes(countries_tsv):
    """The codes of states: alpha-3 and CAMEO codes of dyad's countries.tsv."""
    codes = set()
    for line in open(countries_tsv, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        codes.add(cols[0])
        if cols[3].strip():
            codes.add(cols[3].strip())
    return codes


def place_code(e, countries):
    """The country code of a place entry (its codes are bare country codes, dated or not): the undated one, else
    the one that holds last; None when the entry is no place."""
    bare = [c for c in e["codes"] if c.split()[0] in countries]
    if not bare or any(c.split()[0][:3] in countries and len(c.split()[0]) > 3
                       and c.split()[0][3:6] in PERSON_SECTORS for c in e["codes"]):
        return None
    undated = [c for c in bare if " " not in c]
    if undated:
        return undated[0]
    open_ended = [c for c in bare if c.endswith("..")]
    if open_ended:
        return open_ended[0].split()[0]
    return max(bare, key=lambda c: c.split()[1].split("..")[-1]).split()[0]


def is_person(e, countries):
    if "COUNTRYINFO" in e["comment"].upper():
        return True
    words = e["name"].replace("-", " ").split()
    if not 2 <= len(words) <= 5 or any(w.strip("().,'") in ORG_WORDS for w in words):
        return False
    for c in e["codes"]:
        code = c.split()[0]
        dated = " " in c
        rest = code[3:] if code[:3] in countries else code
        if dated or rest[:3] in PERSON_SECTORS or code in PERSON_SECTORS:
            return True
    return False


def bare_name(alias, names):
    """'PRESIDENT VLADIMIR PUTIN' as 'VLADIMIR PUTIN' when the rest is a name of the entry (repair 2)."""
    words = alias.split()
    i = 0
    while i < len(words) - 1 and words[i] in TITLE_WORDS:
        i += 1
    if i == 0:
        return None
    rest = " ".join(words[i:])
    last = words[-1]
    if any(n.split()[-1] == last for n in names):
        return rest
    return None


def place_kind(phrase, country_names):
    """COUNTRY for another spelling of the country's name, DEMONYM for its adjective, else CITY."""
    p = phrase.replace(" ", "")
    for n in country_names:
        m = n.replace(" ", "")
        if difflib.SequenceMatcher(None, p, m).ratio() >= 0.8:
            return "COUNTRY"
    for n in country_names:
        if len(p) >= 4 and n.replace(" ", "")[:4] == p[:4] and re.search(r"(AN|ANS|ESE|I|IS|ISH|IAN|IANS)$", p):
            return "DEMONYM"
    return "CITY"


def agents(path):
    """The agent nouns of Phoenix.agents.txt: (phrase, sector), macros and plurals expanded."""
    macros = {}
    out = []
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line.strip())
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]", line.strip())
        if not m:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        if not code.startswith("~") or not re.fullmatch(r"~[A-Z]{3,}", code):
            continue  # "IGO~" marks a role of an IGO, not a sector
        forms = [phrase]
        if plural and plural.strip("{}").strip():
            forms.append(plural.strip("{}").strip())
        expanded = []
        for f in forms:
            mm = re.search(r"![A-Z]+!", f)
            if mm and mm.group(0) in macros:
                for w in macros[mm.group(0)]:
                    expanded.append(f.replace(mm.group(0), w))
            elif not mm:
                expanded.append(f)
        for f in expanded:
            phrase = clean(f).lower()
            out.append((phrase[4:] if phrase.startswith("the ") else phrase, code[1:]))
    return out


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(r) + "\n")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    src = argv[1]
    out = argv[2] if len(argv) > 2 else DEFAULT_OUT
    files = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
    entries = []
    dropped = 0
    unreadable = 0
    for f in files:
        es, d, u = blocks(os.path.join(src, f))
        entries += es
        dropped += d
        unreadable += u
    countries = country_codes(os.path.join(DEFAULT_OUT, "countries.tsv"))
    people, orgs, places = [], [], []
    country_names = {}
    seen_places = set()
    for e in entries:
        code = place_code(e, countries)
        if code is not None:
            country_names.setdefault(code, []).append(e["name"])
    for e in entries:
        names = [e["name"]] + e["aliases"]
        code = place_code(e, countries)
        if code is not None:
            for n in dict.fromkeys(names):
                if n not in seen_places:
                    seen_places.add(n)
                    places.append((n, code, place_kind(n, country_names[code][:1])))
            continue
        e["codes"] = [c for c in e["codes"] if not c.startswith("---")]
        if not e["codes"]:
            dropped += 1
            continue
        aliases = list(dict.fromkeys(a for a in e["aliases"] if a != e["name"]))
        # "MORO ISLAMIC LIBERATION FRONT (MILF)": the name without its abbreviation, and the abbreviation.
        for n in [e["name"]] + list(aliases):
            m = re.fullmatch(r"(.+?)\s*\(([A-Z][A-Z.\-/]{1,7})\)?", n)
            if m:
                for extra in (m.group(1).strip(), m.group(2)):
                    if extra not in aliases and extra != e["name"]:
                        aliases.append(extra)
        if is_person(e, countries):
            for a in [e["name"]] + e["aliases"]:
                b = bare_name(a, names)
                if b and b != e["name"] and b not in aliases:
                    aliases.append(b)
            people.append((e["name"], ";".join(aliases), ";".join(dict.fromkeys(e["codes"]))))
        else:
            orgs.append((e["name"], ";".join(aliases), ";".join(dict.fromkeys(e["codes"]))))
    ag = list(dict.fromkeys(agents(os.path.join(src, "Phoenix.agents.txt"))))

    actor_files = ", ".join(files)
    write(os.path.join(out, "phoenix-people.tsv"),
          "# phoenix-people.tsv -- people of the Phoenix actor dictionaries, with their dated CAMEO codes.\n"
          + ATTRIBUTION.format(files=actor_files) + ROLE_FORMAT
          + "# %d people.\n" % len(people), people)
    write(os.path.join(out, "phoenix-organizations.tsv"),
          "# phoenix-organizations.tsv -- institutions, parties, armed groups, IGOs, NGOs and firms of the\n"
          "# Phoenix actor dictionaries, with their CAMEO codes.\n"
          + ATTRIBUTION.format(files=actor_files) + ROLE_FORMAT
          + "# %d organisations.\n" % len(orgs), orgs)
    write(os.path.join(out, "phoenix-places.tsv"),
          "# phoenix-places.tsv -- the other names of each country in the Phoenix actor dictionaries:\n"
          "# misspellings, adjectives, provinces, cities and regions.\n"
          + ATTRIBUTION.format(files=actor_files)
          + "# Format: dyad's data-file convention (docs/RESOURCES.md). Columns:\n"
          "#   phrase  the name, in capitals\n"
          "#   code    the CAMEO country code\n"
          "#   kind    COUNTRY (a spelling of the country's name), DEMONYM (its adjective or people), or CITY\n"
          "#           (any other place of the country), judged by the converter from the spelling\n"
          + "# %d names.\nphrase\tcode\tkind\n" % len(places), places)
    write(os.path.join(out, "phoenix-agents.tsv"),
          "# phoenix-agents.tsv -- agent nouns of the Phoenix dictionaries and the CAMEO sector they give.\n"
          + ATTRIBUTION.format(files="Phoenix.agents.txt")
          + "# Format: dyad's data-file convention (docs/RESOURCES.md). Columns:\n"
          "#   phrase  the noun or noun phrase, lower case (macros such as !PERSON! and plurals expanded, a\n"
          "#           leading 'the' dropped)\n"
          "#   sector  the CAMEO sector code (Phoenix writes it ~GOV; the tilde is dropped)\n"
          + "# %d phrases.\nphrase\tsector\n" % len(ag), ag)
    print("people %d, organisations %d, place names %d, agent phrases %d; entries without codes dropped %d, "
          "unreadable code groups %d" % (len(people), len(orgs), len(places), len(ag), dropped, unreadable),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
