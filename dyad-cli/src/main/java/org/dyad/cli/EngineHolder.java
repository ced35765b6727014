package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.dyad.engine.Engine;

/** Loads the engine once, saying so on standard error, since it takes seconds. */
final class EngineHolder {
  private EngineHolder() {}

  static Engine load(PrintStream log) {
    return load(log, List.of());
  }

  /** The engine, its event coder also reading {@code patternFiles} (the {@code --patterns} option). */
  static Engine load(PrintStream log, List<Path> patternFiles) {
    long t0 = System.nanoTime();
    log.print("dyad: loading NLP models ... ");
    log.flush();
    Engine engine = Engine.create(patternFiles);
    log.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
    return engine;
  }
}
