package org.dyad.engine.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.dyad.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds the attributions of one sentence from its dependency parse, with surface patterns where the parse
 * goes wrong.
 *
 * <ul>
 *   <li>A speech verb with a clausal complement ({@code ccomp}, else {@code parataxis}): "X said (that) ...",
 *       "..., X said" when the parser makes the content the verb's complement. The content is the
 *       complement's subtree, without a leading "that"; the speaker is the verb's {@code nsubj}, or the
 *       subject of the verb it is coordinated with ("smiled and said"), or the noun a relative clause
 *       hangs on ("Lee, who said ...").
 *   <li>A speech verb after a comma or a closing quotation mark, with a noun phrase on one side and nothing
 *       clausal on the other: "..., a ministry official said." and "..., said Shin-wha Lee". The content
 *       is everything before the comma. The parser often attaches such a verb to a noun of the content, which
 *       is why this is read from the surface.
 *   <li>A speech verb followed by a colon: the content is what follows, in this sentence or in the quotation
 *       that opens right after it.
 *   <li>A cue phrase ("according to X"): X is the speaker, the rest of the sentence on the longer side of
 *       the phrase is the content.
 * </ul>
 *
 * A cue's "citing Y" or "quoting Y" dependent makes Y the cited source.
 */
final class AttributionFinder {
  private static final Set<String> NP_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "HYPH", "CD", "PDT");
  private static final Set<String> BOUNDARY = Set.of(",", "”", "\"", "''", "—", "--", "?", "!");
  private static final Set<String> NP_RELS =
      Set.of("compound", "flat", "flat:name", "amod", "det", "nummod", "nmod:poss", "case", "punct", "cc",
          "conj", "det:predet", "compound:prt");
  private static final Set<String> INHERITS = Set.of("conj", "xcomp", "advcl", "dep");
  private static final Set<String> RELATIVE = Set.of("who", "that", "which");
  /** Verbs whose object is the hearer, not what was said ("told reporters"). */
  private static final Set<String> HEARER = Set.of("tell", "inform", "assure", "warn", "remind", "answer");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
      "month", "year", "earlier", "later", "last", "this", "next", "recently", "again", "also", "then");

  private final CueLexicon cues;
  /** The cue phrases split into words once, not per token. */
  private final List<String[]> phraseWords = new ArrayList<>();
  /** The first words of the cue phrases, lower case. */
  private final Set<String> phraseStarts;

  AttributionFinder(CueLexicon cues) {
    this.cues = cues;
    Set<String> starts = new java.util.HashSet<>();
    for (String phrase : cues.phrases()) {
      String[] words = phrase.split(" ");
      phraseWords.add(words);
      starts.add(words[0]);
    }
    phraseStarts = Set.copyOf(starts);
  }

  /**
   * Whether {@code s} may hold an attribution: it has a speech verb, the first word of a cue phrase or a
   * quotation mark. Reads only words, tags and lemmas, so it can be asked before the sentence is parsed.
   */
  boolean mayHold(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.text();
      if (t.isVerb() && cues.verbs().contains(t.lemma().toLowerCase(Locale.ROOT))
          || phraseStarts.contains(w.toLowerCase(Locale.ROOT))
          || w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''")) {
        return true;
      }
    }
    return false;
  }

  /** The attributions of {@code s} whose cue is not inside one of {@code quoted}. */
  List<Attribution> find(String text, Sentence s, List<Span> quoted) {
    List<Attribution> out = new ArrayList<>();
    Attribution turn = transcriptTurn(text, s);
    if (turn != null) {
      out.add(turn);
    }
    for (Token t : s.tokens()) {
      if (insideQuote(t, quoted)) {
        continue;
      }
      if (t.isVerb() && cues.verbs().contains(t.lemma().toLowerCase(Locale.ROOT))
          && !t.rel().equals("amod") && !t.rel().startsWith("compound")) {
        Attribution a = verbCue(s, t);
        if (a != null) {
          out.add(a);
        }
      }
      Attribution p = phraseCue(s, t);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private @Nullable Attribution verbCue(Sentence s, Token t) {
    Phrase via = via(s, t);
    if (t.index() == 0 && Character.isLowerCase(t.text().charAt(0))) {
      // “... pics?” tweeted Prince Alwaleed, ...: the splitter cut after the quotation's own "?", leaving an
      // inverted cue at the start of a sentence; its speaker is the noun phrase after it, its content the
      // quotation before it (claimed by QuoteFinder).
      for (Token d : s.dependents(t.index())) {
        if ((d.rel().equals("nsubj") || d.rel().equals("obj")) && d.index() > t.index() && d.isNoun()) {
          return new Attribution(s, s.start(), s.start(), t.lemma().toLowerCase(Locale.ROOT), t.index(),
              t.index(), nounPhrase(s, d.index()), via, false);
        }
      }
    }
    if (t.rel().equals("csubj") && t.head() > t.index() && predicate(s, s.token(t.head()))) {
      // "Baker said the U.S. imposition ... does not signal ...": without "that", the parser makes the cue
      // a clausal subject of the reported verb, with the reported subject as the cue's object.
      Phrase speaker = subject(s, t);
      if (speaker != null) {
        return content(s, t.index() + 1, s.tree().subtreeLast(t.head()), t, speaker, via, false);
      }
    }
    Token complement = complement(s, t);
    if (complement != null && complement.index() > t.index()) {
      int[] span = {s.tree().subtreeFirst(complement.index()), s.tree().subtreeLast(complement.index())};
      for (Token d : s.dependents(t.index())) {
        boolean splitSubject = complement.rel().equals("dep") && d.rel().equals("obj")
            && d.index() > t.index() && d.index() < complement.index();
        boolean moreThatClauses = d.rel().equals("conj") && d.index() > complement.index()
            && s.dependents(d.index()).stream().anyMatch(m -> m.rel().equals("mark"));
        if (splitSubject) {
          span[0] = Math.min(span[0], s.tree().subtreeFirst(d.index()));
        } else if (moreThatClauses) {
          span[1] = Math.max(span[1], s.tree().subtreeLast(d.index()));
        }
      }
      int from = span[0];
      if (s.token(from).text().equalsIgnoreCase("that") && s.token(from).rel().equals("mark")) {
        from++;
      }
      return content(s, from, span[1], t, subject(s, t), via, false);
    }
    Attribution surface = postposed(s, t, via);
    if (surface != null) {
      return surface;
    }
    if (complement != null) {
      return content(s, s.tree().subtreeFirst(complement.index()),
          Math.min(s.tree().subtreeLast(complement.index()), t.index() - 1), t, subject(s, t), via, false);
    }
    int last = s.size() - 1;
    while (last > t.index() && isPunct(s.token(last)) && !s.token(last).text().equals(":")) {
      last--;
    }
    for (int i = t.index() + 1; i <= last; i++) {
      if (s.token(i).text().equals(":")) {
        Phrase speaker = subject(s, t);
        if (speaker == null) {
          return null;
        }
        if (i == last) {
          int end = s.token(i).end();
          return new Attribution(s, end, end, t.lemma(), t.index(), t.index(), speaker, via, true);
        }
        return content(s, i + 1, s.size() - 1, t, speaker, via, true);
      }
      if (s.token(i).isVerb()) {
        return null;
      }
    }
    return null;
  }

  /** A clause's predicate: a verb, or a word with a copula or auxiliary ("was long overdue"). */
  private static boolean predicate(Sentence s, Token t) {
    return t.isVerb() || s.dependents(t.index()).stream()
        .anyMatch(d -> d.rel().equals("cop") || d.rel().startsWith("aux"));
  }

  /**
   * The clause a cue introduces: its {@code ccomp}; else its {@code parataxis}; else a verb it governs as
   * {@code dep}, which is how the parser leaves "told reporters the bridge would reopen" (with "the bridge"
   * as the verb's object).
   */
  private static @Nullable Token complement(Sentence s, Token t) {
    Token parataxis = null;
    Token dep = null;
    for (Token d : s.dependents(t.index())) {
      if (d.rel().equals("ccomp")) {
        return d;
      }
      if (d.rel().equals("parataxis") && parataxis == null) {
        parataxis = d;
      }
      if (d.rel().equals("dep") && d.isVerb() && d.index() > t.index() && dep == null) {
        dep = d;
      }
    }
    return parataxis != null ? parataxis : dep;
  }

  /**
   * "..., NP said" and "..., said NP": the content stands before a comma or closing quotation mark, and
   * nothing after the cue reads as its object or complement.
   */
  private @Nullable Attribution postposed(Sentence s, Token t, @Nullable Phrase via) {
    int i = t.index();
    Phrase speaker = null;
    int boundary = -1;
    Phrase parsed = subject(s, t);
    if (parsed != null && parsed.head() < i) {
      int first = s.tree().subtreeFirst(parsed.head());
      if (first > 0 && isBoundary(s.token(first - 1)) && nominalRun(s, first, i - 1)) {
        speaker = parsed;
        boundary = first - 1;
      }
    }
    if (speaker == null) {
      int j = i - 1;
      while (j >= 0 && NP_TAGS.contains(s.token(j).pos())) {
        j--;
      }
      if (j < i - 1 && j >= 0 && isBoundary(s.token(j))) {
        speaker = phrase(s, j + 1, i - 1);
        boundary = j;
      } else if (i > 0 && isBoundary(s.token(i - 1))) {
        int k = i + 1;
        while (k < s.size() && NP_TAGS.contains(s.token(k).pos())) {
          k++;
        }
        if (k > i + 1 && !isTimeWord(s.token(i + 1))) {
          speaker = phrase(s, i + 1, k - 1);
        }
        boundary = i - 1;
      }
    }
    if (speaker == null || takesObject(s, t, speaker)) {
      return null;
    }
    return content(s, 0, boundary - 1, t, speaker, via, false);
  }

  /** True when tokens {@code from..to} are noun-phrase material and commas (an apposition). */
  private static boolean nominalRun(Sentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      Token x = s.token(k);
      if (!NP_TAGS.contains(x.pos()) && !x.text().equals(",") && !x.pos().equals("IN") && !x.pos().equals("CC")
          && !x.pos().equals("-LRB-") && !x.pos().equals("-RRB-")) {
        return false;
      }
    }
    return true;
  }

  /** True when the cue has an object or complement after it ("declared bankruptcy", "say the ..."). */
  private static boolean takesObject(Sentence s, Token t, Phrase speaker) {
    boolean hearer = HEARER.contains(t.lemma().toLowerCase(Locale.ROOT));
    for (Token d : s.dependents(t.index())) {
      if (d.index() > t.index() && (d.rel().equals("obj") && !hearer || d.rel().equals("xcomp"))
          && !(d.index() >= speaker.from() && d.index() <= speaker.to())) {
        return true;
      }
    }
    int next = Math.max(t.index(), speaker.from() > t.index() ? speaker.to() : t.index()) + 1;
    if (next < s.size()) {
      Token n = s.token(next);
      boolean objectLike = n.pos().equals("DT") || n.pos().startsWith("NN") || n.pos().startsWith("PRP")
          || n.pos().startsWith("W") || n.text().equalsIgnoreCase("that");
      return objectLike && !isTimeWord(n) && !(hearer && next == t.index() + 1);
    }
    return false;
  }

  private static boolean isTimeWord(Token t) {
    return TIME_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * A transcript's turn: a paragraph that opens with a speaker's name in capitals and a colon ("PENCE: Well,
   * look ..."). The cue is the colon.
   */
  private static @Nullable Attribution transcriptTurn(String text, Sentence s) {
    int first = 0;
    while (first < s.size() && (isOpening(s.token(first)) || s.token(first).text().equals("\""))) {
      first++;
    }
    int colon = first;
    while (colon < s.size() && colon < first + 3 && isCapitalName(s.token(colon))) {
      colon++;
    }
    if (colon == first || colon >= s.size() - 2 || !s.token(colon).text().equals(":")) {
      return null;
    }
    int before = s.token(first).start() - 1;
    while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '"')) {
      before--;
    }
    if (before >= 0 && text.charAt(before) != '\n') {
      return null;
    }
    Attribution a = content(s, colon + 1, s.size() - 1, s.token(colon), phrase(s, first, colon - 1), null, false);
    return a == null ? null
        : new Attribution(s, a.start(), a.end(), ":", colon, colon, a.speaker(), null, false);
  }

  private static boolean isCapitalName(Token t) {
    String x = t.text();
    return t.isNoun() && x.length() > 1 && x.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private @Nullable Attribution phraseCue(Sentence s, Token t) {
    for (String[] words : phraseWords) {
      int i = t.index();
      if (i + words.length > s.size()) {
        continue;
      }
      boolean match = true;
      for (int w = 0; w < words.length && match; w++) {
        match = s.token(i + w).text().equalsIgnoreCase(words[w]);
      }
      if (!match) {
        continue;
      }
      int last = i + words.length - 1;
      int head = t.head() > last ? t.head() : -1;
      if (head < 0) {
        for (int k = last + 1; k < s.size(); k++) {
          if (s.token(k).isNoun() || s.token(k).isPronoun()) {
            head = k;
            if (!(k + 1 < s.size() && s.token(k + 1).isNoun())) {
              break;
            }
          }
        }
      }
      if (head < 0) {
        return null;
      }
      Phrase speaker = nounPhrase(s, head);
      int ppEnd = Math.max(speaker.to(), s.tree().subtreeLast(head));
      int before = i - 1;
      int after = ppEnd + 1;
      Attribution a;
      if (before - 0 >= s.size() - 1 - after) {
        a = content(s, 0, before, t, speaker, via(s, s.token(head)), false);
      } else {
        a = content(s, after, s.size() - 1, t, speaker, via(s, s.token(head)), false);
      }
      if (a == null) {
        return null;
      }
      return new Attribution(s, a.start(), a.end(), String.join(" ", words), i, last, speaker, a.via(), false);
    }
    return null;
  }

  /** An attribution with the content trimmed of punctuation at both ends, or null when nothing is left. */
  private static @Nullable Attribution content(
      Sentence s, int from, int to, Token cue, @Nullable Phrase speaker, @Nullable Phrase via, boolean colon) {
    int a = from;
    int b = to;
    while (a <= b && isTrimmable(s.token(a))) {
      a++;
    }
    while (b >= a && isTrimmable(s.token(b))) {
      b--;
    }
    if (a <= b && isOpening(s.token(a)) && !closes(s, a + 1, b)) {
      a++;
    }
    if (b - a + 1 < 2) {
      return null;
    }
    return new Attribution(s, s.token(a).start(), s.token(b).end(), cue.lemma().toLowerCase(Locale.ROOT),
        cue.index(), cue.index(), speaker, via, colon);
  }

  /** The speaker's noun phrase of cue {@code t}, from the parse. */
  private static @Nullable Phrase subject(Sentence s, Token t) {
    return subject(s, t, 0);
  }

  /**
   * The subject of {@code t}, or of the verb it hangs on when it shares that verb's subject: "smiled and
   * said", "..., saying", "refused to say".
   */
  private static @Nullable Phrase subject(Sentence s, Token t, int depth) {
    for (Token d : s.dependents(t.index())) {
      if (d.rel().equals("nsubj")) {
        if (RELATIVE.contains(d.text().toLowerCase(Locale.ROOT)) && t.rel().equals("acl:relcl")
            && t.head() >= 0) {
          return nounPhrase(s, t.head());
        }
        return nounPhrase(s, d.index());
      }
    }
    if (INHERITS.contains(t.rel()) && t.head() >= 0 && depth < 2) {
      return subject(s, s.token(t.head()), depth + 1);
    }
    return null;
  }

  /** The cited source: the object of a "citing"/"quoting" dependent of {@code t}. */
  private @Nullable Phrase via(Sentence s, Token t) {
    for (Token d : s.dependents(t.index())) {
      if (d.isVerb() && cues.viaVerbs().contains(d.lemma().toLowerCase(Locale.ROOT))) {
        for (Token o : s.dependents(d.index())) {
          if (o.rel().equals("obj") || o.rel().startsWith("nmod") || o.rel().startsWith("obl")) {
            return nounPhrase(s, o.index());
          }
        }
      }
    }
    return null;
  }

  /** The noun phrase headed by {@code head}: its compounds, modifiers, determiners and possessors. */
  static Phrase nounPhrase(Sentence s, int head) {
    int from = head;
    int to = head;
    for (Token t : s.tree().reach(s.token(head), (parent, c) -> inNounPhrase(c))) {
      from = Math.min(from, t.index());
      to = Math.max(to, t.index());
    }
    while (from < head && isPunct(s.token(from))) {
      from++;
    }
    while (to > head && isPunct(s.token(to))) {
      to--;
    }
    return new Phrase(s, head, from, to);
  }

  /** Whether {@code t} hangs on its head by a noun-phrase-internal relation (a case marker only as "'s"). */
  private static boolean inNounPhrase(Token t) {
    return NP_RELS.contains(t.rel()) && !(t.rel().equals("case") && !t.pos().equals("POS"));
  }

  /** A noun phrase read from the surface, tokens {@code from..to}: its head is its last noun or pronoun. */
  private static @Nullable Phrase phrase(Sentence s, int from, int to) {
    for (int i = to; i >= from; i--) {
      Token t = s.token(i);
      if (t.isNoun() || t.isPronoun() && !t.pos().equals("PRP$")) {
        return new Phrase(s, i, from, to);
      }
    }
    return null;
  }

  private static boolean insideQuote(Token t, List<Span> quoted) {
    for (Span q : quoted) {
      if (q.start() < t.start() && t.end() < q.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpening(Token t) {
    return t.text().equals("“") || t.text().equals("\"") && t.pos().equals("``");
  }

  private static boolean closes(Sentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (s.token(k).text().equals("”") || s.token(k).text().equals("\"")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoundary(Token t) {
    return BOUNDARY.contains(t.text());
  }

  private static boolean isPunct(Token t) {
    return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().charAt(0));
  }

  private static boolean isTrimmable(Token t) {
    String x = t.text();
    return x.equals(",") || x.equals(".") || x.equals(";") || x.equals(":") || x.equals("—") || x.equals("--")
        || x.equals("-");
  }
}
