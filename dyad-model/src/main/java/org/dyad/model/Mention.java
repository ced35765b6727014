package org.dyad.model;

/** A stretch of the document's text: the evidence for a fact. {@code text} equals the text at the offsets. */
public record Mention(int start, int end, String text) {
  public Mention {
    new Span(start, end);
    if (text.length() != end - start) {
      throw new IllegalArgumentException("text \"" + text + "\" does not fit [" + start + ", " + end + ")");
    }
  }

  /** The mention of {@code source.substring(start, end)}. */
  public static Mention of(String source, int start, int end) {
    return new Mention(start, end, source.substring(start, end));
  }

  public Span span() {
    return new Span(start, end);
  }
}
