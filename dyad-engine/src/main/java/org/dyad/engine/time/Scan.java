package org.dyad.engine.time;

import java.time.LocalDate;
import java.util.List;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/** One call's view of the document: text, anchor date, and the token under any offset. */
final class Scan {
  final String text;
  final LocalDate anchor;
  private final List<Sentence> sentences;
  private final int[] sentenceAt;
  private final int[] tokenAt;

  Scan(String text, LocalDate anchor, List<Sentence> sentences) {
    this.text = text;
    this.anchor = anchor;
    this.sentences = sentences;
    sentenceAt = new int[text.length() + 1];
    tokenAt = new int[text.length() + 1];
    java.util.Arrays.fill(sentenceAt, -1);
    java.util.Arrays.fill(tokenAt, -1);
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        for (int i = t.start(); i < t.end() && i < sentenceAt.length; i++) {
          sentenceAt[i] = s.index();
          tokenAt[i] = t.index();
        }
      }
    }
  }

  /** The token covering {@code offset}, or null (whitespace, or no parse). */
  @Nullable Token token(int offset) {
    if (offset < 0 || offset >= tokenAt.length || tokenAt[offset] < 0) {
      return null;
    }
    return sentences.get(sentenceAt[offset]).token(tokenAt[offset]);
  }

  /** The token right after {@code [_, end)}, or null. */
  @Nullable Token next(int end) {
    int i = end;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return token(i);
  }

  /** The token right before {@code [start, _)}, or null. */
  @Nullable Token previous(int start) {
    int i = start - 1;
    while (i >= 0 && isSpace(text.charAt(i))) {
      i--;
    }
    return token(i);
  }

  /** Whitespace, including the no-break space news copy is full of. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The tense of the clause around {@code [start, end)}; present when nothing was parsed there. */
  Tense tense(int start, int end) {
    int[] r = tokens(start, end);
    return r == null ? Tense.PRESENT : Tense.of(sentences.get(r[0]), r[1], r[2]);
  }

  /** Whether {@code [start, end)} modifies a verb in the simple present ("they meet Monday"). */
  boolean scheduled(int start, int end) {
    int[] r = tokens(start, end);
    return r != null && Tense.scheduled(sentences.get(r[0]), r[1], r[2]);
  }

  /** Whether the clause around {@code [start, end)} is a past perfect ("had filed by Wednesday"). */
  boolean pastPerfect(int start, int end) {
    int[] r = tokens(start, end);
    return r != null && Tense.pastPerfect(sentences.get(r[0]), r[1], r[2]);
  }

  /** The sentence and the first and last of its tokens within {@code [start, end)}, or null when none is there. */
  private int @Nullable [] tokens(int start, int end) {
    int s = -1;
    int first = -1;
    int last = -1;
    for (int i = start; i < end && i < tokenAt.length; i++) {
      if (tokenAt[i] >= 0) {
        if (s < 0) {
          s = sentenceAt[i];
          first = tokenAt[i];
        }
        if (sentenceAt[i] == s) {
          last = tokenAt[i];
        }
      }
    }
    return s < 0 ? null : new int[] {s, first, last};
  }
}
