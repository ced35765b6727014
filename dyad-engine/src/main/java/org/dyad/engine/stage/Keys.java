package org.dyad.engine.stage;

import java.util.List;
import org.dyad.engine.nlp.Sentence;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Timex;

/** The keys of dyad's own stages, in the order the engine produces them. */
public final class Keys {
  /** The document's sentences, tagged, and parsed where a stage asked for it: {@link ParseStage}. */
  public static final Key<List<Sentence>> SENTENCES = Key.list("sentences", Sentence.class);
  /**
   * The actors, in order of first mention, ids {@code E1}, {@code E2} ...: the actors stage; the places stage
   * geocodes the place entities.
   */
  public static final Key<List<Entity>> ENTITIES = Key.list("entities", Entity.class);
  /** The time expressions, normalised against the document date: the time stage. */
  public static final Key<List<Timex>> TIMEXES = Key.list("timexes", Timex.class);
  /** Direct quotes and reported speech with their speakers: the quotes stage. */
  public static final Key<List<Quote>> QUOTES = Key.list("quotes", Quote.class);
  /** The events, merged, ids {@code V1}, {@code V2} ...: the event coder. */
  public static final Key<List<Event>> EVENTS = Key.list("events", Event.class);

  private Keys() {}
}
