package org.dyad.engine;

/**
 * How much of one document the engine takes on, so that one hostile input (a 20 MB line, a "sentence" of 20,000
 * tokens without a full stop) costs that input and not the batch. What goes over a limit is told as a problem of
 * the document; the defaults are far beyond news, whose articles run to a few thousand words.
 *
 * @param maxChars the longest document text extracted, in characters (UTF-16 units); a longer document comes out
 *     with no facts and a problem of stage {@code size} naming it
 * @param maxSentenceTokens the longest sentence the dependency parser reads, in tokens; a longer one keeps its
 *     tokens (and their offsets, tags and names) unparsed, with a problem of stage {@code nlp} over it
 */
public record Limits(int maxChars, int maxSentenceTokens) {
  /** A million characters of text (a long article is 50,000) and sentences of 400 tokens (a long one is 80). */
  public static final Limits DEFAULTS = new Limits(1_000_000, 400);

  /** @throws IllegalArgumentException for a limit below 1 */
  public Limits {
    if (maxChars < 1 || maxSentenceTokens < 1) {
      throw new IllegalArgumentException("limits are at least 1: max chars " + maxChars + ", max sentence tokens "
          + maxSentenceTokens);
    }
  }
}
