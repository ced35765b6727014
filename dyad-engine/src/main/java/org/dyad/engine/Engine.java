package org.dyad.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dyad.engine.actors.ActorResolver;
import org.dyad.engine.actors.Dictionary;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.events.EventCoder;
import org.dyad.engine.nlp.CoreNlpParser;
import org.dyad.engine.nlp.Parser;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.places.Gazetteer;
import org.dyad.engine.places.Geocoder;
import org.dyad.engine.quotes.QuoteFinder;
import org.dyad.engine.time.TimeTagger;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.dyad.model.Problem;
import org.dyad.model.Quote;
import org.dyad.model.Timex;

/**
 * Text in, {@link Extraction} out. Build one (the NLP models load for seconds), share it across threads: it
 * holds no per-document state.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Extraction x = engine.extract(document);
 * }</pre>
 */
public final class Engine {
  private final Parser parser;
  private final ActorResolver actors = new ActorResolver(Dictionary.standard());
  private final TimeTagger time = new TimeTagger();
  private final QuoteFinder quotes = new QuoteFinder();
  private final EventCoder events;
  private final Geocoder places = new Geocoder(Gazetteer.standard());

  private Engine(Parser parser, EventCoder events) {
    this.parser = parser;
    this.events = events;
  }

  /** An engine on the lean CoreNLP pipeline. Loads the models: call once per process. */
  public static Engine create() {
    return new Engine(new CoreNlpParser(), new EventCoder());
  }

  /** An engine on the lean CoreNLP pipeline whose event coder also reads the user's pattern files. */
  public static Engine create(List<Path> patternFiles) {
    return new Engine(new CoreNlpParser(), new EventCoder(patternFiles));
  }

  /** An engine on another parser (tests, other backends). */
  public static Engine withParser(Parser parser) {
    return new Engine(parser, new EventCoder());
  }

  /** An engine on another parser and event coder (the user's own event patterns). */
  public static Engine withParser(Parser parser, EventCoder events) {
    return new Engine(parser, events);
  }

  /** This engine with another event coder (a PETRARCH dictionary set), sharing the loaded parser. */
  public Engine withEvents(EventCoder coder) {
    return new Engine(parser, coder);
  }

  /** Extracts every fact from one document. Never throws on bad text: failures become problems. */
  public Extraction extract(Document doc) {
    String text = doc.text();
    List<Problem> problems = new ArrayList<>();
    List<Sentence> sentences = guard("nlp", problems, text, () -> parser.parse(text), List.of());
    Entities entities =
        guard("actors", problems, text, () -> actors.resolve(text, sentences), new Entities(List.of()));
    List<Timex> timexes = guard("time", problems, text, () -> time.tag(text, doc.date(), sentences), List.of());
    List<Quote> found = guard("quotes", problems, text, () -> quotes.find(text, sentences, entities), List.of());
    List<Event> coded = guard("events", problems, text,
        () -> events.code(text, doc.title(), doc.date(), sentences, entities, timexes, found), List.of());
    List<Event> placed = guard("places", problems, text, () -> places.locate(coded), coded);
    return new Extraction(doc.id(), doc.title(), doc.date(), doc.dateSource(), doc.credit(), text,
        entities.all(), timexes, found, placed, problems, doc.metadata());
  }

  private static <T> T guard(String stage, List<Problem> problems, String text, Supplier<T> work, T fallback) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      problems.add(new Problem(stage + " failed: " + e, 0, text.length()));
      return fallback;
    }
  }
}
