package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.DateSource;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventDateSource;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;

/** Extractions made by hand, so that store tests need no NLP models. */
final class Articles {
  private Articles() {}

  /**
   * "Japan condemned the United States on Friday over tariffs, officials said. Report ID." with Japan and the United States
   * as entities, "Friday" as a timex, a reported-speech quote, and one event of {@code code} from Japan to the
   * United States.
   */
  static Extraction dispute(String id, LocalDate date, String credit, String code, double goldstein, int quad) {
    String text = "Japan condemned the United States on Friday over tariffs, officials said.\nReport " + id + ".\n";
    Entity japan = new Entity("E1", "Japan", EntityType.COUNTRY, "JPN", null, "JPN", List.of(at(text, "Japan")));
    Entity usa = new Entity("E2", "United States", EntityType.COUNTRY, "USA", null, "USA",
        List.of(at(text, "United States")));
    Mention fri = at(text, "Friday");
    Timex friday = new Timex(fri.start(), fri.end(), fri.text(), TimexType.DATE, date.toString(), null);
    Mention said = at(text, "said");
    int comma = text.indexOf(',');
    Quote quote = new Quote(0, comma, text.substring(0, comma), false, "say", said,
        new Speaker(null, "officials", null, at(text, "officials")), null);
    Event event = event(text, "V1", code, goldstein, quad, "JPN", "USA", date.toString(), "condemned");
    return new Extraction(id, "Japan condemns US", date, DateSource.METADATA, credit, text, List.of(japan, usa),
        List.of(friday), List.of(quote), List.of(event), List.of(), Map.of("url", "https://example.org/" + id));
  }

  /** A document without any facts. */
  static Extraction plain(String id, String text, LocalDate date) {
    return new Extraction(id, null, date, DateSource.METADATA, null, text, List.of(), List.of(), List.of(), List.of(),
        List.of(), Map.of());
  }

  /**
   * An event between two countries, its evidence the first occurrence of {@code word}; statements (01x) have
   * no PLOVER type, as in the codebook.
   */
  static Event event(String text, String id, String code, double goldstein, int quad, String source, String target,
      String date, String word) {
    Mention evidence = at(text, word);
    String plover = code.startsWith("01") ? null : "PLOVER";
    return new Event(id, code, code.substring(0, 2), "name of " + code, plover, null, goldstein, quad,
        new EventActor("E1", source, source), new EventActor("E2", target, target), date, EventDateSource.TEXT, null,
        List.of(Modality.ASSERTED), false, List.of(evidence), evidence, "test rule", null);
  }

  /** {@code e} with other modalities. */
  static Event withModality(Event e, Modality... modality) {
    return new Event(e.id(), e.code(), e.root(), e.name(), e.plover(), e.ploverMode(), e.goldstein(), e.quadClass(),
        e.source(), e.target(), e.date(), e.dateSource(), e.place(), List.of(modality), e.historical(), e.mentions(),
        e.evidence(), e.rule(), e.act());
  }

  /** {@code x} with other events. */
  static Extraction withEvents(Extraction x, List<Event> events) {
    return new Extraction(x.id(), x.title(), x.date(), x.dateSource(), x.credit(), x.text(), x.entities(),
        x.timexes(), x.quotes(), new ArrayList<>(events), x.problems(), x.metadata());
  }

  static Mention at(String text, String word) {
    int i = text.indexOf(word);
    if (i < 0) {
      throw new IllegalArgumentException(word + " not in " + text);
    }
    return Mention.of(text, i, i + word.length());
  }
}
