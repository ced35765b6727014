package org.dyad.engine.actors;

import java.util.List;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;

/** The questions the actor stage asks of a dependency parse. */
final class Trees {
  private Trees() {}

  static List<Token> children(Sentence s, int head) {
    return s.dependents(head);
  }

  /** Whether {@code token} lies in the subtree of {@code head}. */
  static boolean dominates(Sentence s, int head, int token) {
    int t = token;
    for (int steps = 0; t >= 0 && steps < s.size(); steps++) {
      if (t == head) {
        return true;
      }
      t = s.token(t).head();
    }
    return false;
  }

  /** Climbs compound and flat arcs to the token that carries the phrase's relation. */
  static int headOfPhrase(Sentence s, int token) {
    int t = token;
    while (s.parsed() && t >= 0) {
      String rel = s.token(t).rel();
      if (!(rel.equals("compound") || rel.startsWith("flat")) || s.token(t).head() < 0) {
        break;
      }
      t = s.token(t).head();
    }
    return t;
  }

  /** The first token of the subtree of {@code head}. */
  static int subtreeFirst(Sentence s, int head) {
    int first = head;
    for (Token t : s.tokens()) {
      if (t.index() < first && dominates(s, head, t.index())) {
        first = t.index();
      }
    }
    return first;
  }

  /** The lower-cased lemma of the {@code case} marker of {@code t} ("of" in "of Iran"), or "". */
  static String caseOf(Sentence s, Token t) {
    for (Token c : s.dependents(t.index())) {
      if (c.rel().equals("case")) {
        return c.lemma().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "";
  }
}
