package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Extraction;
import org.dyad.model.Problem;

/**
 * The assertion every test that runs the whole engine makes: no stage failed. The engine turns a crash into a
 * problem and an empty list, so a test that expects no event passes for the wrong reason unless it checks this.
 */
public final class Extractions {
  private Extractions() {}

  /** {@code x}, once it is checked to hold no problem. */
  public static Extraction withoutProblems(Extraction x) {
    assertThat(x.problems()).as("problems of %s", x.id())
        .extracting(Problem::toString).isEmpty();
    return x;
  }
}
