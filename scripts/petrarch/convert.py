#!/usr/bin/env python3
"""Converts PETRARCH's CAMEO verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data Alliance) into dyad's
pattern format (dyad-engine/.../events/patterns.tsv describes it), as candidates for dyad's own coder.

What is taken, and how:
  * every verb block's patterns ("- * TALKS [164]"), for every verb of the block, as PETRARCH applies them;
    a phrasal verb ("+CALL_OFF") keeps its particle as a marker ("call" with "off"); a verb with words of its
    own ("+WAGE_WAR": "wage" with "war") is taken only with its own code, where defaults.tsv takes it;
  * a verb's own code (its default, used by PETRARCH when no pattern matches) only where defaults.tsv
    takes it: the defaults are broad (WordNet synonym sets: "describe" 010, "pressure" 170, "approve"
    080), so each one kept was read and judged, sometimes with another code;
  * no pattern whose object is an amount of money (&CURRENCY: "paid 35 dlrs a share", "offered 250 mln
    rupees of treasury bills" are business far more often than aid in news; dyad's own patterns take aid by
    its nouns, "loan", "grant", "credit");
  * nothing that exclude.tsv leaves out (each with its reason), no pattern of a light verb ("hold", "make",
    "launch") with an event noun that dyad's own patterns code ("talks", "visit", "offensive": the noun codes
    itself, with the light verb's subject), no TABARI placeholder (+++, ###);
  * a [---] pattern stays as "---": it matches and codes nothing, PETRARCH's way of saying a sense is not
    an event ("the plane crashed", "cancelled transactions").

Pattern elements after the "*" become: a particle (OFF, UP, DOWN ...) or a bare preposition the marker
column; a word the objects column (as written, lower-cased: dyad compares an object with a token's
lemma and its form, so "TALKS" asks for "talks" and "SANCTION" takes "sanctions" too); a phrase {A B} the
head B with its modifier A ("humanitarian aid"); a prepositional phrase (TO BORDER) "to:border"; a synonym
set &NAME its members; several elements in one pattern, all of them ("police+to:border"). Elements before
the "*" become the subjects column (the subject or a modifier before the verb: "&MILITARY *", "ETHNICALLY
*"). The source and target marks ($ + % ^) are dropped: dyad finds the arguments with its own frames.

Usage: convert.py --dictionary CAMEO.2.0.txt --defaults defaults.tsv --exclude exclude.tsv --codebook
       cameo.tsv --out petrarch-patterns.tsv
"""
import argparse
import re
import sys
from collections import OrderedDict

PARTICLES = {"OFF", "UP", "DOWN", "OUT", "BACK", "AWAY", "FORWARD", "ASIDE", "OVER", "AROUND", "TOGETHER",
             "THROUGH", "ABOUT", "ALONG", "AHEAD", "APART", "BEHIND"}
PREPOSITIONS = {"TO", "ON", "IN", "INTO", "FROM", "WITH", "OF", "AGAINST", "FOR", "AT", "BY", "ABOUT", "OVER",
                "UNDER", "AFTER", "BEFORE", "BETWEEN", "AMONG", "TOWARD", "TOWARDS", "UPON", "ONTO", "WITHIN",
                "THROUGH", "ACROSS", "ALONG", "BEHIND", "NEAR", "OUTSIDE", "INSIDE", "BEYOND", "DESPITE",
                "AMID", "DURING", "SINCE", "UNTIL", "WITHOUT", "AROUND", "OFF", "OUT", "UP", "DOWN"}
ARTICLES = {"A", "AN", "THE"}
COPULA = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN"}
PLACEHOLDERS = {"+++", "###"}
# Verbs of saying: in dyad the vehicle of reported speech (the quote stage), whose patterns in PETRARCH's
# blocks catch the nouns of the circumstances ("said on a visit to Argentina" is no intent to meet); left out
# of every block. "announce" and "declare" stay: "announced sanctions", "declared a ceasefire".
SPEECH_VERBS = {"say", "tell", "state", "add", "comment", "remark", "mention", "note", "explain", "describe",
                "write", "report", "quote", "reiterate", "repeat", "restate", "retell", "stress", "emphasize",
                "emphasise", "underline", "underscore", "highlight", "clarify", "assert", "articulate", "cite",
                "convey", "define", "depict", "detail", "elucidate", "explicate", "expound", "impart", "inform",
                "narrate", "rationalize", "refer", "speak", "talk", "utter", "verbalize", "verbalise"}
# Verbs too general for a block's patterns ("want" stands in DEMAND: "Seoul wants to include human rights on
# the agenda" is no appeal for rights); left out of every block.
GENERAL_VERBS = {"want", "need", "have", "get", "do", "be", "see", "know", "think", "seem", "look", "feel"}
# Statements (010), comments (012 pessimistic, 013 optimistic), considering a policy option (014) and symbolic
# acts (017): too vague for an event from a verb and its object ("drew up a plan", "remained silent"), and no
# PLOVER event; dyad's own patterns take the few clear ones ("declined to comment", "considered the proposal").
VAGUE_CODES = {"010", "012", "013", "014", "017"}
# Verbs that carry an event noun ("made a trip", "held talks", "launched an offensive"), as dyad's coder reads
# them: with such a verb, an event noun that dyad's own patterns code is left to its own pattern.
LIGHT_VERBS = {"make", "pay", "take", "hold", "conduct", "have", "begin", "start", "launch", "undertake", "wrap",
               "complete", "open", "resume", "stage", "carry"}


def words(s):
    return [w for w in re.split(r"[\s_]+", s.strip()) if w]


class Synsets:
    """PETRARCH's synonym sets (&NAME), kept as dyad word sets ("&name"), written once before the patterns."""

    def __init__(self):
        self.sets = {}
        self.lines = {}
        self.used = []

    def read(self, lines):
        name = None
        for n, raw in enumerate(lines, 1):
            s = re.sub(r"#.*", "", raw).strip()
            if not s:
                if not raw.strip():
                    name = None
                continue
            if s.startswith("&"):
                name = s.split()[0].strip("&_").lower()
                self.sets[name] = []
                self.lines[name] = n
            elif s.startswith("+") and name is not None:
                member = s[1:].strip()
                if member.startswith("&"):
                    self.sets[name].extend(self.sets.get(member.split()[0].strip("&_").lower(), []))
                    continue
                w = [x.lower() for x in words(member.rstrip("_"))]
                if w and all(re.fullmatch(r"[a-z][a-z'\-]*", x) for x in w):
                    self.sets[name].append(" ".join(w))

    def ref(self, token):
        """The reference "&name" for a set token "&NAME", noting it as used."""
        name = token.strip("&_").lower()
        if not self.sets.get(name):
            raise Unconvertible("unknown synonym set " + token)
        if name not in self.used:
            self.used.append(name)
        return "&" + name


def plural(w):
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    return w + "s"


def tokenize(body):
    """Pattern elements: ('word', W), ('phrase', [W...]), ('pp', [W...]), ('set', NAME), ('mark', C)."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c.isspace():
            i += 1
        elif c in "{(":
            close = "}" if c == "{" else ")"
            j = body.find(close, i)
            if j < 0:
                return None
            if c == "(" and body.find("{", i, j) >= 0:
                j = body.find(")", body.find("}", i))
            if j < 0:
                return None
            inner = [w for w in words(re.sub(r"[{}]", " ", body[i + 1:j])) if w not in "$+%^"]
            out.append(("phrase" if c == "{" else "pp", inner))
            i = j + 1
        else:
            j = i
            while j < len(body) and not body[j].isspace() and body[j] not in "{(":
                j += 1
            tok = body[i:j].strip("_")
            i = j
            if not tok:
                continue
            if tok in ("$", "+", "%", "^"):
                out.append(("mark", tok))
            elif tok in ("*", "**"):
                out.append(("star", tok))
            elif tok.startswith("&"):
                out.append(("set", tok))
            else:
                for w in words(tok):
                    out.append(("word", w))
    return out


class Unconvertible(Exception):
    pass


def term(kind, value, synsets):
    """One element in dyad's object syntax: [prep:][modifier ...]head, where a word may be a set "&name"."""
    def word(w):
        return synsets.ref(w) if w.startswith("&") else w.lower()
    if kind == "word":
        return word(value)
    if kind == "set":
        return synsets.ref(value)
    if kind == "phrase":
        ws = [w for w in value if w not in ARTICLES]
        if not ws:
            raise Unconvertible("empty phrase")
        return " ".join(word(w) for w in ws)
    if kind == "pp":
        if not value:
            raise Unconvertible("empty prepositional phrase")
        rest = [w for w in value[1:] if w not in ARTICLES]
        return value[0].lower() + ":" + " ".join(word(w) for w in rest)
    raise Unconvertible(kind)


def convert_elements(elements, synsets):
    """(markers, object terms, unconverted) for the elements after the '*'."""
    markers = []
    objects = []  # each: list of alternatives; all elements must be found
    for kind, value in elements:
        if kind == "mark":
            continue
        if kind == "word" and (value in PARTICLES or value in PREPOSITIONS):
            markers.append(value.lower())
            continue
        if kind == "word" and value in ARTICLES:
            continue
        if kind == "word" and "/" in value:
            raise Unconvertible("alternative words in an object: " + value)
        if kind == "word" and value.endswith("LY") and len(value) > 4:
            raise Unconvertible("an adverb as object: " + value)
        if kind == "pp" and value and not [w for w in value[1:] if w not in ARTICLES]:
            markers.append(value[0].lower())
            continue
        if kind == "pp" and value and value[0] not in PREPOSITIONS:
            # (ASIDE RIFT): a particle and an object, "set aside the rift"
            markers.append(value[0].lower())
            kind, value = "phrase", value[1:]
        objects.append(term(kind, value, synsets))
    return markers, objects


def before_elements(elements, synsets):
    out = []
    for kind, value in elements:
        if kind == "mark":
            continue
        if kind == "word" and value in ARTICLES:
            continue
        if kind == "pp":
            raise Unconvertible("a prepositional phrase before the verb")
        out.append(term(kind, value, synsets))
    if len(out) > 1:
        raise Unconvertible("more than one element before the verb")
    if out and (":" in out[0] or " " in out[0]):
        raise Unconvertible("a phrase before the verb")
    return out


def join_objects(objects):
    """Objects column: the elements of one pattern, all of which must be found, joined by '+'."""
    return "+".join(dict.fromkeys(objects)) or "-"


def marker_cell(markers):
    """Markers column: all of them joined by '+'; PETRARCH's "BY/WITH" gives an alternative for each word."""
    alternatives = [[]]
    for m in dict.fromkeys(markers):
        alternatives = [a + [w] for a in alternatives for w in m.split("/") if w]
    return ";".join("+".join(a) for a in alternatives if a) or "-"


def code_of(bracket):
    c = bracket.strip()
    if c in PLACEHOLDERS:
        return None
    first = c.split(":")[0].strip()
    return first or None


def verb_line(s):
    """(lemma, markers, objects) of a verb line, or None for what is not a verb (transformations, forms)."""
    s = re.sub(r"\{.*?\}", "", s)
    s = re.sub(r"\[.*?\]", "", s).strip()
    if not s or s.startswith("~") or s.startswith(";"):
        return None
    ws = words(s.replace("+", " +"))
    ws = [w for w in ws if w]
    marked = [i for i, w in enumerate(ws) if w.startswith("+")]
    at = marked[0] if marked else 0
    ws = [w.lstrip("+") for w in ws]
    if any(w in ("AND", "OR") for w in ws):
        return None
    if ws[at] in COPULA and at + 1 < len(ws):
        at += 1
    lemma = ws[at].lower()
    if not re.fullmatch(r"[a-z][a-z\-]*", lemma):
        return None
    markers, objects = [], []
    rest = ws[at + 1:]
    k = 0
    while k < len(rest):
        w = rest[k]
        if w in PARTICLES or (w in PREPOSITIONS and k == len(rest) - 1):
            markers.append(w.lower())
        elif w in PREPOSITIONS and k + 1 < len(rest):
            objects.append(w.lower() + ":" + rest[k + 1].lower())
            k += 1
        elif w not in ARTICLES:
            objects.append(w.lower())
        k += 1
    return lemma, markers, objects


def read_table(path, columns):
    """The rows of a file in dyad's data-file convention (docs/RESOURCES.md) with these column names."""
    rows = []
    header = False
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if not header:
                if cells != columns:
                    sys.exit(f"{path}:{n}: expected the column names {' '.join(columns)}")
                header = True
                continue
            if len(cells) != len(columns):
                sys.exit(f"{path}:{n}: expected {len(columns)} cells")
            rows.append(cells)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dictionary", required=True)
    ap.add_argument("--defaults", required=True)
    ap.add_argument("--exclude", required=True)
    ap.add_argument("--codebook", required=True)
    ap.add_argument("--own", required=True, help="dyad's own patterns.tsv: its event nouns")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    with open(a.codebook, encoding="utf-8") as f:
        codes = {line.split("\t")[0] for line in f if re.match(r"\d+\t", line)}
    defaults = {}
    for r in read_table(a.defaults, ["key", "code", "why"]):
        defaults[r[0].strip()] = (r[1].strip(), r[2].strip())
    excluded = {}
    for r in read_table(a.exclude, ["line", "why"]):
        excluded[int(r[0])] = r[1].strip()

    own_nouns = set()
    with open(a.own, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cells) < 2 or not re.match(r"\d", cells[0]):
                continue
            own_nouns.update(w for w in cells[1].split(";") if not w.endswith("/v"))
    lines = open(a.dictionary, encoding="latin-1").read().split("\n")
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    synsets = Synsets()
    synsets.read(lines[:start])

    out = []  # (code, predicates, markers, objects, subjects, comment)
    stats = OrderedDict(blocks=0, patterns=0, taken=0, vague_code=0, placeholder=0, unknown_code=0,
                        unconvertible=0, excluded=0, light_verb=0, money=0, speech_verbs=0, duplicate=0, defaults_taken=0)
    seen = set()
    used_defaults = set()
    used_excludes = set()
    block = None
    block_line = 0
    verb_sets = {}  # "&v.block" -> (verbs, comment)
    verbs = []   # (lemma, markers, objects, line number)
    patterns = []  # (line number, before, after, code, comment)

    def flush():
        if block is None:
            return
        for n, before, after, code, comment in patterns:
            emit_pattern(n, before, after, code, comment)

    def emit(code, preds, markers, objects, subjects, comment, key_extra=""):
        key = (preds, markers, objects, subjects)
        if key in seen:
            stats["duplicate"] += 1
            return
        seen.add(key)
        out.append((code, preds, markers, objects, subjects, comment))
        stats["taken"] += 1

    def emit_pattern(n, before, after, code, comment):
        stats["patterns"] += 1
        if n in excluded:
            stats["excluded"] += 1
            used_excludes.add(n)
            return
        if code is None:
            stats["placeholder"] += 1
            return
        if code in VAGUE_CODES:
            stats["vague_code"] += 1
            return
        if code != "---" and code not in codes:
            stats["unknown_code"] += 1
            return
        if any(kind == "set" and value.strip("&_").lower() == "currency" for kind, value in after):
            stats["money"] += 1
            return  # "paid 35 dlrs a share", "offered 250 mln rupees of bills": money is business more often than aid
        try:
            markers, objects = convert_elements(after, synsets)
            subjects = before_elements(before, synsets)
            if len(objects) > 3:
                raise Unconvertible("more than three elements")
        except Unconvertible:
            stats["unconvertible"] += 1
            return
        if not markers and not objects and not subjects:
            return  # a pattern that only names the arguments: the verb's default, judged in defaults.tsv
        named = synsets.sets.get(objects[0][1:], []) if objects and objects[0].startswith("&") else objects[:1]
        if (len(objects) == 1 and named and all(w in own_nouns for w in named)
                and any(v[0] in LIGHT_VERBS for v in verbs)):
            stats["light_verb"] += 1
            return  # "held talks": the noun's own pattern codes it
        # verbs without words of their own share one line; a multi-word verb gets its own
        plain = sorted({v[0] for v in verbs if not v[1] and not v[2]})
        groups = []
        if len(plain) > 1:
            name = "&v." + block.lower()
            verb_sets[name] = (";".join(p + "/v" for p in plain), f"CAMEO.2.0.txt:{block_line} verbs of {block}")
            groups.append(([name], [], []))
        elif plain:
            groups.append(([plain[0] + "/v"], [], []))
        for lemma, vm, vo, _ in verbs:
            # a phrasal verb ("+CALL_OFF") takes the block's patterns with its particle; "+ASK_FOR" beside
            # "ASK" adds nothing, and a verb with words of its own ("+TAKE_LEAVE") only its own code
            if vm and not vo and lemma not in plain:
                groups.append(([lemma + "/v"], vm, []))
        where = f"CAMEO.2.0.txt:{n} {block}" + (f" ({comment})" if comment else "")
        for preds, vm, vo in groups:
            obj = join_objects(vo + objects)
            mk = marker_cell(vm + markers)
            sub = ";".join(dict.fromkeys(subjects)) or "-"
            emit(code, ";".join(preds), mk, obj, sub, where)

    for n0, raw in enumerate(lines[start + 1:], start + 2):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("---"):
            flush()
            m = re.match(r"-+\s*([^\[\s]+)", s)
            block = m.group(1) if m else "?"
            block_line = n0
            stats["blocks"] += 1
            verbs, patterns = [], []
            continue
        if s.startswith("-"):
            body = re.sub(r"#.*", "", s[1:])
            comment = s.split("#", 1)[1].strip() if "#" in s else ""
            m = re.search(r"\[([^\]]*)\]\s*$", body.strip())
            if not m:
                continue
            code = code_of(m.group(1))
            toks = tokenize(body[:body.rfind("[")])
            if toks is None:
                stats["unconvertible"] += 1
                continue
            stars = [i for i, t in enumerate(toks) if t[0] == "star"]
            if len(stars) != 1:
                stats["unconvertible"] += 1
                continue
            patterns.append((n0, toks[:stars[0]], toks[stars[0] + 1:], code, comment))
            continue
        v = verb_line(re.sub(r"#.*", "", s))
        if v is not None and (v[0] in SPEECH_VERBS or v[0] in GENERAL_VERBS):
            stats["speech_verbs"] += 1
        elif v is not None:
            verbs.append((v[0], v[1], v[2], n0))
            key = "_".join([v[0]] + v[1] + [o.replace(":", "_") for o in v[2]])
            if key in defaults:
                code, why = defaults[key]
                used_defaults.add(key)
                obj = join_objects(v[2]) if v[2] else "-"
                emit(code, v[0] + "/v", "+".join(v[1]) or "-", obj, "-",
                     f"CAMEO.2.0.txt:{n0} {block}: the verb's own code, judged: {why}")
                stats["defaults_taken"] += 1
    flush()
    verb_sets = {k: v for k, v in verb_sets.items() if any(o[1] == k for o in out)}

    for k in defaults:
        if k not in used_defaults:
            sys.exit(f"defaults.tsv: {k} is no verb of the dictionary")
    for k in excluded:
        if k not in used_excludes:
            sys.exit(f"exclude.tsv: line {k} is no pattern of the dictionary")

    with open(a.out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for name in sorted(synsets.used):
            f.write("\t".join(["&" + name, ";".join(dict.fromkeys(synsets.sets[name])), "-", "-", "-",
                               f"CAMEO.2.0.txt:{synsets.lines[name]} synonym set &{name.upper()}"]) + "\n")
        for name, (members, where) in verb_sets.items():
            f.write("\t".join([name, members, "-", "-", "-", where]) + "\n")
        for code, preds, mk, obj, sub, where in out:
            f.write("\t".join([code, preds, mk, obj, sub, where]) + "\n")
    print(" ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)


HEADER = """\
# petrarch-patterns.tsv -- verb patterns converted from PETRARCH's CAMEO verb dictionary, as candidates for
# dyad's event coder (org.dyad.engine.events).
# GENERATED by scripts/petrarch/build.sh: do not edit (what is taken and left out, and why: convert.py,
# defaults.tsv and exclude.tsv beside it).
#
# Source: CAMEO.2.0.txt (PETRARCH 2 verb dictionary, last update 30 April 2015), "a composite of the TABARI
# CAMEO dictionaries and several synonym sets, primarily from WordNet", dictionary development funded by the
# U.S. National Science Foundation. Licence: The MIT License (MIT), Copyright (c) 2015 Open Event Data Alliance:
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
#   associated documentation files (the "Software"), to deal in the Software without restriction, including
#   without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
#   copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
#   following conditions: The above copyright notice and this permission notice shall be included in all
#   copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
#   KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
#   PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR
#   ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
#   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# Format: dyad's data-file convention (docs/RESOURCES.md) with the columns of patterns.tsv, whose header says
# what they hold. Every predicate here is a verb ("/v"). The word sets come first: PETRARCH's synonym sets
# ("&weapon") and the verbs of each of its verb blocks ("&v.cancel": the block's patterns hold for all of them,
# as in PETRARCH). dyad's own patterns (patterns.tsv) win over these where both match a predicate; a pattern
# coded "---" codes nothing (PETRARCH's way of saying a sense is no event: "the plane crashed").
code\tpredicates\tmarker\tobjects\tsubjects\tcomment
"""

if __name__ == "__main__":
    main()
