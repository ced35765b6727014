package org.dyad.engine.quotes;

import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * The speaker of a finite speech cue read from the word order, where the parse leaves the cue without a subject
 * (it tags the cue as an auxiliary or hangs it on the reported verb) or gives it a subject across a comma: the
 * noun phrase right before the cue ("Smith said", "the port's spokesman said", "Archbishop Ruiz of the diocese
 * told", "Sen. Ana Ruiz (D-N.Y.) said"), opening the sentence or after punctuation or a word that opens a clause
 * ("as", "and", "when"); else a name set off from the cue by an apposition between commas ("Tom Ruiz, 30, of
 * Dover, who was among those polled, said"), opening the sentence or after a closing quotation mark, a
 * parenthesis or a dash. Never across a quotation mark into quoted text. Every scan is bounded.
 */
final class WordOrder {
  private static final int WINDOW = 40;
  /** Prepositions inside a speaker's noun phrase ("the head of the agency", "Ambassador to France"). */
  private static final Set<String> INNER = Set.of("of", "for", "to", "at", "from", "in", "on", "with");
  private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "did", "does", "do", "'ve", "’ve");

  private WordOrder() {}

  /**
   * The speaker of cue {@code t} given {@code parsed}, its subject from the parse: the word-order speaker when the
   * parse gives none; also when the parsed subject, no name, stands before a comma or quotation mark that opens
   * the word-order speaker ("The plan, an inside source said, is ...", "..., global growth, a Chinese official
   * said"), which the parser may take for an apposition of it; "The mayor, a Democrat, said" has a comma before
   * the cue, so no noun phrase ends at it.
   */
  static @Nullable Phrase correct(Sentence s, Token t, @Nullable Phrase parsed) {
    if (!Syntax.finite(t) && !(t.pos().equals("VBN") && hasAuxiliaryBefore(s, t)) || s.tree().passive(t)) {
      return parsed;
    }
    if (parsed == null) {
      Phrase before = nameBefore(s, t);
      return before != null ? before : nameBeforeApposition(s, t);
    }
    if (parsed.antecedent() != null || parsed.head() >= t.index() || s.token(parsed.head()).isProperNoun()
        || s.token(parsed.head()).isPronoun()) {
      return parsed;
    }
    Phrase before = nameBefore(s, t);
    if (before == null || before.from() == 0 || before.from() <= parsed.to()) {
      return parsed;
    }
    return Syntax.isBoundary(s.token(before.from() - 1)) ? before : parsed;
  }

  /** Whether an auxiliary of the perfect stands right before cue {@code t}, adverbs between ("has also said"). */
  private static boolean hasAuxiliaryBefore(Sentence s, Token t) {
    int k = t.index() - 1;
    while (k >= 0 && k > t.index() - 4 && s.token(k).pos().startsWith("RB")) {
      k--;
    }
    return k >= 0 && AUXILIARIES.contains(lower(s.token(k)));
  }

  /** The last token before cue {@code t} that is no adverb, auxiliary or modal ("Trump has also said"). */
  private static int beforeCue(Sentence s, Token t) {
    int k = t.index() - 1;
    while (k >= 0 && k > t.index() - 5 && (s.token(k).pos().startsWith("RB") || s.token(k).pos().equals("MD")
        || AUXILIARIES.contains(lower(s.token(k))))) {
      k--;
    }
    return k;
  }

  /**
   * The noun phrase that ends right before cue {@code t} (after a party and state in parentheses), with the
   * prepositional phrases and coordinated nouns inside it; its head is its last noun before a preposition. It
   * opens the sentence or follows punctuation or a word that opens a clause; else null.
   */
  static @Nullable Phrase nameBefore(Sentence s, Token t) {
    int end = beforeCue(s, t);
    if (end > 0 && s.token(end).text().equals(")")) {
      int open = end - 1;
      while (open > 0 && open > end - 8 && !s.token(open).text().equals("(")) {
        open--;
      }
      end = s.token(open).text().equals("(") ? open - 1 : -1;
    }
    if (end < 0 || !(s.token(end).isNoun() || s.token(end).pos().equals("PRP"))) {
      return null;
    }
    int from = end;
    while (from > 0 && from > end - WINDOW) {
      Token x = s.token(from - 1);
      boolean inner = INNER.contains(lower(x)) && from - 1 > 0 && nominal(s.token(from - 2));
      boolean and = x.pos().equals("CC") && from - 1 > 0 && nominal(s.token(from - 2));
      if (!(nominal(x) || inner || and)) {
        break;
      }
      from--;
    }
    if (from > 0 && !opensClause(s.token(from - 1))) {
      return null;
    }
    int head = from;
    while (head < end && !INNER.contains(lower(s.token(head + 1))) && !s.token(head + 1).pos().equals("CC")) {
      head++;
    }
    while (head > from && !(s.token(head).isNoun() || s.token(head).pos().equals("PRP"))) {
      head--;
    }
    boolean noun = s.token(head).isNoun() || s.token(head).pos().equals("PRP");
    return noun ? new Phrase(s, head, from, end) : null;
  }

  /**
   * "“...,” Tom Ruiz, 30, of Dover, who was among those polled, said" and "Federal officials familiar with the
   * case, speaking on condition of anonymity, said": the first part (up to a comma) that is a noun phrase, after
   * the sentence's start, a closing quotation mark, a parenthesis or a dash, with anything but a quotation mark,
   * a colon or a semicolon between it and the comma before the cue.
   */
  static @Nullable Phrase nameBeforeApposition(Sentence s, Token t) {
    int k = beforeCue(s, t);
    if (k < 3 || !s.token(k).text().equals(",")) {
      return null;
    }
    int left = k - 1;
    while (left >= 0) {
      Token x = s.token(left);
      String w = x.text();
      if (left <= k - WINDOW || Syntax.isOpening(x) || w.equals(";") || w.equals(":")) {
        return null;
      }
      if (Syntax.isClosing(x) || w.equals("(") || w.equals("—") || w.equals("--") || w.equals("–")) {
        break;
      }
      left--;
    }
    int from = left + 1;
    int comma = from;
    while (comma < k && !s.token(comma).text().equals(",")) {
      comma++;
    }
    if (comma >= k || comma == from) {
      return null;
    }
    for (int j = from; j < comma; j++) {
      Token x = s.token(j);
      boolean inner = j > from && INNER.contains(lower(x));
      if (!nominal(x) && !inner && !(j > from && x.pos().equals("CC"))) {
        return null;
      }
    }
    int head = from;
    while (head + 1 < comma && !INNER.contains(lower(s.token(head + 1)))) {
      head++;
    }
    while (head > from && !s.token(head).isNoun()) {
      head--;
    }
    return s.token(head).isNoun() || s.token(head).pos().equals("PRP") ? new Phrase(s, head, from, comma - 1) : null;
  }

  /**
   * "The changes, which officials said will take effect in May, ..." and "a charity that prosecutors said was
   * suspected of fraud": a cue inside a relative clause whose pronoun stands for the subject of the reported
   * clause, so the cue's subject follows the pronoun and a verb with tense follows the cue. The content is that
   * verb's words up to the next comma, semicolon, colon, dash or parenthesis.
   */
  static @Nullable Attribution relativeGap(Sentence s, Token t, @Nullable Phrase via) {
    Phrase speaker = Syntax.subject(s, t);
    if (speaker == null || speaker.from() < 1 || speaker.head() > t.index() || s.tree().passive(t)) {
      return null;
    }
    Token pronoun = s.token(speaker.from() - 1);
    String p = lower(pronoun);
    boolean relative = p.equals("which") || p.equals("that") && pronoun.pos().equals("WDT")
        || p.equals("who") && pronoun.pos().equals("WP");
    int verb = t.index() + 1;
    while (verb < s.size() && s.token(verb).pos().startsWith("RB")) {
      verb++;
    }
    if (!relative || verb >= s.size() || !Syntax.finite(s.token(verb))) {
      return null;
    }
    int end = verb;
    while (end + 1 < s.size() && end < verb + WINDOW && !stops(s.token(end + 1))) {
      end++;
    }
    return Syntax.content(s, verb, end, t, speaker, via, false);
  }

  private static boolean stops(Token x) {
    String w = x.text();
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")") || w.equals("—")
        || w.equals("--") || w.equals("–") || Syntax.isQuoteMark(x);
  }

  /** Punctuation, a preposition, a conjunction or a wh-word: what may stand before a clause's subject. */
  private static boolean opensClause(Token x) {
    String p = x.pos();
    return Syntax.isPunct(x) || p.equals("IN") || p.equals("CC") || p.startsWith("W") || p.equals("-LRB-");
  }

  private static boolean nominal(Token x) {
    return Syntax.NP_TAGS.contains(x.pos()) && !x.text().equals(",")
        || (x.pos().equals("VBN") || x.pos().equals("VBG")) && (x.rel().equals("amod") || x.rel().startsWith("compound"));
  }

  private static String lower(Token x) {
    return x.text().toLowerCase(Locale.ROOT);
  }
}
