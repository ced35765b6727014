package org.dyad.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

  private Engine(Function<Engine, Parser> parser, EventCoder events) {
    this.parser = parser.apply(this);
    this.events = events;
  }

  /**
   * An engine on the lean CoreNLP pipeline, which parses only the sentences {@link #worthParsing} picks.
   * Loads the models: call once per process.
   */
  public static Engine create() {
    return new Engine(engine -> new CoreNlpParser(engine::worthParsing), new EventCoder());
  }

  /** An engine on the lean CoreNLP pipeline whose event coder also reads the user's pattern files. */
  public static Engine create(List<Path> patternFiles) {
    return new Engine(engine -> new CoreNlpParser(engine::worthParsing), new EventCoder(patternFiles));
  }

  /** An engine on another parser (tests, other backends). */
  public static Engine withParser(Parser parser) {
    return new Engine(engine -> parser, new EventCoder());
  }

  /** An engine on another parser and event coder (the user's own event patterns). */
  public static Engine withParser(Parser parser, EventCoder events) {
    return new Engine(engine -> parser, events);
  }

  /** This engine with another event coder (a PETRARCH dictionary set), sharing the loaded parser. */
  public Engine withEvents(EventCoder coder) {
    return new Engine(engine -> parser, coder);
  }

  /**
   * Whether the dependency parse of {@code s} can matter, the parse being the dearest step: when it has a
   * verb and may mention an actor (a named entity, a dictionary word, a pronoun: an event) or a date whose
   * direction the tense decides, or when it has a speech cue at all (reported speech). The rest (tables,
   * datelines, figures, verbless headlines) go unparsed; every stage reads them without a parse.
   */
  private boolean worthParsing(Sentence s) {
    if (quotes.mayHoldSpeech(s)) {
      return true;
    }
    boolean predicate = false;
    for (var t : s.tokens()) {
      predicate |= t.isVerb() || t.pos().equals("MD");
    }
    return predicate && (actors.mayNameActor(s) || time.mayNeedTense(s));
  }

  /** Extracts every fact from one document. Never throws on bad text: failures become problems. */
  public Extraction extract(Document doc) {
    return extract(doc, Timings.NONE);
  }

  /** {@link #extract(Document)}, adding the time each stage takes and the tokens read to {@code timings}. */
  public Extraction extract(Document doc, Timings timings) {
    String text = doc.text();
    List<Problem> problems = new ArrayList<>();
    List<Sentence> sentences = guard("nlp", timings, problems, text, () -> parser.parse(text, timings::add), List.of());
    Object dateline = doc.metadata().get("dateline");
    Entities entities = guard("actors", timings, problems, text,
        () -> actors.resolve(text, doc.title(), sentences, doc.date(), dateline instanceof String d ? d : null),
        new Entities(List.of()));
    List<Timex> timexes =
        guard("time", timings, problems, text, () -> time.tag(text, doc.date(), sentences), List.of());
    List<Quote> found =
        guard("quotes", timings, problems, text, () -> quotes.find(text, sentences, entities), List.of());
    List<Event> coded = guard("events", timings, problems, text,
        () -> events.code(text, doc.title(), doc.date(), sentences, entities, timexes, found), List.of());
    List<Event> placed = guard("places", timings, problems, text, () -> places.locate(coded), coded);
    if (timings.on()) {
      timings.count("documents", 1);
      timings.count("sentences", sentences.size());
      timings.count("parsed sentences", sentences.stream().filter(Sentence::parsed).count());
      timings.count("tokens", sentences.stream().mapToLong(Sentence::size).sum());
    }
    return new Extraction(doc.id(), doc.title(), doc.date(), doc.dateSource(), doc.credit(), text,
        entities.all(), timexes, found, placed, problems, doc.metadata());
  }

  /** Runs one stage, turning its failure into a problem, and adds its time to {@code timings}. */
  private static <T> T guard(String stage, Timings timings, List<Problem> problems, String text,
      Supplier<T> work, T fallback) {
    long t0 = System.nanoTime();
    try {
      return work.get();
    } catch (RuntimeException e) {
      problems.add(new Problem(stage + " failed: " + e, 0, text.length()));
      return fallback;
    } finally {
      timings.add(stage, System.nanoTime() - t0);
    }
  }
}
