package org.dyad.engine.events.petrarch;

import java.util.List;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;

/**
 * Matches the elements of a verb pattern along one side of its verb: words and phrases, actor slots ({@code $},
 * {@code +}, {@code %}) that take the actors of the noun phrase found there, and skipped noun phrases ({@code ^}).
 */
final class PatternMatch {
  private final Sentence s;
  private final Marks marks;
  private final NounPhrases phrases;

  PatternMatch(Marks marks, NounPhrases phrases) {
    this.s = marks.s;
    this.marks = marks;
    this.phrases = phrases;
  }

  /** What a pattern matched: the pattern and the actors its slots took. */
  static final class Slots {
    final VerbPattern pattern;
    List<String> source = List.of();
    List<String> target = List.of();
    List<String> compound = List.of();
    /** Whether the {@code %} stood before the verb, as its source, rather than after it, as its target. */
    boolean compoundBefore;

    Slots(VerbPattern pattern) {
      this.pattern = pattern;
    }
  }

  /**
   * Whether {@code elements} from {@code k} match along {@code window} (token indices walking away from the
   * verb) from position {@code pos}; {@code lastToken} is the token matched last, for adjacency.
   */
  boolean match(List<Element> elements, int k, List<Integer> window, int pos, int lastToken, int dir,
      Slots slots) {
    if (k == elements.size()) {
      return true;
    }
    Element e = elements.get(k);
    for (int p = pos; p < window.size(); p++) {
      if (e.adjacent() && window.get(p) != lastToken + dir) {
        return false;
      }
      int end = consume(e, window, p, dir, slots);
      if (end > p && match(elements, k + 1, window, end, window.get(end - 1), dir, slots)) {
        return true;
      }
      if (e.adjacent()) {
        return false;
      }
    }
    return false;
  }

  /** The window position after {@code e} matched at {@code p}, or {@code p} when it does not match there. */
  private int consume(Element e, List<Integer> window, int p, int dir, Slots slots) {
    int t = window.get(p);
    switch (e.kind()) {
      case WORDS -> {
        for (List<String> phrase : e.phrases()) {
          int n = phrase.size();
          boolean ok = p + n <= window.size();
          for (int j = 0; j < n && ok; j++) {
            ok = window.get(p + j) == t + dir * j && marks.words[t + dir * j].equals(phrase.get(dir > 0 ? j : n - 1 - j));
          }
          if (ok) {
            return p + n;
          }
        }
        return p;
      }
      case SKIP -> {
        int q = p;
        while (q < window.size() && window.get(q) == t + dir * (q - p) && nominal(s.token(window.get(q)))) {
          q++;
        }
        return q;
      }
      default -> {
        int id = marks.actorAt[t] >= 0 ? marks.actorAt[t] : marks.agentAt[t];
        if (id < 0) {
          return p;
        }
        List<String> codes = phrases.nounPhrase(phrases.headOf(t), 0);
        if (codes.isEmpty()) {
          return p;
        }
        switch (e.kind()) {
          case SOURCE -> slots.source = codes;
          case TARGET -> slots.target = codes;
          default -> {
            slots.compound = codes;
            slots.compoundBefore = dir < 0;
          }
        }
        int q = p + 1;
        while (q < window.size() && window.get(q) == t + dir * (q - p)
            && (marks.actorAt[window.get(q)] >= 0 && marks.actorAt[window.get(q)] == marks.actorAt[t]
                || marks.agentAt[window.get(q)] >= 0 && marks.agentAt[window.get(q)] == marks.agentAt[t])) {
          q++;
        }
        return q;
      }
    }
  }

  private static boolean nominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD")
        || t.pos().equals("PRP$") || t.pos().equals("POS") || t.pos().equals("PRP");
  }
}
