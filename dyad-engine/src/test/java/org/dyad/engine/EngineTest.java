package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.dyad.engine.events.EventCoder;
import org.dyad.engine.events.petrarch.DictionaryReader;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.Stage;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.junit.jupiter.api.Test;

/** The engine as a pipeline of declared stages: what its builder checks and what switching stages off does. */
class EngineTest {
  private static final String TEXT = "Japanese Prime Minister Fumio Kishida visited Seoul on Sunday, the ministry said.";

  private static Document doc(String text) {
    return new Document("t", null, text, LocalDate.of(2023, 12, 11), DateSource.METADATA, null, "test", Map.of());
  }

  @Test
  void switchingOffAStageWhoseKeyALaterStageNeedsFailsTheBuildNamingIt() {
    assertThatThrownBy(() -> Engine.builder().without("actors").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage places requires entities (List<Entity>), which no stage before it produces: "
            + "stage actors produces it, switch it on");
    assertThatThrownBy(() -> Engine.builder().without("nlp").build())
        .hasMessageStartingWith("stage actors requires sentences (List<Sentence>)");
  }

  @Test
  void anUnknownStageNameIsRejectedListingTheStages() {
    assertThatThrownBy(() -> Engine.builder().without("geocoding"))
        .hasMessage("no stage geocoding; the stages are nlp, actors, places, time, quotes, events");
  }

  @Test
  void anActorsOnlyEngineFindsTheActorsAndNothingElse() {
    Engine actors = Engine.builder().parser(SharedParser.get()).without("time", "quotes", "events", "places").build();
    assertThat(actors.stages()).extracting(Stage::name).containsExactly("nlp", "actors");
    Extraction x = Extractions.withoutProblems(actors.extract(doc(TEXT)));
    assertThat(x.entities()).extracting(e -> e.name()).contains("Fumio Kishida", "Seoul");
    assertThat(x.timexes()).isEmpty();
    assertThat(x.quotes()).isEmpty();
    assertThat(x.events()).isEmpty();
  }

  @Test
  void theParseIsRunOnlyOnTheSentencesAStageAsksFor() {
    Engine none = Engine.builder().parser(SharedParser.get())
        .without("actors", "time", "quotes", "events", "places").build();
    Timings nothingAsked = new Timings();
    none.extract(doc(TEXT), nothingAsked);
    assertThat(nothingAsked.count("sentences")).isEqualTo(1);
    assertThat(nothingAsked.count("parsed sentences")).isZero();
    Timings all = new Timings();
    SharedParser.engine().extract(doc(TEXT), all);
    assertThat(all.count("parsed sentences")).isEqualTo(1);
    assertThat(all.nanos().keySet()).contains("nlp.pos", "nlp", "actors", "time", "quotes", "events", "places");
  }

  @Test
  void thePetrarchCoderRequiresTheSentencesOnlySoItRunsWithoutDyadsActors() {
    EventCoder petrarch = EventCoder.petrarch(new DictionaryReader().dictionaries());
    assertThat(petrarch.requires()).containsExactly(Keys.SENTENCES);
    assertThat(EventCoder.patterns().requires())
        .containsExactlyInAnyOrder(Keys.SENTENCES, Keys.ENTITIES, Keys.TIMEXES, Keys.QUOTES);
    Engine engine = Engine.builder().parser(SharedParser.get()).events(petrarch)
        .without("actors", "places", "time", "quotes").build();
    assertThat(engine.stages()).extracting(Stage::name).containsExactly("nlp", "events");
    assertThat(Extractions.withoutProblems(engine.extract(doc(TEXT))).entities()).isEmpty();
  }

  @Test
  void anEngineWithAnotherCoderKeepsTheStagesSwitchedOff() {
    Engine engine = Engine.builder().parser(SharedParser.get()).without("places").build()
        .withEvents(EventCoder.petrarch(new DictionaryReader().dictionaries()));
    assertThat(engine.stages()).extracting(Stage::name).containsExactly("nlp", "actors", "time", "quotes", "events");
  }
  @Test
  void aDocumentOverTheSizeLimitIsAProblemNamingItAndNothingIsExtracted() {
    Engine small = Engine.builder().parser(SharedParser.get()).limits(new Limits(TEXT.length() - 1, 400)).build();
    Extraction x = small.extract(doc(TEXT));
    assertThat(x.entities()).isEmpty();
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).extracting(p -> p.stage() + ": " + p.message()).containsExactly(
        "size: document t (test): a text of 81 characters, over the limit of 80, is not extracted");
    Engine enough = Engine.builder().parser(SharedParser.get()).limits(new Limits(TEXT.length(), 400)).build();
    assertThat(Extractions.withoutProblems(enough.extract(doc(TEXT))).entities()).isNotEmpty();
    assertThat(Limits.DEFAULTS.maxChars()).isEqualTo(1_000_000);
    assertThat(EngineOptions.DEFAULTS.limits()).isEqualTo(Limits.DEFAULTS);
  }

  @Test
  void aSentenceOverTheTokenLimitIsNotParsedButKeepsItsTokensAndOffsetsWithAProblemOverIt() {
    String text = "Japan thanked South Korea. " + TEXT;
    Engine limited = Engine.builder().parser(SharedParser.get()).limits(new Limits(1_000_000, 12)).build();
    Timings t = new Timings();
    Extraction x = limited.extract(doc(text), t);
    assertThat(t.count("sentences")).isEqualTo(2);
    assertThat(t.count("parsed sentences")).as("the short sentence only").isEqualTo(1);
    assertThat(x.problems()).extracting(p -> p.stage() + " [" + p.start() + "," + p.end() + ") " + p.message())
        .containsExactly("nlp [27,108) a sentence of 14 tokens, over the limit of 12, is not parsed: its tokens are"
            + " kept, its clauses are not read");
    assertThat(x.events()).extracting(e -> e.code() + " " + e.evidence().text()).containsExactly(
        "051 Japan thanked South Korea");
    assertThat(x.entities()).flatExtracting(e -> e.mentions()).allSatisfy(
        m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(x.entities()).extracting(e -> e.name()).contains("Fumio Kishida", "Seoul");
  }
}
