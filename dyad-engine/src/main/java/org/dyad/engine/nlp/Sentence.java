package org.dyad.engine.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One sentence: its tokens, with their dependency arcs when {@link #parsed()}, and the {@link Tree} over
 * them, built once with the sentence. Immutable; equal to another sentence of the same index, offsets,
 * tokens and parse state.
 */
public final class Sentence {
  private final int index;
  private final int start;
  private final int end;
  private final List<Token> tokens;
  private final boolean parsed;
  private final Tree tree;

  /**
   * @param index position in the document, from 0
   * @param start offset of the first token
   * @param end end offset of the last token
   * @param tokens the tokens, token {@code i} at index {@code i}; their heads must make a tree (or all be
   *     {@code -1})
   * @param parsed whether the heads and relations come from a dependency parse
   * @throws IllegalArgumentException when a token stands at the wrong index or the heads do not make a tree
   */
  public Sentence(int index, int start, int end, List<Token> tokens, boolean parsed) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.tokens = List.copyOf(tokens);
    this.parsed = parsed;
    this.tree = new Tree(this.tokens);
  }

  /** Position in the document, from 0. */
  public int index() {
    return index;
  }

  /** Offset of the first token. */
  public int start() {
    return start;
  }

  /** End offset of the last token. */
  public int end() {
    return end;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Whether the tokens carry a dependency parse; when false every head is {@code -1}. */
  public boolean parsed() {
    return parsed;
  }

  /** The dependency tree over the tokens: children, subtrees, the usual questions of the stages. */
  public Tree tree() {
    return tree;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The tokens whose head is {@code head}, in order: {@link Tree#children(int)}. */
  public List<Token> dependents(int head) {
    return tree.children(head);
  }

  /** Whether a token is a verb or a modal: the sentence may have a clause whose parse matters. */
  public boolean hasVerb() {
    for (Token t : tokens) {
      if (t.isVerb() || t.pos().equals("MD")) {
        return true;
      }
    }
    return false;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Sentence s && index == s.index && start == s.start && end == s.end && parsed == s.parsed
        && tokens.equals(s.tokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, start, end, tokens, parsed);
  }

  @Override
  public String toString() {
    return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", tokens=" + tokens + ", parsed="
        + parsed + "]";
  }
}
