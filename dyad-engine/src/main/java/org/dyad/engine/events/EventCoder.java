package org.dyad.engine.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dyad.engine.actors.Dictionary;
import org.dyad.engine.events.petrarch.Dictionaries;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.Stage;

/**
 * The {@code events} stage: codes a document's political events in CAMEO and puts them, merged so that each
 * real event appears once with all its mentions, under {@link Keys#EVENTS}. An event is a dyad, who did what to
 * whom: by default only events with both a source and a target are kept; an act with one side (a statement, a
 * protest with no addressee) is kept too by the coder {@link #withOneSidedEvents()} gives. Two coders: dyad's own
 * ({@link #patterns()}: verb and event-noun patterns read with dyad's actors, dates and quotes) and PETRARCH's
 * ({@link #petrarch}: a PETRARCH/TABARI dictionary set over the parse, which requires the sentences only).
 * Each codes sentence by sentence under the stage's guard. Immutable and thread-safe.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().events(EventCoder.patterns(List.of(Path.of("mine.tsv")))).build();
 * }</pre>
 */
public interface EventCoder extends Stage {
  @Override
  default String name() {
    return "events";
  }

  @Override
  default Set<Key<?>> produces() {
    return Set.of(Keys.EVENTS);
  }

  /**
   * An event needs a predicate and an actor: the parse of a sentence with a verb that may name one (by dyad's
   * dictionaries, the NER or a pronoun), whichever coder reads it.
   */
  @Override
  default boolean needsParse(Sentence s) {
    return s.hasVerb() && Dictionary.standard().mayNameActor(s);
  }

  /**
   * This coder keeping the events with a source and no target too ({@code --one-sided-events}), on the same
   * lexicon or dictionaries.
   */
  EventCoder withOneSidedEvents();

  /** dyad's coder on its own lexicon ({@code patterns.tsv}, {@code petrarch-patterns.tsv}). */
  static EventCoder patterns() {
    return new PatternCoder(List.of());
  }

  /**
   * dyad's coder on its patterns plus the user's pattern files (same format as {@code patterns.tsv}); a user's
   * pattern wins over dyad's own of the same specificity only by standing earlier, so user files add predicates
   * rather than override them, and wins over the patterns converted from PETRARCH.
   */
  static EventCoder patterns(List<Path> extraPatternFiles) {
    return new PatternCoder(extraPatternFiles);
  }

  /**
   * A coder on a PETRARCH dictionary set instead of dyad's patterns and actors: events carry the dictionaries'
   * actor and event codes; a code that dyad's CAMEO codebook does not know keeps its name empty and its
   * Goldstein value and QuadClass 0.
   */
  static EventCoder petrarch(Dictionaries dictionaries) {
    return petrarch(dictionaries, true);
  }

  /**
   * {@link #petrarch(Dictionaries)} with PETRARCH's {@code require_dyad} option as given: false keeps the events
   * with no target, as {@link #withOneSidedEvents()} does.
   */
  static EventCoder petrarch(Dictionaries dictionaries, boolean requireDyad) {
    return new PetrarchEventCoder(dictionaries, requireDyad);
  }
}
