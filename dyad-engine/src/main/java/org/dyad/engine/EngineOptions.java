package org.dyad.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.engine.events.EventCoder;
import org.dyad.engine.events.petrarch.Dictionaries;
import org.dyad.engine.events.petrarch.DictionaryReader;
import org.jspecify.annotations.Nullable;

/**
 * What a user asks of an engine, the same for every door that builds one ({@code dyad extract}, {@code ingest},
 * {@code serve}, {@code eval}, {@code spark}): the values of the command line's one engine mixin, immutable, with
 * their defaults here ({@link #DEFAULTS}) and nowhere else.
 *
 * <pre>{@code
 * EngineOptions actorsOnly = EngineOptions.DEFAULTS.withStagesOff(Set.of("places", "time", "quotes", "events"));
 * Engine engine = actorsOnly.builder(System.err::println).build();
 * }</pre>
 *
 * @param patterns more event pattern files in the format of {@code events/patterns.tsv}, added to dyad's own
 *     ({@code --patterns})
 * @param dictionaries a folder holding a PETRARCH/TABARI dictionary set, whose coder replaces dyad's own event
 *     coder ({@code --dictionaries}); null for dyad's own
 * @param threads how many documents the door extracts at once ({@code --threads})
 * @param stagesOff the stages switched off, names of {@link Engine#STAGES} ({@code --no-events} ...)
 * @param limits how much of one document the engine takes on ({@link Limits})
 * @param oneSidedEvents whether events with a source and no target are kept ({@code --one-sided-events}); by
 *     default an event is a dyad, with both actors
 */
public record EngineOptions(List<Path> patterns, @Nullable Path dictionaries, int threads, Set<String> stagesOff,
    Limits limits, boolean oneSidedEvents) {
  /**
   * The help of {@code --one-sided-events}, for every command line that takes it ({@code dyad}'s engine options,
   * {@code spark-submit ... org.dyad.spark.SparkMain}).
   */
  public static final String ONE_SIDED_EVENTS_HELP = "Keep events with one side too (a statement, a protest with no"
      + " addressee); by default an event has a source and a target actor.";

  /** Every stage on, dyad's own event coder and patterns, a thread per core, the default limits. */
  public static final EngineOptions DEFAULTS =
      new EngineOptions(List.of(), null, Runtime.getRuntime().availableProcessors(), Set.of());

  /** The options with the {@link Limits#DEFAULTS}, events with both actors only. */
  public EngineOptions(List<Path> patterns, @Nullable Path dictionaries, int threads, Set<String> stagesOff) {
    this(patterns, dictionaries, threads, stagesOff, Limits.DEFAULTS);
  }

  /** The options with events with both actors only. */
  public EngineOptions(List<Path> patterns, @Nullable Path dictionaries, int threads, Set<String> stagesOff,
      Limits limits) {
    this(patterns, dictionaries, threads, stagesOff, limits, false);
  }

  /**
   * @throws IllegalArgumentException for pattern files together with a dictionary set, fewer than one thread,
   *     or a name that is no stage's
   */
  public EngineOptions {
    patterns = List.copyOf(patterns);
    stagesOff = Collections.unmodifiableSet(new LinkedHashSet<>(stagesOff));
    if (dictionaries != null && !patterns.isEmpty()) {
      throw new IllegalArgumentException(
          "pattern files add to dyad's own event coder; they cannot be combined with a PETRARCH dictionary set");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    for (String s : stagesOff) {
      if (!Engine.STAGES.contains(s)) {
        throw new IllegalArgumentException("no stage " + s + "; the stages are " + String.join(", ", Engine.STAGES));
      }
    }
  }

  /** These options with the stages {@code off} switched off instead. */
  public EngineOptions withStagesOff(Set<String> off) {
    return new EngineOptions(patterns, dictionaries, threads, off, limits, oneSidedEvents);
  }

  /** These options with {@code limits} instead. */
  public EngineOptions withLimits(Limits limits) {
    return new EngineOptions(patterns, dictionaries, threads, stagesOff, limits, oneSidedEvents);
  }

  /**
   * A builder of the engine these options ask for, with its event coder (dyad's own with the pattern files, or
   * the PETRARCH coder on the dictionary set, read now: its unreadable lines and its size are told to
   * {@code log}; either keeping one-sided events when asked), its stages switched off and its limits; the models load when it is built. The chain of stages is
   * checked here, before anything loads.
   *
   * @throws IllegalArgumentException when a stage left on requires what only a stage switched off produces,
   *     naming both (see {@link Engine.Builder#check}), or when the dictionary folder holds no verb dictionary
   */
  public Engine.Builder builder(Consumer<String> log) {
    Engine.Builder b = Engine.builder();
    if (dictionaries != null) {
      Dictionaries d = DictionaryReader.readDirectory(dictionaries);
      if (d.verbs().isEmpty()) {
        throw new IllegalArgumentException("no PETRARCH verb dictionary in " + dictionaries
            + ": a dictionary set has a file named *verbs* or CAMEO* (with *actors*, *agents*, *discards*)");
      }
      d.problems().forEach(p -> log.accept(dictionaries.resolve(p.file()) + ":" + p.line() + ": " + p.message()));
      log.accept(String.format("PETRARCH dictionaries: %d verbs, %d actors, %d agents, %d discards",
          d.verbs().size(), d.actors().size(), d.agents().size(), d.discards().size()));
      b.events(EventCoder.petrarch(d, !oneSidedEvents));
    } else if (!patterns.isEmpty() || oneSidedEvents) {
      EventCoder coder = EventCoder.patterns(patterns);
      b.events(oneSidedEvents ? coder.withOneSidedEvents() : coder);
    }
    return b.limits(limits).without(stagesOff.toArray(String[]::new)).check();
  }
}
