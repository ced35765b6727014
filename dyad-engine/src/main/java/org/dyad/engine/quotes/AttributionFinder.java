package org.dyad.engine.quotes;

import static org.dyad.engine.quotes.Syntax.content;
import static org.dyad.engine.quotes.Syntax.isPunct;
import static org.dyad.engine.quotes.Syntax.nounPhrase;
import static org.dyad.engine.quotes.Syntax.subject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.dyad.engine.quotes.CueLexicon.Content;
import org.dyad.engine.quotes.CueLexicon.Verb;
import org.dyad.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Finds the attributions of one sentence from its dependency parse, with surface patterns where the parse
 * goes wrong ({@link Surface}).
 *
 * <ul>
 *   <li>A speech verb with a clausal complement ({@code ccomp}, else {@code parataxis}): "X said (that) ...",
 *       "..., X said" when the parser makes the content the verb's complement. The content is the
 *       complement's subtree, without a leading "that"; the speaker is the verb's {@code nsubj}, or the
 *       subject of the verb it is coordinated with ("smiled and said"), or the noun a relative clause
 *       hangs on ("Lee, who said ...").
 *   <li>The same read from the word order: "X said the plan was dead", "..., a ministry official said.",
 *       "..., said Shin-wha Lee", "The plan, he said, is dead", and a sentence that is only a cue after a
 *       quotation.
 *   <li>A speech verb followed by a colon: the content is what follows, in this sentence or in the quotation
 *       that opens right after it.
 *   <li>A cue phrase ("according to X"): X is the speaker, the rest of the sentence on the longer side of
 *       the phrase is the content.
 * </ul>
 *
 * A cue's "citing Y" or "quoting Y" dependent makes Y the cited source.
 */
final class AttributionFinder {
  private final CueLexicon cues;
  /** The cue phrases split into words once, not per token. */
  private final List<String[]> phraseWords = new ArrayList<>();
  /** The first words of the cue phrases, lower case. */
  private final Set<String> phraseStarts;

  AttributionFinder(CueLexicon cues) {
    this.cues = cues;
    Set<String> starts = new HashSet<>();
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
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.isVerb() && cues.isVerb(lemma) || t.isNoun() && cues.nouns().contains(lemma)
          || phraseStarts.contains(t.text().toLowerCase(Locale.ROOT)) || Syntax.isQuoteMark(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attributions of {@code s} whose cue is not inside one of {@code quoted} (in text order); {@code before},
   * the sentence before it, holds the speaker of a cue the splitter cut off from it.
   */
  List<Attribution> find(String text, Sentence s, @Nullable Sentence before, List<Span> quoted) {
    List<Attribution> out = new ArrayList<>();
    Attribution turn = Surface.transcriptTurn(text, s);
    if (turn != null) {
      out.add(turn);
    }
    Attribution cut = before != null && s.size() > 1 && isCue(s.token(0)) ? cutOff(before, s, s.token(0)) : null;
    if (cut != null) {
      out.add(cut);
    }
    for (Token t : s.tokens()) {
      if (insideQuote(t, quoted) || cut != null && t.index() == 0) {
        continue;
      }
      Attribution a = null;
      if (isCue(t) && !t.rel().equals("amod") && !t.rel().startsWith("compound")) {
        a = verbCue(text, s, t, quoted);
      } else if (t.isNoun() && cues.nouns().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        a = Frames.noun(s, t);
      }
      if (a != null) {
        out.add(a);
      }
      Attribution p = phraseCue(s, t);
      if (p != null) {
        out.add(p);
      }
    }
    return untilNextCue(s, out);
  }

  /**
   * "Ruiz said the port would reopen and insisted that ...", "Ruiz said the port would reopen, noting that ...": a
   * content runs up to the next cue of the same speaker inside it, whose own content follows it; the words between
   * them ("and", a comma) belong to neither. Another speaker's cue inside it is reported speech in reported speech
   * ("Ruiz said the mayor told reporters that ...") and stays in.
   */
  private static List<Attribution> untilNextCue(Sentence s, List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found.size());
    for (Attribution a : found) {
      int end = a.end();
      for (Attribution b : found) {
        boolean sameSpeaker = a.speaker() != null && b.speaker() != null && b != a
            && a.speaker().sentence() == b.speaker().sentence() && a.speaker().head() == b.speaker().head();
        if (sameSpeaker && b.cueStart() > a.start() && b.cueStart() < end && b.start() >= b.cueEnd()) {
          int k = b.cueFrom() - 1;
          while (k > 0 && (isPunct(s.token(k)) && !Syntax.isQuoteMark(s.token(k)) || s.token(k).pos().equals("CC"))) {
            k--;
          }
          if (s.token(k).start() > a.start()) {
            end = s.token(k).end();
          }
        }
      }
      out.add(end == a.end() ? a : new Attribution(s, a.start(), end, a.cue(), a.cueFrom(), a.cueTo(), a.speaker(),
          a.via(), a.colon()));
    }
    return out;
  }

  /**
   * "Rep. Trey Gowdy (R-S.C.) said that claim smacked of hypocrisy" and "..., Sen. Lindsey Graham (R-S.C.) told
   * reporters.": the splitter ends a sentence at a party and state in parentheses, so the cue, lower case, opens
   * the next one. The speaker is the name before the parenthesis; the content is the cue's clause, else the
   * sentence before the speaker's comma.
   */
  private @Nullable Attribution cutOff(Sentence before, Sentence s, Token t) {
    int close = before.size() - 1;
    if (!Character.isLowerCase(t.text().charAt(0)) || !before.token(close).text().equals(")")) {
      return null;
    }
    int open = close - 1;
    while (open > 0 && open > close - 8 && !before.token(open).text().equals("(")) {
      open--;
    }
    int k = open - 1;
    while (k > 0 && Syntax.NP_TAGS.contains(before.token(k - 1).pos())) {
      k--;
    }
    if (open < 1 || !before.token(open).text().equals("(") || !before.token(open - 1).isProperNoun()) {
      return null;
    }
    Phrase speaker = Syntax.phrase(before, k, open - 1);
    Attribution said = null;
    Token complement = complement(s, t);
    if (complement != null && complement.index() > t.index()) {
      said = following(s, t, complement, via(s, t));
    } else if (s.token(1).text().equalsIgnoreCase("that")) {
      said = content(s, 2, s.size() - 1, t, speaker, via(s, t), false);
    } else if (k > 1 && before.token(k - 1).text().equals(",")) {
      said = content(before, 0, k - 2, t, speaker, via(s, t), false);
    }
    return said == null ? null : new Attribution(s, said.start(), said.end(), said.cue(), t.index(), t.index(),
        speaker, said.via(), false);
  }

  private boolean isCue(Token t) {
    return t.isVerb() && cues.isVerb(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The attribution of verb cue {@code t}: with the preposition one of its entries asks for ("called for"),
   * that entry's; else by its entry's {@link CueLexicon.Content}, a clause first where one may stand.
   */
  private @Nullable Attribution verbCue(String text, Sentence s, Token t, List<Span> quoted) {
    if (t.pos().equals("VBN") && !s.tree().hasChild(t, "aux") && !s.tree().hasChild(t, "nsubj")
        && !s.tree().passive(t) && s.dependents(t.index()).stream().noneMatch(d -> s.tree().hasCase(d, "by"))) {
      return null; // "Asked about the talks, Zelensky declined": the one asked is no speaker
    }
    int n = t.index() + 1;
    if (t.index() > 0 && s.token(t.index() - 1).text().equalsIgnoreCase("having") && n + 1 < s.size()
        && s.token(n).pos().equals("DT") && s.token(n + 1).text().equals(",")) {
      return null; // "Having said that, there are economists who ...": what was said is behind, not ahead
    }
    Attribution chain = quotedAsSaying(s, t);
    return chain != null ? chain : cue(text, s, t, quoted);
  }

  /**
   * "Kyodo quoted the minister as saying the talks would resume" and "“...,” Kyodo quoted the minister as
   * saying.": the one quoted speaks, through the one quoting (the {@code via}), read from the word order. The
   * content is what follows the cue, else (nothing or a comma after it) what stands before the one quoting.
   */
  private @Nullable Attribution quotedAsSaying(Sentence s, Token t) {
    int as = t.index() - 1;
    if (!t.pos().equals("VBG") || as < 2 || !s.token(as).text().equalsIgnoreCase("as")) {
      return null;
    }
    int v = as - 1;
    while (v > 0 && v > as - 8 && Syntax.NP_TAGS.contains(s.token(v).pos())) {
      v--;
    }
    Token verb = s.token(v);
    Phrase quoted = Syntax.phrase(s, v + 1, as - 1);
    if (!verb.isVerb() || !cues.viaVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT)) || quoted == null) {
      return null;
    }
    Phrase quoting = subject(s, verb);
    if (quoting == null || quoting.head() > v) {
      int j = v - 1;
      while (j >= 0 && j > v - 8 && Syntax.NP_TAGS.contains(s.token(j).pos())) {
        j--;
      }
      quoting = j < v - 1 ? Syntax.phrase(s, j + 1, v - 1) : null;
    }
    int last = s.size() - 1;
    while (last > t.index() && isPunct(s.token(last))) {
      last--;
    }
    boolean after = last > t.index() + 1 && !isPunct(s.token(t.index() + 1));
    return after ? content(s, t.index() + 1, last, t, quoted, quoting, false)
        : content(s, 0, (quoting == null ? v : quoting.from()) - 1, t, quoted, quoting, false);
  }

  private @Nullable Attribution cue(String text, Sentence s, Token t, List<Span> quoted) {
    Verb plain = null;
    for (Verb v : cues.verbs().get(t.lemma().toLowerCase(Locale.ROOT))) {
      int p = v.preposition() == null ? -1 : prepositionAfter(s, t, v.preposition());
      if (p >= 0) {
        return Frames.preposition(s, t, p, via(s, t));
      }
      if (v.preposition() == null) {
        plain = v;
      }
    }
    if (plain == null) {
      return null;
    }
    Phrase via = via(s, t);
    boolean infinitive = s.dependents(t.index()).stream()
        .anyMatch(d -> d.rel().equals("mark") && d.text().equalsIgnoreCase("to"));
    if (plain.content() == Content.NAMING) {
      return infinitive ? null : Frames.naming(s, t, via);
    }
    Attribution a = clauseCue(text, s, t, quoted, via);
    if (a != null || infinitive) {
      return a; // "requires candidates to disclose their assets" discloses nothing yet
    }
    return switch (plain.content()) {
      case OBJECT -> Frames.object(s, t, via);
      case REQUEST -> Frames.request(s, t, via);
      default -> null;
    };
  }

  /** The index of preposition {@code p} right after cue {@code t} (adverbs between allowed), else -1. */
  private static int prepositionAfter(Sentence s, Token t, String p) {
    for (int k = t.index() + 1; k < s.size() && k <= t.index() + 3; k++) {
      Token x = s.token(k);
      if (x.text().equalsIgnoreCase(p)) {
        return k;
      }
      if (!x.pos().startsWith("RB")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The attribution of a cue whose content is a clause, read from the parse and from the word order; first the
   * cue right after a quotation, whose content that quotation is.
   */
  private @Nullable Attribution clauseCue(String text, Sentence s, Token t, List<Span> quoted, @Nullable Phrase via) {
    Attribution afterQuotation = Surface.afterQuotation(text, s, t, quoted, via);
    if (afterQuotation != null) {
      return afterQuotation;
    }
    if (t.index() == 0 && Character.isLowerCase(t.text().charAt(0))) {
      // “... pics?” tweeted Prince Alwaleed, ...: the splitter cut after the quotation's own "?", leaving an
      // inverted cue at the start of a sentence; its speaker is the noun phrase after it, its content the
      // quotation before it (claimed by QuoteFinder).
      for (Token d : s.dependents(t.index())) {
        boolean hearer = d.rel().equals("obj") && Syntax.HEARER.contains(t.lemma().toLowerCase(Locale.ROOT));
        if ((d.rel().equals("nsubj") || d.rel().equals("obj") && !hearer) && d.index() > t.index() && d.isNoun()) {
          return new Attribution(s, s.start(), s.start(), t.lemma().toLowerCase(Locale.ROOT), t.index(),
              t.index(), nounPhrase(s, d.index()), via, false);
        }
      }
    }
    if (t.rel().startsWith("csubj") && t.head() > t.index() && Syntax.predicate(s, s.token(t.head()))) {
      // "Baker said the U.S. imposition ... does not signal ...": without "that", the parser makes the cue
      // a clausal subject of the reported verb, with the reported subject as the cue's object.
      Phrase speaker = subject(s, t);
      if (speaker != null) {
        return content(s, t.index() + 1, s.tree().subtreeLast(t.head()), t, speaker, via, false);
      }
    }
    Token complement = complement(s, t);
    if (complement != null && complement.index() > t.index()) {
      return following(s, t, complement, via);
    }
    Attribution surface = Surface.clauseAfter(s, t, via);
    if (surface == null) {
      surface = WordOrder.relativeGap(s, t, via);
    }
    if (surface == null) {
      surface = Surface.postposed(s, t, via);
    }
    if (surface != null) {
      return surface;
    }
    if (complement != null) {
      return content(s, s.tree().subtreeFirst(complement.index()),
          Math.min(s.tree().subtreeLast(complement.index()), t.index() - 1), t, subject(s, t), via, false);
    }
    Attribution aside = Surface.parenthetical(s, t, via);
    if (aside != null) {
      return aside;
    }
    Attribution colon = colon(s, t, via);
    if (colon != null) {
      return colon;
    }
    Attribution quotation = Surface.quotationAfter(s, t, quoted, via);
    if (quotation != null) {
      return quotation;
    }
    Attribution headline = Surface.headline(s, t, via);
    return headline != null ? headline : Surface.splitOff(s, t, via);
  }

  /**
   * The content of a complement after the cue: its subtree, with a subject the parser split off as the cue's
   * object ("told reporters the bridge would reopen") and further "that" clauses coordinated with it.
   */
  private @Nullable Attribution following(Sentence s, Token t, Token complement, @Nullable Phrase via) {
    int from = s.tree().subtreeFirst(complement.index());
    int to = s.tree().subtreeLast(complement.index());
    for (Token d : s.dependents(t.index())) {
      boolean splitSubject = complement.rel().equals("dep") && d.rel().equals("obj")
          && d.index() > t.index() && d.index() < complement.index();
      boolean moreThatClauses = d.rel().equals("conj") && d.index() > complement.index()
          && s.dependents(d.index()).stream().anyMatch(m -> m.rel().equals("mark"));
      if (splitSubject) {
        from = Math.min(from, s.tree().subtreeFirst(d.index()));
      } else if (moreThatClauses) {
        to = Math.max(to, s.tree().subtreeLast(d.index()));
      }
    }
    for (int k = complement.index() + 1; k <= to; k++) {
      Token x = s.token(k);
      boolean ownSubject = s.tree().hasChild(x, "nsubj");
      if (x.rel().equals("conj") && isCue(x) && (ownSubject || x.head() == complement.index())) {
        // "Obama emphasized that the reforms were not complete, and rights groups warned that ...": the second
        // speaker's clause is not the first one's content; nor is a cue coordinated with the reported verb
        // without a subject of its own, the reporter's ("Ruiz said he had voted for her, but cautioned ...")
        to = s.tree().subtreeFirst(k) - 1;
        while (to > from && (isPunct(s.token(to)) || s.token(to).pos().equals("CC"))) {
          to--;
        }
      }
    }
    if (s.token(from).text().equalsIgnoreCase("that") && s.token(from).rel().equals("mark")) {
      from++;
    }
    return content(s, from, to, t, subject(s, t), via, false);
  }

  /** "X said:" and "X said: ...": the content is what follows the colon, here or in a later quotation. */
  private static @Nullable Attribution colon(Sentence s, Token t, @Nullable Phrase via) {
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

  /**
   * The clause a cue introduces: its {@code ccomp}; else its {@code parataxis}; else a verb it governs as
   * {@code dep}, which is how the parser leaves "told reporters the bridge would reopen" (with "the bridge"
   * as the verb's object). A second cue is no complement ("..., according to a statement, Reuters reports"), nor
   * a clause after a semicolon.
   */
  private @Nullable Token complement(Sentence s, Token t) {
    Token parataxis = null;
    Token dep = null;
    for (Token d : s.dependents(t.index())) {
      if (d.rel().equals("ccomp")) {
        return d;
      }
      if (d.rel().equals("parataxis") && parataxis == null && !isCue(d) && !afterSemicolon(s, t, d)) {
        parataxis = d;
      }
      if (d.rel().equals("dep") && d.isVerb() && d.index() > t.index() && dep == null) {
        dep = d;
      }
    }
    return parataxis != null ? parataxis : dep;
  }

  /** Whether a semicolon stands between cue {@code t} and clause {@code d} ("..., officials said; in 2012, ..."). */
  private static boolean afterSemicolon(Sentence s, Token t, Token d) {
    for (int k = t.index() + 1; k < s.tree().subtreeFirst(d.index()); k++) {
      if (s.token(k).text().equals(";")) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Attribution phraseCue(Sentence s, Token t) {
    if (!phraseStarts.contains(t.text().toLowerCase(Locale.ROOT))) {
      return null;
    }
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
      for (int k = last + 1; head < 0 && k < s.size() && k <= last + 8; k++) {
        if (s.token(k).isNoun() || s.token(k).isPronoun()) {
          head = k;
          while (head + 1 < s.size() && s.token(head + 1).isNoun()) {
            head++;
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
      Attribution a = before >= s.size() - 1 - after
          ? content(s, 0, before, t, speaker, via(s, s.token(head)), false)
          : content(s, after, s.size() - 1, t, speaker, via(s, s.token(head)), false);
      if (a == null) {
        return null;
      }
      return new Attribution(s, a.start(), a.end(), String.join(" ", words), i, last, speaker, a.via(), false);
    }
    return null;
  }

  /**
   * The cited source: the object of a "citing"/"quoting" dependent of {@code t}, or of such a participle right
   * after the cue and a comma, which the parser sometimes hangs on its object as a modifier ("..., Kyodo
   * reported, citing officials").
   */
  private @Nullable Phrase via(Sentence s, Token t) {
    List<Token> candidates = new ArrayList<>(s.dependents(t.index()));
    for (int k = t.index() + 1; k < s.size() && k <= t.index() + 4; k++) {
      candidates.add(s.token(k));
    }
    for (Token d : candidates) {
      if (d.isVerb() && cues.viaVerbs().contains(d.lemma().toLowerCase(Locale.ROOT))) {
        for (Token o : s.dependents(d.index())) {
          if (o.rel().equals("obj") || o.rel().startsWith("nmod") || o.rel().startsWith("obl")) {
            return nounPhrase(s, o.index());
          }
        }
        if (d.rel().equals("amod") && d.head() > d.index() && s.token(d.head()).isNoun()) {
          Phrase np = nounPhrase(s, d.head());
          return new Phrase(s, np.head(), Math.max(np.from(), d.index() + 1), np.to());
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code t} lies strictly inside one of {@code quoted} (sorted, not overlapping): the first quotation
   * that ends after {@code t} starts is the only one that may hold it.
   */
  private static boolean insideQuote(Token t, List<Span> quoted) {
    int next = QuoteMarks.lastEndingBy(quoted, t.start()) + 1;
    if (next >= quoted.size()) {
      return false;
    }
    Span q = quoted.get(next);
    return q.start() < t.start() && t.end() < q.end();
  }
}
