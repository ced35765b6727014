package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.engine.Engine;

/** One evaluation against public gold data under {@code ../shared/data}. */
public interface Benchmark {
  /** A short name for {@code dyad eval --only NAME}. */
  String name();

  /** Runs the engine over the gold data under {@code dataDir} and scores it. */
  List<Score> run(Engine engine, Path dataDir) throws IOException;
}
