package org.dyad.cli;

import java.io.PrintStream;
import org.dyad.engine.Engine;

/** Loads the engine once, saying so on standard error, since it takes seconds. */
final class EngineHolder {
  private EngineHolder() {}

  static Engine load(PrintStream log) {
    long t0 = System.nanoTime();
    log.print("dyad: loading NLP models ... ");
    log.flush();
    Engine engine = Engine.create();
    log.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
    return engine;
  }
}
