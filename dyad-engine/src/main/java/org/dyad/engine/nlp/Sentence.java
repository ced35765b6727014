package org.dyad.engine.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its tokens, with their dependency arcs when {@code parsed}.
 *
 * @param index position in the document, from 0
 * @param start offset of the first token
 * @param end end offset of the last token
 */
public record Sentence(int index, int start, int end, List<Token> tokens, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The tokens whose head is {@code head}, in order. */
  public List<Token> dependents(int head) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) {
        out.add(t);
      }
    }
    return out;
  }

  /** Index of the first token that starts at or after {@code offset}, or {@link #size()} if none. */
  public int tokenAtOrAfter(int offset) {
    for (Token t : tokens) {
      if (t.start() >= offset) {
        return t.index();
      }
    }
    return tokens.size();
  }

  /** Index of the token covering {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.start() <= offset && offset < t.end()) {
        return t.index();
      }
    }
    return -1;
  }
}
