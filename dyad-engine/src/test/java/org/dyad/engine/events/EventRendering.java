package org.dyad.engine.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.engine.Engine;
import org.dyad.engine.Extractions;
import org.dyad.engine.SharedParser;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Extraction;

/**
 * Runs the whole engine on a text and renders each event on one line, for assertions; every extraction is first
 * checked to hold no problem, so "no event" never passes because the coder threw. The engine keeps one-sided
 * events ({@code --one-sided-events}), so that what the coder reads of each side shows; {@link #dyads} is the
 * engine as users get it by default.
 */
final class EventRendering {
  static final LocalDate DATE = LocalDate.of(2023, 12, 11);
  private static Engine engine;

  private EventRendering() {}

  static Extraction extract(String text) {
    if (engine == null) {
      engine = SharedParser.engine().withOneSidedEvents();
    }
    return extract(engine, text);
  }

  /** The events of the engine as users get it by default: those with both a source and a target. */
  static List<String> dyads(String text) {
    return extract(SharedParser.engine(), text).events().stream().map(EventRendering::render).toList();
  }

  private static Extraction extract(Engine e, String text) {
    return Extractions.withoutProblems(
        e.extract(new Document("t", null, text, DATE, DateSource.METADATA, null, "test", Map.of())));
  }

  static List<String> events(String text) {
    return extract(text).events().stream().map(EventRendering::render).collect(Collectors.toList());
  }

  /**
   * {@code 042 Make a visit JPNGOV->KOR 2023-12-10 place=Seoul [asserted]}; "historical" when it is, the act
   * announced ({@code act=071}) when there is one.
   */
  static String render(Event e) {
    return e.code() + " " + e.name() + " " + actor(e.source()) + "->" + (e.target() == null ? "-" : actor(e.target()))
        + " " + e.date() + (e.place() == null ? "" : " place=" + e.place().name())
        + " " + e.modality().stream().map(m -> m.name().toLowerCase()).toList()
        + (e.historical() ? " historical" : "")
        + (e.act() == null ? "" : " act=" + e.act())
        + (e.mentions().size() > 1 ? " x" + e.mentions().size() : "");
  }

  private static String actor(EventActor a) {
    return a.actor() != null ? a.actor() : a.country() != null ? a.country() : "?";
  }
}
