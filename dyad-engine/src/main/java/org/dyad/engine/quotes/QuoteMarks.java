package org.dyad.engine.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Span;

/**
 * Finds the stretches of text between double quotation marks, marks included.
 *
 * <p>Curly marks say which way they face; a straight {@code "} opens when it follows the start of the text,
 * white space, a bracket or a dash, and closes otherwise. A quotation may run over several paragraphs by the
 * English convention: a paragraph that ends inside a quotation has no closing mark, and the next paragraph
 * opens with a fresh opening mark. A quotation that is never closed (a paragraph ends inside it and the next
 * one does not reopen it, or the text ends) is dropped, as is one interrupted by another opening mark.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** The quoted stretches of {@code text}, in text order, each {@code [opening mark, closing mark + 1)}. */
  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (open >= 0 && isParagraphBreakAt(text, i)) {
        int next = skipSpace(text, i);
        if (next < text.length() && opens(text, next)) {
          i = next + 1; // the quotation goes on in the next paragraph
        } else {
          open = -1;
          i = next;
        }
        continue;
      }
      if (c == '“' || c == '"' || c == '”') {
        if (opens(text, i)) {
          open = i; // a second opening mark restarts: the first was never closed
        } else if (open >= 0) {
          out.add(new Span(open, i + 1));
          open = -1;
        }
      }
      i++;
    }
    return out;
  }

  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    if (c == '“') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    boolean afterSpace = Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
    boolean beforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    return afterSpace && !beforeSpace;
  }

  /** True at a newline that ends a paragraph: a blank line follows. */
  private static boolean isParagraphBreakAt(String text, int i) {
    if (text.charAt(i) != '\n') {
      return false;
    }
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }
}
