package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.engine.Engine;

/** One evaluation against public gold data under {@code ../shared/data}. */
public interface Benchmark {
  /** A short name for {@code dyad eval --only NAME}. */
  String name();

  /**
   * Whether it runs only when {@code --only} names it: a held-out test set, reported for a final note and
   * never to tune on, has no place in the routine run.
   */
  default boolean onRequest() {
    return false;
  }

  /** Runs the engine over the gold data under {@code dataDir} and scores it. */
  List<Score> run(Engine engine, Path dataDir) throws IOException;
}
