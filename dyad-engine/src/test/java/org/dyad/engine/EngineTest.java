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
        .hasMessage("stage quotes requires entities (List<Entity>), which no stage before it produces: "
            + "stage actors produces it, switch it on");
    assertThatThrownBy(() -> Engine.builder().without("nlp").build())
        .hasMessageStartingWith("stage actors requires sentences (List<Sentence>)");
  }

  @Test
  void anUnknownStageNameIsRejectedListingTheStages() {
    assertThatThrownBy(() -> Engine.builder().without("geocoding"))
        .hasMessage("no stage geocoding; the stages are nlp, actors, time, quotes, events, places");
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
    Engine engine = Engine.builder().parser(SharedParser.get()).events(petrarch).without("actors", "time", "quotes")
        .build();
    assertThat(engine.stages()).extracting(Stage::name).containsExactly("nlp", "events", "places");
    assertThat(Extractions.withoutProblems(engine.extract(doc(TEXT))).entities()).isEmpty();
  }

  @Test
  void anEngineWithAnotherCoderKeepsTheStagesSwitchedOff() {
    Engine engine = Engine.builder().parser(SharedParser.get()).without("places").build()
        .withEvents(EventCoder.petrarch(new DictionaryReader().dictionaries()));
    assertThat(engine.stages()).extracting(Stage::name).containsExactly("nlp", "actors", "time", "quotes", "events");
  }
}
