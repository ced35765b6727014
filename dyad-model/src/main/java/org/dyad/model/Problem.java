package org.dyad.model;

import java.util.Objects;

/**
 * Something that went wrong on part of a document; the rest of it is still extracted.
 *
 * @param stage the step that met it: {@code read}, {@code size} (a document over the engine's limits), or an
 *     engine stage ({@code nlp}, {@code actors}, {@code time}, {@code quotes}, {@code events}, {@code places})
 * @param message what went wrong, readable on its own
 * @param start offset of the part of the text concerned (a sentence), 0 for the whole document
 * @param end end offset of that part; equal to {@code start} when no part of the text is concerned
 */
public record Problem(String stage, String message, int start, int end) {
  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad problem span [" + start + ", " + end + ")");
    }
  }
}
