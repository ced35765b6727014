package org.dyad.engine.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Span;

/**
 * Finds the stretches of text between double quotation marks, marks included.
 *
 * <p>Curly marks say which way they face. A straight {@code "}, and the two apostrophes {@code ''} that some
 * newspapers' archives (and LaTeX, with {@code ``} to open) write for it, open a quotation when none is open
 * and a character that is not white space follows; inside a quotation they close it, unless they follow white
 * space, a bracket or a dash and precede a character that is not white space. A quotation may run over
 * several paragraphs by the English convention (a paragraph ends at a blank line or before an indented line):
 * a paragraph that ends inside a quotation has no closing mark, and the next paragraph opens with a fresh
 * opening mark. A quotation that is never closed (a paragraph ends inside it and the next
 * one does not reopen it, or the text ends) is dropped, as is one interrupted by another opening mark.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** The quoted stretches of {@code text}, in text order, each from its opening mark to the end of its closing mark. */
  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int i = 0;
    while (i < text.length()) {
      if (open >= 0 && isParagraphBreakAt(text, i)) {
        int next = skipSpace(text, i);
        if (next < text.length() && markWidth(text, next) > 0 && opens(text, next)) {
          i = next + markWidth(text, next); // the quotation goes on in the next paragraph
        } else {
          open = -1;
          i = next;
        }
        continue;
      }
      int width = markWidth(text, i);
      if (width > 0) {
        if (open < 0 ? mayOpen(text, i) : opens(text, i)) {
          open = i; // a second opening mark restarts: the first was never closed
        } else if (open >= 0) {
          out.add(new Span(open, i + width));
          open = -1;
        }
        i += width;
        continue;
      }
      i++;
    }
    return out;
  }

  /** The length of the double quotation mark at {@code i}: 1 for {@code “ ” "}, 2 for {@code `` ''}, else 0. */
  private static int markWidth(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '"' || c == '”') {
      return 1;
    }
    boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
    return doubled && (c == '\'' || c == '`') ? 2 : 0;
  }

  /**
   * Whether the mark at {@code i}, with no quotation open, opens one: a curly or LaTeX opening mark, or a straight
   * one before a character that is not white space ({@code added."If you ...} opens after the full stop).
   */
  private static boolean mayOpen(String text, int i) {
    char c = text.charAt(i);
    if (c == '”') {
      return false;
    }
    int after = i + markWidth(text, i);
    return c == '“' || c == '`' || after < text.length() && !Character.isWhitespace(text.charAt(after));
  }

  /** Whether the mark at {@code i}, inside an open quotation, opens a new one: it faces forward. */
  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '`') {
      return true;
    }
    if (c != '"' && c != '\'') {
      return false;
    }
    int after = i + markWidth(text, i);
    char before = i == 0 ? ' ' : text.charAt(i - 1);
    boolean afterSpace = Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
    boolean beforeSpace = after >= text.length() || Character.isWhitespace(text.charAt(after));
    return afterSpace && !beforeSpace;
  }

  /**
   * True at a newline that ends a paragraph: a blank line follows, or the next line is indented (two spaces or a
   * tab, as wire copy marks its paragraphs between lines wrapped at the margin).
   */
  static boolean isParagraphBreakAt(String text, int i) {
    if (text.charAt(i) != '\n') {
      return false;
    }
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return j - i > 2 || text.charAt(i + 1) == '\t';
      }
    }
    return true;
  }

  /**
   * The index of the last of {@code quoted} (in text order, not overlapping, as {@link #find} gives them) that
   * ends at or before offset {@code at}, or -1: a binary search.
   */
  static int lastEndingBy(List<Span> quoted, int at) {
    int lo = 0;
    int hi = quoted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (quoted.get(mid).end() <= at) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  /** The number of paragraph breaks in {@code text} between {@code from} and {@code to}. */
  static int paragraphBreaks(String text, int from, int to) {
    int n = 0;
    for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      n += isParagraphBreakAt(text, i) ? 1 : 0;
    }
    return n;
  }

  private static int skipSpace(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }
}
