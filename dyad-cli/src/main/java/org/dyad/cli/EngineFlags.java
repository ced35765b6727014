package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.engine.Engine;
import org.dyad.engine.EngineOptions;
import org.dyad.engine.Limits;
import org.dyad.model.Extraction;
import org.dyad.model.Problem;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of every command that builds an engine ({@code extract}, {@code ingest}, {@code serve},
 * {@code eval}, {@code spark}): one picocli mixin, read into one {@link EngineOptions}, whose defaults they are.
 */
final class EngineFlags {
  @Option(names = "--patterns", paramLabel = "FILE",
      description = "More event patterns, in the format of dyad's patterns.tsv (repeatable).")
  List<Path> patterns = new ArrayList<>();

  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Code events with the PETRARCH dictionary set in DIR (*verbs*/CAMEO*, *actors*, *agents*, "
          + "*discards* files) instead of dyad's own patterns.")
  @Nullable Path dictionaries;

  @Option(names = "--one-sided-events", description = EngineOptions.ONE_SIDED_EVENTS_HELP)
  boolean oneSidedEvents;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted at once (default: the number of cores).")
  @Nullable Integer threads;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Run only these stages, with nlp (which reads the sentences): actors, places, time, quotes, "
          + "events (--stages actors: an actors-only run).")
  List<String> stages = new ArrayList<>();

  @Option(names = "--no-actors",
      description = "Switch the actors stage off (and places, which geocodes actors; then switch off what needs it "
          + "too).")
  boolean noActors;

  @Option(names = "--no-time", description = "Switch the time stage off.")
  boolean noTime;

  @Option(names = "--no-quotes", description = "Switch the quotes stage off.")
  boolean noQuotes;

  @Option(names = "--no-events", description = "Switch the events stage off.")
  boolean noEvents;

  @Option(names = "--no-places",
      description = "Switch the geocoding of place entities off (events keep their places' names only).")
  boolean noPlaces;

  @Option(names = "--max-doc-chars", paramLabel = "N",
      description = "The longest document text extracted, in characters; a longer one is a problem with no facts "
          + "(default: 1,000,000).")
  @Nullable Integer maxChars;

  @Option(names = "--max-sentence-tokens", paramLabel = "N",
      description = "The longest sentence parsed, in tokens; a longer one keeps its tokens and names, unparsed "
          + "(default: 400).")
  @Nullable Integer maxSentenceTokens;

  @Option(names = "--time-budget", paramLabel = "SECONDS",
      description = "The time one document may take; one over it keeps what was done, with a problem, and the "
          + "next document goes on (default: 60).")
  @Nullable Double timeBudget;

  /**
   * The options given: the defaults of {@link EngineOptions#DEFAULTS} where none is given. Switching off
   * {@code actors} switches off {@code places} too, which only refines the actors.
   *
   * @throws UsageException for options that cannot go together, a missing file or folder, an unknown stage
   */
  EngineOptions options() {
    Set<String> off = new LinkedHashSet<>();
    for (String s : stages) {
      if (s.equals("nlp") || !Engine.STAGES.contains(s)) {
        throw new UsageException("--stages takes actors, places, time, quotes and events, not " + s);
      }
    }
    if (!stages.isEmpty()) {
      Engine.STAGES.stream().filter(s -> !s.equals("nlp") && !stages.contains(s)).forEach(off::add);
    }
    addIf(off, noActors, "actors");
    addIf(off, noTime, "time");
    addIf(off, noQuotes, "quotes");
    addIf(off, noEvents, "events");
    addIf(off, noActors || noPlaces, "places");
    if (threads != null && threads < 1) {
      throw new UsageException("--threads takes 1 or more, not " + threads);
    }
    for (Path p : patterns) {
      if (!Files.isRegularFile(p)) {
        throw new UsageException("no pattern file at " + p);
      }
    }
    if (dictionaries != null && !Files.isDirectory(dictionaries)) {
      throw new UsageException("no dictionary folder at " + dictionaries);
    }
    try {
      return new EngineOptions(patterns, dictionaries, threads == null ? EngineOptions.DEFAULTS.threads() : threads,
          off, limits(), oneSidedEvents);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The limits given, {@link Limits#DEFAULTS} for those not given. */
  private Limits limits() {
    Limits d = Limits.DEFAULTS;
    if (maxChars != null && maxChars < 1) {
      throw new UsageException("--max-doc-chars takes 1 or more, not " + maxChars);
    }
    if (maxSentenceTokens != null && maxSentenceTokens < 1) {
      throw new UsageException("--max-sentence-tokens takes 1 or more, not " + maxSentenceTokens);
    }
    if (timeBudget != null && !(timeBudget >= 0.001 && timeBudget <= 1e9)) {
      throw new UsageException("--time-budget takes seconds from 0.001 to 1e9, not " + timeBudget);
    }
    return new Limits(maxChars == null ? d.maxChars() : maxChars,
        maxSentenceTokens == null ? d.maxSentenceTokens() : maxSentenceTokens,
        timeBudget == null ? d.budgetMillis() : Math.round(timeBudget * 1000));
  }

  /**
   * {@code x}, after telling {@code say} in one line each problem of a limit it ran into (stage {@code size}, a
   * document too long to extract, or {@code budget}, one that ran out of time), which the extraction alone would
   * keep silent under {@code ingest}.
   */
  static Extraction tellLimits(Extraction x, String origin, Consumer<String> say) {
    for (Problem p : x.problems()) {
      if (p.stage().equals("size") || p.stage().equals("budget")) {
        say.accept("dyad: " + origin + ": " + p.message());
      }
    }
    return x;
  }

  /** The options that only a door that extracts with its own threads and engine files takes, as given. */
  List<String> filesAndThreadsGiven() {
    List<String> given = new ArrayList<>();
    if (!patterns.isEmpty()) {
      given.add("--patterns");
    }
    if (dictionaries != null) {
      given.add("--dictionaries");
    }
    if (threads != null) {
      given.add("--threads");
    }
    return given;
  }

  private static void addIf(Set<String> off, boolean on, String stage) {
    if (on) {
      off.add(stage);
    }
  }
}
