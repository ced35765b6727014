package org.dyad.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.actors.ActorStage;
import org.dyad.engine.actors.Dictionary;
import org.dyad.engine.events.EventCoder;
import org.dyad.engine.nlp.CoreNlpParser;
import org.dyad.engine.nlp.Parser;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.places.Gazetteer;
import org.dyad.engine.places.PlaceStage;
import org.dyad.engine.quotes.QuoteStage;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.ParseStage;
import org.dyad.engine.stage.Pipeline;
import org.dyad.engine.stage.Stage;
import org.dyad.engine.time.TimeStage;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.dyad.model.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Text in, {@link Extraction} out. Build one (the NLP models load for seconds), share it across threads: it
 * holds no per-document state.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Extraction x = engine.extract(document);
 *
 * Engine actorsOnly = Engine.builder().without("places", "time", "quotes", "events").build();
 * }</pre>
 *
 * <p>The engine is a {@link Pipeline} of stages, in this order: {@code nlp} (sentences, tags, the parse of the
 * sentences some stage asks for), {@code actors}, {@code places} (the place entities geocoded), {@code time},
 * {@code quotes}, {@code events} (dyad's pattern coder or the PETRARCH coder). Each declares the keys it requires and produces
 * ({@link org.dyad.engine.stage.Keys}); the builder checks the chain. A fact of a stage that is switched off
 * is absent from the extraction (an empty list).
 */
public final class Engine {
  /** The names of the stages, in the order they run. */
  public static final List<String> STAGES = List.of("nlp", "actors", "places", "time", "quotes", "events");

  private final Pipeline pipeline;
  private final Builder settings;

  private Engine(Pipeline pipeline, Builder settings) {
    this.pipeline = pipeline;
    this.settings = settings;
  }

  /** An engine on the lean CoreNLP pipeline with every stage. Loads the models: call once per process. */
  public static Engine create() {
    return builder().build();
  }

  /** A builder of an engine: every stage on, the lean CoreNLP parser, dyad's own event coder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This engine with another event coder (a PETRARCH dictionary set), sharing the loaded parser. */
  public Engine withEvents(EventCoder coder) {
    return settings.copy().events(coder).build();
  }

  /**
   * This engine with its event coder keeping events with one side too ({@link EventCoder#withOneSidedEvents()}),
   * sharing the loaded parser.
   */
  public Engine withOneSidedEvents() {
    return withEvents(settings.coder().withOneSidedEvents());
  }

  /** The stages this engine runs, in order. */
  public List<Stage> stages() {
    return pipeline.stages();
  }

  /** Extracts every fact from one document. Never throws on bad text: failures become problems. */
  public Extraction extract(Document doc) {
    return extract(doc, Timings.NONE);
  }

  /**
   * {@link #extract(Document)}, adding the time each stage takes and the tokens read to {@code timings}. A
   * document over the {@link Limits} comes out with no facts and a problem of stage {@code size} naming it; one
   * over its time budget with the facts of the stages run in time and a problem of stage {@code budget}.
   */
  public Extraction extract(Document doc, Timings timings) {
    int chars = doc.text().length();
    if (chars > settings.limits.maxChars()) {
      Problem tooLong = new Problem("size", String.format(Locale.ROOT, "document %s (%s): a text of %,d characters,"
          + " over the limit of %,d, is not extracted", doc.id(), doc.origin(), chars, settings.limits.maxChars()),
          0, 0);
      return new Extraction(doc.id(), doc.title(), doc.date(), doc.dateSource(), doc.credit(), doc.text(),
          List.of(), List.of(), List.of(), List.of(), List.of(tooLong), doc.metadata());
    }
    Analysis a = pipeline.run(doc, timings::add, settings.limits.budgetNanos());
    List<Sentence> sentences = a.getOrEmpty(Keys.SENTENCES);
    if (timings.on()) {
      timings.count("documents", 1);
      timings.count("sentences", sentences.size());
      timings.count("parsed sentences", sentences.stream().filter(Sentence::parsed).count());
      timings.count("tokens", sentences.stream().mapToLong(Sentence::size).sum());
    }
    return new Extraction(doc.id(), doc.title(), doc.date(), doc.dateSource(), doc.credit(), doc.text(),
        a.getOrEmpty(Keys.ENTITIES), a.getOrEmpty(Keys.TIMEXES), a.getOrEmpty(Keys.QUOTES),
        a.getOrEmpty(Keys.EVENTS), a.problems(), doc.metadata());
  }

  /**
   * Assembles an engine: which parser, which event coder, which stages are switched off. {@link #build()}
   * checks that every stage left on has what it requires, and fails naming the stage, the key it misses and
   * the stage that would produce it.
   */
  public static final class Builder {
    /** The parser of a pipeline checked before the models load, or of one without the {@code nlp} stage. */
    private static final Parser UNLOADED = (text, parse, elapsed) -> {
      throw new IllegalStateException("no parser");
    };

    private @Nullable Parser parser;
    /** Null until given or first needed: dyad's own coder loads its lexicon only when no other coder is given. */
    private @Nullable EventCoder events;
    private Limits limits = Limits.DEFAULTS;
    private final Set<String> off = new LinkedHashSet<>();

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.parser = parser;
      b.events = events;
      b.limits = limits;
      b.off.addAll(off);
      return b;
    }

    /** The parser of the {@code nlp} stage; by default the lean CoreNLP pipeline, loaded by {@link #build()}. */
    public Builder parser(Parser parser) {
      this.parser = parser;
      return this;
    }

    /** The coder of the {@code events} stage: {@link EventCoder#patterns()} (the default) or a PETRARCH one. */
    public Builder events(EventCoder coder) {
      this.events = coder;
      return this;
    }

    /** How much of one document the engine takes on: {@link Limits#DEFAULTS} unless told. */
    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Switches off the named stages (of {@link Engine#STAGES}): an actors-only engine is
     * {@code without("places", "time", "quotes", "events")}.
     *
     * @throws IllegalArgumentException for a name that is no stage's
     */
    public Builder without(String... stages) {
      for (String s : stages) {
        if (!STAGES.contains(s)) {
          throw new IllegalArgumentException("no stage " + s + "; the stages are " + String.join(", ", STAGES));
        }
        off.add(s);
      }
      return this;
    }

    /**
     * Checks the chain of the stages left on without loading the models: what {@link #build()} checks first.
     *
     * @return this builder
     * @throws IllegalArgumentException when a stage left on requires what no stage before it produces, naming
     *     the stage, the key it misses and the stage that would produce it ("stage events requires entities
     *     (List&lt;Entity&gt;), which no stage before it produces: stage actors produces it, switch it on")
     */
    public Builder check() {
      List<Stage> known = known();
      Pipeline.of(on(known), known);
      return this;
    }

    private List<Stage> known() {
      Parser p = parser == null ? UNLOADED : parser;
      return new ArrayList<>(List.of(new ParseStage(p, limits.maxSentenceTokens()),
          new ActorStage(Dictionary.standard()), new PlaceStage(Gazetteer.standard()), new TimeStage(),
          new QuoteStage(), coder()));
    }

    private EventCoder coder() {
      if (events == null) {
        events = EventCoder.patterns();
      }
      return events;
    }

    /**
     * The engine, its models loaded (the parser's, when none was given).
     *
     * @throws IllegalArgumentException when a stage left on requires what no stage before it produces
     */
    public Engine build() {
      List<Stage> known = known();
      Pipeline.of(on(known), known); // the chain is checked before the models load
      if (parser == null && !off.contains("nlp")) {
        parser = new CoreNlpParser();
        known.set(0, new ParseStage(parser, limits.maxSentenceTokens()));
      }
      return new Engine(Pipeline.of(on(known), known), copy());
    }

    private List<Stage> on(List<Stage> known) {
      return known.stream().filter(s -> !off.contains(s.name())).toList();
    }
  }
}
