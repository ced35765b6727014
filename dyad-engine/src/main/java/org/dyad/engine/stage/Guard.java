package org.dyad.engine.stage;

/**
 * Runs one part of a stage's work, a sentence, so that its failure costs that part only: {@link Analysis#guard()}
 * turns an exception into a problem of the stage over the part's span and goes on; {@link #NONE} lets it through
 * (for tests and callers who want to see the crash).
 *
 * <pre>{@code
 * for (Sentence s : sentences) {
 *   guard.run(s.start(), s.end(), () -> events.addAll(code(s)));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface Guard {
  /** A guard that runs the work and lets any exception through. */
  Guard NONE = (start, end, work) -> {
    work.run();
    return true;
  };

  /**
   * Runs {@code work}, the part of the document text at {@code [start, end)}.
   *
   * @return true when it ran through, false when it failed and the failure was recorded
   */
  boolean run(int start, int end, Runnable work);
}
