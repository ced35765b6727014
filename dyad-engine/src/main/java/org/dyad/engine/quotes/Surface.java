package org.dyad.engine.quotes;

import static org.dyad.engine.quotes.Syntax.content;
import static org.dyad.engine.quotes.Syntax.isBoundary;
import static org.dyad.engine.quotes.Syntax.isTimeWord;
import static org.dyad.engine.quotes.Syntax.phrase;
import static org.dyad.engine.quotes.Syntax.subject;

import java.util.List;
import java.util.Locale;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.dyad.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * The attributions read from the word order around a speech verb, where the parse of news sentences most often
 * goes wrong: the postposed and inverted cue ("..., X said", "..., said X"), the clause reported without "that"
 * ("X said the plan was dead", which the parser often reads as an object and a stray verb), the parenthetical
 * cue ("The plan, he said, is dead"), a sentence that is only a cue after a quotation ("“...!” Smith said."),
 * and a transcript's turn ("PENCE: ..."). Every scan is bounded, so a rule costs at most a constant number of
 * tokens per cue.
 */
final class Surface {
  /** How far a reported clause's subject may run before its verb, and any scan from a cue. */
  private static final int SUBJECT_WINDOW = 40;

  private Surface() {}

  /**
   * "X said the plan was dead": after the cue (active, with a subject) and its adjuncts ("on Monday", "in a
   * statement", the hearer of "told reporters") and an optional "that", a noun phrase (prepositions, adverbs
   * and relative clauses inside it allowed, no comma) and then a verb with tense ("he’s" too, and after "that" a
   * subjunctive: "suggested that the program end"), not right after "and". The content runs from there to the
   * end of the sentence, or of the relative clause the cue stands in ("Farmers who said ... asked for aid").
   */
  static @Nullable Attribution clauseAfter(Sentence s, Token t, @Nullable Phrase via) {
    Phrase speaker = subject(s, t);
    if (speaker == null || s.tree().passive(t)) {
      return null;
    }
    int i = afterAdjuncts(s, t);
    for (int k = t.index() + 1; k < i; k++) {
      if (s.token(k).text().equals(";")) {
        return null; // "..., officials said; in 2012, the city struggled": what follows is the writer's
      }
    }
    boolean that = i < s.size() && s.token(i).text().equalsIgnoreCase("that") && !s.token(i).pos().equals("DT");
    if (that) {
      i++;
    }
    int nouns = 0;
    for (int j = i; j < s.size() && j < i + SUBJECT_WINDOW; j++) {
      Token x = s.token(j);
      String p = x.pos();
      if (Syntax.finite(x) || j > i && p.equals("POS") && s.token(j - 1).pos().equals("PRP")
          || that && p.equals("VB")) {
        boolean afterAnd = j > i && s.token(j - 1).pos().equals("CC");
        int end = t.rel().equals("acl:relcl") ? s.tree().subtreeLast(t.index()) : s.size() - 1;
        return nouns == 0 || afterAnd ? null : content(s, i, end > j ? end : s.size() - 1, t, speaker, via, false);
      }
      if (x.isNoun() || p.equals("PRP") || p.equals("EX") || p.equals("CD") || x.text().equalsIgnoreCase("there")) {
        nouns++;
      } else if (p.startsWith("W") && x.head() > j && s.token(x.head()).rel().equals("acl:relcl")) {
        j = s.tree().subtreeLast(x.head()); // "parents who adopt would not be eligible"
      } else if (!(Syntax.NP_TAGS.contains(p) || p.equals("IN") && x.rel().equals("case") && j > i
          || p.equals("CC") || Syntax.isQuoteMark(x) || p.startsWith("RB") && j > i
          || (p.equals("VBG") || p.equals("VBN")) && (x.rel().equals("amod") || x.rel().startsWith("compound")))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The first token after cue {@code t} and the adjuncts that follow it (its {@code obl} and {@code advmod}
   * dependents, the hearer of "tell").
   */
  private static int afterAdjuncts(Sentence s, Token t) {
    boolean hearer = Syntax.HEARER.contains(t.lemma().toLowerCase(Locale.ROOT));
    int i = t.index() + 1;
    for (Token c : s.dependents(t.index())) { // in sentence order
      if (c.index() <= t.index() || s.tree().subtreeFirst(c.index()) < i) {
        continue;
      }
      String r = c.rel();
      boolean adjunct = r.startsWith("obl") || r.equals("advmod") && !c.text().equalsIgnoreCase("there")
          || r.equals("nmod:tmod") || hearer && (r.equals("obj") || r.equals("iobj"));
      if (!adjunct || s.tree().subtreeFirst(c.index()) != i) {
        break;
      }
      i = s.tree().subtreeLast(c.index()) + 1;
    }
    return i;
  }

  /**
   * "“...!” Smith said." and "“...?” he asked on Monday.": a sentence that holds only the speaker, the cue and
   * its adjuncts, because the splitter ended the quotation's sentence at its own "!" or "?". The attribution
   * has no content of its own; the quotation right before it is its content ({@link QuoteFinder}).
   */
  static @Nullable Attribution splitOff(Sentence s, Token t, @Nullable Phrase via) {
    if (t.head() >= 0) {
      return null;
    }
    Phrase speaker = subject(s, t);
    // the speaker's own modifiers ("a narrator in the Clinton ad asks") do not count in the distance
    int speakerEnd = speaker == null ? -1 : Math.max(speaker.to(), s.tree().subtreeLast(speaker.head()));
    if (speaker == null || speaker.from() != 0 || speaker.head() > t.index() || speakerEnd >= t.index()
        || t.index() - speakerEnd > 3) {
      return null;
    }
    boolean hearer = Syntax.HEARER.contains(t.lemma().toLowerCase(Locale.ROOT));
    for (Token c : s.dependents(t.index())) {
      String r = c.rel();
      boolean adjunct = r.startsWith("obl") || r.startsWith("advmod") || r.equals("nmod:tmod") || r.equals("punct")
          || r.startsWith("aux") || r.equals("nsubj") || hearer && (r.equals("obj") || r.equals("iobj"));
      if (!adjunct) {
        return null;
      }
    }
    return new Attribution(s, s.start(), s.start(), t.lemma().toLowerCase(Locale.ROOT), t.index(), t.index(),
        speaker, via, false);
  }

  /**
   * "“...,” Ruiz said in March, “...”", "“...?” asked Ruiz, a port official.", "“...,” Ruiz, a retired pilot,
   * said on Monday" and "“...,” said one of the mayor's aides, who asked ...": an active cue right after a
   * quotation that ends in a comma, "?", "!" or a dash inside its closing mark (after a full stop a new sentence
   * opens), with its speaker's noun phrase between them (adverbs allowed before the cue) or right after the cue.
   * The content is that quotation, wherever the splitter and the parser put it. Not when a clause or an object
   * follows the cue and its adjuncts ("“No,” he said the plan ...", "“...,” she said that ...").
   */
  static @Nullable Attribution afterQuotation(String text, Sentence s, Token t, List<Span> quoted,
      @Nullable Phrase via) {
    if (t.pos().equals("VBG") || t.pos().equals("VBN") || s.tree().passive(t)) {
      return null;
    }
    int end = t.index() - 1;
    while (end >= 0 && s.token(end).pos().startsWith("RB")) {
      end--;
    }
    int from = end;
    while (from >= 0 && from > t.index() - SUBJECT_WINDOW && appositive(s.token(from))) {
      from--;
    }
    from++;
    Phrase speaker;
    int next;
    Span q = from <= end ? quoteBefore(text, s.token(from).start(), quoted) : null;
    Phrase order = q == null ? wordOrderSpeaker(s, t) : null;
    if (q != null) {
      speaker = appositionName(s, from, end);
      next = afterAdjuncts(s, t);
    } else if (order != null && (q = quoteBefore(text, s.token(order.from()).start(), quoted)) != null) {
      speaker = order; // "“...,” Robert Ruiz, attorney for one of the groups to file suit, said"
      next = afterAdjuncts(s, t);
    } else if ((q = quoteBefore(text, t.start(), quoted)) != null) {
      int k = t.index() + 1;
      while (k < s.size() && k < t.index() + SUBJECT_WINDOW && (Syntax.NP_TAGS.contains(s.token(k).pos())
          || s.token(k).text().equalsIgnoreCase("of") && k + 1 < s.size()
          && Syntax.NP_TAGS.contains(s.token(k + 1).pos()))) {
        k++;
      }
      speaker = k > t.index() + 1 && !isTimeWord(s.token(t.index() + 1)) ? name(s, t.index() + 1, k - 1) : null;
      next = k;
    } else {
      return null;
    }
    if (speaker == null || next < s.size() && !endsCue(s.token(next), speaker.from() > t.index())) {
      return null;
    }
    return new Attribution(s, q.start(), q.end(), t.lemma().toLowerCase(Locale.ROOT), t.index(), t.index(),
        speaker, via, false);
  }

  /**
   * Whether {@code n}, the word after the cue and its adjuncts (or after an inverted speaker), leaves the cue
   * without a clause or object of its own: punctuation, a preposition other than "that", an adverb, a time word;
   * after an inverted speaker also its participle or relative clause ("said one official familiar with ...").
   */
  private static boolean endsCue(Token n, boolean inverted) {
    return Syntax.isPunct(n) || n.pos().equals("IN") && !n.text().equalsIgnoreCase("that")
        || n.pos().startsWith("RB") || isTimeWord(n)
        || inverted && (n.pos().equals("VBN") || n.pos().equals("VBG") || n.pos().startsWith("W"));
  }

  /** Noun-phrase material of a name with its apposition ("Ruiz, a retired pilot from the port,"). */
  private static boolean appositive(Token x) {
    return nominal(x) || x.text().equals(",") || x.pos().equals("IN") || x.pos().equals("CC")
        || x.pos().equals("-LRB-") || x.pos().equals("-RRB-");
  }

  /**
   * The speaker among tokens {@code from..to}, split by commas: the first part that is a name or a pronoun
   * ("Ruiz, a retired pilot,", "the height of the boom, Ruiz"), else the first part; null when the tokens open
   * with a preposition ("On Monday, Ruiz").
   */
  private static @Nullable Phrase appositionName(Sentence s, int from, int to) {
    if (!nominal(s.token(from))) {
      return null;
    }
    Phrase first = null;
    for (int k = from; k <= to; k++) {
      if (k == from || s.token(k - 1).text().equals(",") && !s.token(k).text().equals(",")) {
        Phrase part = name(s, k, to);
        Token head = part == null ? null : s.token(part.head());
        if (head != null && (head.isProperNoun() || head.pos().equals("PRP"))) {
          return part;
        }
        first = first == null ? part : first;
      }
    }
    return first;
  }

  /**
   * The speaker's name among tokens {@code from..to}: up to the first comma or preposition, so that "Ruiz, a
   * retired pilot" is Ruiz and "Ana Ruiz of the port authority" is Ana Ruiz; "one of the aides" keeps its "of".
   * A capitalised last word is the head whatever its tag.
   */
  private static @Nullable Phrase name(Sentence s, int from, int to) {
    int last = from;
    while (last < to && !s.token(last + 1).text().equals(",") && !(s.token(last + 1).pos().equals("IN")
        && !(s.token(last).pos().equals("CD") && s.token(last + 1).text().equalsIgnoreCase("of")))) {
      last++;
    }
    Phrase np = phrase(s, from, last);
    boolean capital = Character.isUpperCase(s.token(last).text().charAt(0));
    return np != null || !capital ? np : new Phrase(s, last, from, last); // "said Ruiz", the name tagged JJ
  }

  /**
   * The quotation that ends right before offset {@code at}, white space between, with a comma, "?", "!" or a
   * dash just inside its closing mark; else null.
   */
  private static @Nullable Span quoteBefore(String text, int at, List<Span> quoted) {
    int hi = QuoteMarks.lastEndingBy(quoted, at);
    if (hi < 0 || at - quoted.get(hi).end() > 3 || !text.substring(quoted.get(hi).end(), at).isBlank()) {
      return null;
    }
    Span q = quoted.get(hi);
    int k = q.end() - 1;
    while (k > q.start() && (text.charAt(k) == '”' || text.charAt(k) == '"' || text.charAt(k) == '\'')) {
      k--;
    }
    return ",?!—–-…".indexOf(text.charAt(k)) >= 0 ? q : null;
  }

  /**
   * "Obama ended his list by saying “Too many.”" and "Sanders responded, “Do not moan to me.”": an active cue
   * with a subject, whose clause the parse does not give, followed at once (or after a comma) by a quotation
   * that opens there: the content is that quotation.
   */
  static @Nullable Attribution quotationAfter(Sentence s, Token t, List<Span> quoted, @Nullable Phrase via) {
    int k = t.index() + 1;
    if (k < s.size() && s.token(k).text().equals(",")) {
      k++;
    }
    if (k >= s.size() || !Syntax.isOpening(s.token(k)) || s.tree().passive(t)) {
      return null;
    }
    int next = QuoteMarks.lastEndingBy(quoted, s.token(k).start()) + 1;
    Phrase speaker = subject(s, t);
    if (speaker == null || next >= quoted.size() || quoted.get(next).start() != s.token(k).start()) {
      return null;
    }
    Span q = quoted.get(next);
    return new Attribution(s, q.start(), q.end(), t.lemma().toLowerCase(Locale.ROOT), t.index(), t.index(),
        speaker, via, false);
  }

  /**
   * A headline's clause without its verb: "Minister says talks ‘very close’", "X says Trump 'absolutely right'
   * in ...". Only in a document's first sentence, after "says" with a subject before it: the cue's object (or
   * the predicate the parser made its complement) and what follows, when a predicate adjective or participle or a
   * quotation mark is among them.
   */
  static @Nullable Attribution headline(Sentence s, Token t, @Nullable Phrase via) {
    Phrase speaker = subject(s, t);
    if (s.index() != 0 || !t.lemma().equalsIgnoreCase("say") || !(t.pos().equals("VBZ") || t.pos().equals("VBP"))
        || speaker == null || speaker.head() > t.index()) {
      return null;
    }
    for (Token d : s.dependents(t.index())) {
      if ((d.rel().equals("obj") || d.rel().equals("xcomp")) && d.index() > t.index()) {
        int last = s.size() - 1;
        for (int k = d.index(); k <= last; k++) {
          Token x = s.token(k);
          if (x.pos().startsWith("JJ") || x.pos().equals("VBN") || Syntax.isQuoteMark(x)) {
            return content(s, s.tree().subtreeFirst(d.index()), last, t, speaker, via, false);
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * "The plan, he said, is dead" and "the result, as he later explained, was a bubble": a cue between commas
   * or dashes that the parser hangs on the clause it reports ({@code parataxis} or {@code dep}, or an
   * {@code advcl} with "as"). The content is that clause, with the cue inside it unless the cue opens it. Not a
   * participle ("“...,” he said, hinting at more"). A conjunction may open the sentence before the cue ("But as
   * a reporter noted, ...").
   */
  static @Nullable Attribution parenthetical(Sentence s, Token t, @Nullable Phrase via) {
    boolean as = s.dependents(t.index()).stream()
        .anyMatch(d -> d.rel().equals("mark") && d.text().equalsIgnoreCase("as"));
    String r = t.rel();
    if (!(r.equals("parataxis") || r.equals("dep") || r.equals("advcl") && as) || t.head() < 0
        || t.pos().equals("VBG")) {
      return null;
    }
    Phrase speaker = subject(s, t);
    int a = s.tree().subtreeFirst(t.index());
    int b = s.tree().subtreeLast(t.index());
    while (a < t.index() && Syntax.isPunct(s.token(a))) {
      a++;
    }
    while (b > t.index() && Syntax.isPunct(s.token(b))) {
      b--;
    }
    boolean opens = a == 0 || a == 1 && s.token(0).pos().equals("CC"); // "But as a reporter noted, ..."
    boolean flanked = (opens || isBoundary(s.token(a - 1))) && (b + 1 >= s.size() || isBoundary(s.token(b + 1))
        || s.token(b + 1).text().equals("."));
    if (speaker == null || !flanked) {
      return null;
    }
    int from = s.tree().subtreeFirst(t.head());
    int to = s.tree().subtreeLast(t.head());
    while (to > b && Syntax.isPunct(s.token(to))) {
      to--;
    }
    boolean before = false;
    for (int k = Math.max(from, a - SUBJECT_WINDOW); k < a; k++) {
      before |= s.token(k).isNoun() || s.token(k).isPronoun() || s.token(k).isVerb();
    }
    if (!before) {
      from = b + 1;
    } else if (b >= to) {
      to = a - 1;
    }
    return content(s, from, to, t, speaker, via, false);
  }

  /**
   * "..., NP said" and "..., said NP": the content stands before a comma or closing quotation mark, and
   * nothing after the cue reads as its object or complement. Not for a participle ("..., saying they ...").
   */
  static @Nullable Attribution postposed(Sentence s, Token t, @Nullable Phrase via) {
    if (t.pos().equals("VBG") || goesOn(s, t)) {
      return null;
    }
    int i = t.index();
    Phrase speaker = null;
    int boundary = -1;
    Phrase parsed = subject(s, t);
    if (parsed != null && parsed.head() < i && parsed.antecedent() == null) {
      int first = s.tree().subtreeFirst(parsed.head());
      if (first > 0 && isBoundary(s.token(first - 1)) && nominalRun(s, first, i - 1)) {
        speaker = parsed;
        boundary = first - 1;
      }
    }
    if (speaker == null) {
      int j = i - 1;
      while (j >= 0 && j > i - SUBJECT_WINDOW && nominal(s.token(j))) {
        j--;
      }
      Phrase named = j == i - 1 ? namedBeforeApposition(s, i) : null;
      if (j < i - 1 && j >= 0 && isBoundary(s.token(j))) {
        speaker = phrase(s, j + 1, i - 1);
        boundary = j;
      } else if (named != null) {
        speaker = named;
        boundary = named.from() - 1;
      } else if (i > 0 && isBoundary(s.token(i - 1))) {
        int k = i + 1;
        while (k < s.size() && k < i + SUBJECT_WINDOW && Syntax.NP_TAGS.contains(s.token(k).pos())) {
          k++;
        }
        Phrase after = k > i + 1 && !isTimeWord(s.token(i + 1)) ? phrase(s, i + 1, k - 1) : null;
        if (after != null && invertible(s, t, after)) {
          speaker = after;
        }
        boundary = i - 1;
      }
    }
    Phrase order = speaker == null ? wordOrderSpeaker(s, t) : null;
    if (order != null && order.from() > 0 && isBoundary(s.token(order.from() - 1))) {
      speaker = order; // "..., Chad's ambassador to France confirmed.", "..., Tom Ruiz, 30, of Dover, said."
      boundary = order.from() - 1;
    }
    if (speaker == null || takesObject(s, t, speaker)) {
      return null;
    }
    return content(s, 0, boundary - 1, t, speaker, via, false);
  }

  /** The speaker right before a finite cue, or before the apposition that ends at it, read from the word order. */
  private static @Nullable Phrase wordOrderSpeaker(Sentence s, Token t) {
    if (!Syntax.finite(t)) {
      return null;
    }
    Phrase before = WordOrder.nameBefore(s, t);
    return before != null ? before : WordOrder.nameBeforeApposition(s, t);
  }

  /**
   * "“...,” Flynn, a top Trump surrogate, said": the name (ending in a proper noun) set off from cue {@code i}
   * by an apposition between commas, itself after a boundary, where the parser took the apposition for
   * something else; else null.
   */
  private static @Nullable Phrase namedBeforeApposition(Sentence s, int i) {
    if (i < 4 || !s.token(i - 1).text().equals(",")) {
      return null;
    }
    int j = i - 2;
    while (j > 0 && j > i - SUBJECT_WINDOW && (Syntax.NP_TAGS.contains(s.token(j).pos())
        || s.token(j).pos().equals("IN") || s.token(j).pos().equals("CC"))) {
      j--;
    }
    int name = j - 1;
    if (j == i - 2 || !s.token(j).text().equals(",") || name < 1 || !s.token(name).isProperNoun()) {
      return null;
    }
    int k = name;
    while (k > 0 && nominal(s.token(k - 1))) {
      k--;
    }
    return k > 0 && isBoundary(s.token(k - 1)) ? phrase(s, k, name) : null;
  }

  /**
   * Whether "..., VERB NP" reads as an inverted cue: the parser made the noun phrase the verb's subject, or the
   * verb is "say", or a clause or a quotation stands before it ("“...,” said X", "... alter the campaign, noted
   * X"). Not "One after another, companies, including Patriot, declared bankruptcy".
   */
  private static boolean invertible(Sentence s, Token t, Phrase after) {
    if (t.lemma().equalsIgnoreCase("say") || s.token(after.head()).rel().equals("nsubj")) {
      return true;
    }
    for (int k = t.index() - 1; k >= 0 && k >= t.index() - SUBJECT_WINDOW; k--) {
      if (Syntax.finite(s.token(k)) || Syntax.isQuoteMark(s.token(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words follow the cue's subtree: "Acts of protest, Mr. Obama said, are acts of patriotism"; not a
   * subordinate clause after a comma ("..., lawmakers said on Friday, as they bristled at ..."), nor a clause
   * after a semicolon ("..., analysts say; in 2012, ...").
   */
  private static boolean goesOn(Sentence s, Token t) {
    int last = s.tree().subtreeLast(t.index());
    for (int k = last; k > t.index() && Syntax.isPunct(s.token(k)); k--) {
      if (s.token(k).text().equals(";")) {
        return false;
      }
    }
    for (int k = last + 1; k < s.size(); k++) {
      Token x = s.token(k);
      if (x.text().equals(";")) {
        return false;
      }
      if (!Syntax.isPunct(x)) {
        boolean subordinate = s.token(k - 1).text().equals(",") && x.rel().equals("mark") && x.head() > k;
        return !subordinate;
      }
    }
    return false;
  }

  /** Noun-phrase material, participles that modify a noun included ("retired Air Force general Lloyd Newton"). */
  private static boolean nominal(Token x) {
    return Syntax.NP_TAGS.contains(x.pos())
        || (x.pos().equals("VBN") || x.pos().equals("VBG")) && (x.rel().equals("amod") || x.rel().startsWith("compound"));
  }

  /** True when tokens {@code from..to} are noun-phrase material and commas (an apposition). */
  private static boolean nominalRun(Sentence s, int from, int to) {
    if (to - from > SUBJECT_WINDOW) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      Token x = s.token(k);
      if (!nominal(x) && !x.text().equals(",") && !x.pos().equals("IN")
          && !x.pos().equals("CC") && !x.pos().equals("-LRB-") && !x.pos().equals("-RRB-")) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the cue has an object or complement after it ("declared bankruptcy", "say the ..."). A relative
   * clause after an inverted speaker ("said one official who asked not to be named") is no object.
   */
  private static boolean takesObject(Sentence s, Token t, Phrase speaker) {
    boolean hearer = Syntax.HEARER.contains(t.lemma().toLowerCase(Locale.ROOT));
    if (t.index() + 1 < s.size() && s.token(t.index() + 1).text().equals(",")) {
      return false; // "..., the agency reported, citing officials"
    }
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
          || n.pos().startsWith("W") && next == t.index() + 1 || n.text().equalsIgnoreCase("that");
      return objectLike && !isTimeWord(n) && !(hearer && next == t.index() + 1);
    }
    return false;
  }

  /**
   * A transcript's turn: a paragraph that opens with a speaker's name in capitals and a colon ("PENCE: Well,
   * look ..."). The cue is the colon.
   */
  static @Nullable Attribution transcriptTurn(String text, Sentence s) {
    int first = 0;
    while (first < s.size() && Syntax.isQuoteMark(s.token(first))) {
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
}
