package org.dyad.engine;

/**
 * How much of one document the engine takes on, so that one hostile input (a 20 MB line, a "sentence" of 20,000
 * tokens without a full stop, a text that makes some stage slow) costs that input and not the batch. What goes
 * over a limit is told as a problem of the document; the defaults are far beyond news, whose articles run to a few
 * thousand words and take well under a second.
 *
 * @param maxChars the longest document text extracted, in characters (UTF-16 units); a longer document comes out
 *     with no facts and a problem of stage {@code size} naming it
 * @param maxSentenceTokens the longest sentence the dependency parser reads, in tokens; a longer one keeps its
 *     tokens (and their offsets, tags and names) unparsed, with a problem of stage {@code nlp} over it
 * @param budgetMillis the time one document may take, in milliseconds: checked before each stage and before each
 *     sentence is parsed, so a document over it keeps what was done so far (the sentences parsed, the facts of
 *     the stages run) and comes out with a problem of stage {@code budget} naming it and the stages left undone
 */
public record Limits(int maxChars, int maxSentenceTokens, long budgetMillis) {
  /** A minute per document: a long article takes well under a second, even on a loaded machine. */
  public static final long DEFAULT_BUDGET_MILLIS = 60_000;

  /**
   * A million characters of text (a long article is 50,000), sentences of 400 tokens (a long one is 80) and a
   * minute per document.
   */
  public static final Limits DEFAULTS = new Limits(1_000_000, 400, DEFAULT_BUDGET_MILLIS);

  /** The limits with the {@link #DEFAULT_BUDGET_MILLIS} time budget. */
  public Limits(int maxChars, int maxSentenceTokens) {
    this(maxChars, maxSentenceTokens, DEFAULT_BUDGET_MILLIS);
  }

  /** The time budget in nanoseconds, at most a century (so that a deadline computed from it does not overflow). */
  public long budgetNanos() {
    return Math.min(budgetMillis, 100L * 365 * 24 * 3600 * 1000) * 1_000_000;
  }

  /** @throws IllegalArgumentException for a limit below 1 */
  public Limits {
    if (maxChars < 1 || maxSentenceTokens < 1 || budgetMillis < 1) {
      throw new IllegalArgumentException("limits are at least 1: max chars " + maxChars + ", max sentence tokens "
          + maxSentenceTokens + ", time budget " + budgetMillis + " ms");
    }
  }
}
