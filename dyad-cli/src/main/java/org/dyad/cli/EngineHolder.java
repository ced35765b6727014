package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.dyad.engine.Engine;
import org.dyad.engine.events.EventCoder;
import org.dyad.engine.events.petrarch.Dictionaries;
import org.dyad.engine.events.petrarch.DictionaryReader;
import org.jspecify.annotations.Nullable;

/** Loads the engine once, saying so on standard error, since it takes seconds. */
final class EngineHolder {
  private EngineHolder() {}

  static Engine load(PrintStream log) {
    return load(log, List.of(), null);
  }

  /**
   * The engine, its event coder also reading {@code patternFiles} (the {@code --patterns} option), or coding
   * with the PETRARCH dictionary set in {@code dictionaries} instead of dyad's own patterns when one is given
   * ({@code --dictionaries}); unreadable dictionary lines are reported and skipped.
   */
  static Engine load(PrintStream log, List<Path> patternFiles, @Nullable Path dictionaries) {
    if (dictionaries != null && !patternFiles.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()),
          "--patterns adds to dyad's own patterns; it cannot be combined with --dictionaries");
    }
    long t0 = System.nanoTime();
    log.print("dyad: loading NLP models ... ");
    log.flush();
    Engine engine = Engine.create(patternFiles);
    log.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
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
