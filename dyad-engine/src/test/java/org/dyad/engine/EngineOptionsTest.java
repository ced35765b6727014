package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.engine.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every door builds its engine from: their defaults, what they refuse, the engine they ask for. */
class EngineOptionsTest {
  @TempDir Path dir;

  @Test
  void theDefaultsAreEveryStageDyadsOwnCoderAndAThreadPerCore() {
    EngineOptions d = EngineOptions.DEFAULTS;
    assertThat(d.patterns()).isEmpty();
    assertThat(d.dictionaries()).isNull();
    assertThat(d.stagesOff()).isEmpty();
    assertThat(d.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void patternFilesWithADictionarySetNoThreadsOrAnUnknownStageAreRefused() {
    assertThatThrownBy(() -> new EngineOptions(List.of(Path.of("mine.tsv")), Path.of("petrarch"), 1, Set.of()))
        .hasMessageContaining("cannot be combined with a PETRARCH dictionary set");
    assertThatThrownBy(() -> new EngineOptions(List.of(), null, 0, Set.of())).hasMessage("threads must be at least 1, not 0");
    assertThatThrownBy(() -> new EngineOptions(List.of(), null, 1, Set.of("geocoding")))
        .hasMessage("no stage geocoding; the stages are nlp, actors, places, time, quotes, events");
  }

  @Test
  void aStageSwitchedOffThatALaterStageNeedsIsNamedBeforeAnythingLoads() {
    List<String> told = new ArrayList<>();
    assertThatThrownBy(() -> EngineOptions.DEFAULTS.withStagesOff(Set.of("time")).builder(told::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage events requires timexes (List<Timex>), which no stage before it produces: "
            + "stage time produces it, switch it on");
    assertThat(told).isEmpty();
  }

  @Test
  void theStagesSwitchedOffAndTheDictionarySetMakeTheEngine() throws Exception {
    Engine noEvents = EngineOptions.DEFAULTS.withStagesOff(Set.of("events", "places")).builder(m -> {})
        .parser(SharedParser.get()).build();
    assertThat(noEvents.stages()).extracting(Stage::name).containsExactly("nlp", "actors", "time", "quotes");
    Path set = Files.createDirectories(dir.resolve("petrarch"));
    Files.writeString(set.resolve("mine.verbs.txt"), "--- PRAISE [051] ---\nPRAISE\n- no star here [051]\n");
    List<String> told = new ArrayList<>();
    Engine petrarch = new EngineOptions(List.of(), set, 1, Set.of("actors", "places", "time", "quotes"))
        .builder(told::add).parser(SharedParser.get()).build();
    assertThat(petrarch.stages()).extracting(Stage::name).containsExactly("nlp", "events");
    assertThat(told).containsExactly(set.resolve("mine.verbs.txt") + ":3: unreadable pattern (needs one * and a"
        + " [code], known synsets): - no star here [051]", "PETRARCH dictionaries: 1 verbs, 0 actors, 0 agents, 0 discards");
  }
}
