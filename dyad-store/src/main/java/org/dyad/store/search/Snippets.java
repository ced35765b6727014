package org.dyad.store.search;

import java.util.ArrayList;
import java.util.List;

/** The passage of an article shown with a hit: the first match with some text before it, whole words at both ends. */
final class Snippets {
  /** Characters before the first match, and the passage's length, both about (whole words are kept). */
  static final int BEFORE = 60;

  static final int WIDTH = 220;

  private Snippets() {}

  /**
   * The passage of {@code text} around the first of {@code matches} (offsets into {@code text}, in text order), with
   * the matches that fall wholly inside it; the start of the text when there is no match.
   */
  static Hits.Snippet around(String text, List<Hits.Span> matches) {
    int first = matches.isEmpty() ? 0 : matches.get(0).start();
    int start = Math.max(0, first - BEFORE);
    while (start > 0 && start < first && inWord(text, start - 1) && inWord(text, start)) {
      start++;
    }
    while (start < first && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int firstEnd = matches.isEmpty() ? 0 : matches.get(0).end();
    int end = Math.min(text.length(), Math.max(start + WIDTH, firstEnd));
    while (end < text.length() && inWord(text, end - 1) && inWord(text, end)) {
      end++;
    }
    while (end > Math.max(start, firstEnd) && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    List<Hits.Span> inside = new ArrayList<>();
    int after = start;
    for (Hits.Span m : matches) {
      if (m.start() >= after && m.end() <= end) {
        inside.add(m);
        after = m.end();
      }
    }
    return new Hits.Snippet(start, end, text.substring(start, end), inside);
  }

  private static boolean inWord(String text, int at) {
    return Character.isLetterOrDigit(text.charAt(at));
  }
}
