package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.dyad.engine.Engine;
import org.dyad.engine.events.EventCoder;
import org.dyad.engine.events.petrarch.Dictionaries;
import org.dyad.engine.events.petrarch.DictionaryReader;
import org.jspecify.annotations.Nullable;

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

  /**
   * The engine coding events with the PETRARCH dictionary set in {@code dictionaries} instead of dyad's own
   * patterns, when one is given; unreadable dictionary lines are reported and skipped.
   */
  static Engine load(PrintStream log, @Nullable Path dictionaries) {
    Engine engine = load(log);
    if (dictionaries == null) {
      return engine;
    }
    Dictionaries d = DictionaryReader.readDirectory(dictionaries);
    d.problems().forEach(p -> log.println("dyad: " + dictionaries.resolve(p.file()) + ":" + p.line() + ": "
        + p.message()));
    log.printf("dyad: PETRARCH dictionaries: %d verbs, %d actors, %d agents, %d discards%n", d.verbs().size(),
        d.actors().size(), d.agents().size(), d.discards().size());
    return engine.withEvents(EventCoder.petrarch(d));
  }
}
