package org.dyad.cli;

import java.io.PrintStream;
import org.dyad.engine.Engine;
import org.dyad.engine.EngineOptions;
import org.dyad.engine.resources.ResourceException;

/** Builds the engine the options ask for, saying so on standard error, since loading the models takes seconds. */
final class EngineHolder {
  private EngineHolder() {}

  /**
   * The builder of the engine {@code options} ask for, the PETRARCH dictionaries read (their unreadable lines
   * told on {@code log}) and the chain of stages checked; no model is loaded yet.
   *
   * @throws UsageException when a stage left on requires what a stage switched off produces, naming both, when
   *     a pattern file cannot be read, or a dictionary folder holds no verb dictionary
   */
  static Engine.Builder prepare(PrintStream log, EngineOptions options) {
    try {
      return options.builder(message -> log.println("dyad: " + message));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (ResourceException e) {
      throw new UsageException(e.getMessage() + " (fix the file given to --patterns)");
    }
  }

  /** The engine of {@code builder}, its models loaded. */
  static Engine load(PrintStream log, Engine.Builder builder) {
    long t0 = System.nanoTime();
    log.print("dyad: loading NLP models ... ");
    log.flush();
    Engine engine = builder.build();
    log.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
    return engine;
  }

  /** {@link #prepare}, then {@link #load}. */
  static Engine load(PrintStream log, EngineOptions options) {
    return load(log, prepare(log, options));
  }
}
