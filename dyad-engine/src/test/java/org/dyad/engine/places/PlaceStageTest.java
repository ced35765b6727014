package org.dyad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.dyad.engine.Engine;
import org.dyad.engine.Extractions;
import org.dyad.engine.SharedParser;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Extraction;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;

class PlaceStageTest {
  private static final String TEXT = "Japanese Prime Minister Fumio Kishida visited Seoul on Sunday, the ministry said.";

  private static Extraction extract(Engine engine) {
    return Extractions.withoutProblems(engine.extract(
        new Document("t", null, TEXT, LocalDate.of(2023, 12, 11), DateSource.METADATA, null, "test", Map.of())));
  }

  private static String render(Place p) {
    return p.name() + " " + p.kind() + " " + p.country() + " " + p.admin1() + " " + p.geonameId();
  }

  @Test
  void aCityNamedInTheTextIsPlacedAndTheEventThereTakesTheEntitysPlace() {
    Extraction x = extract(SharedParser.engine());
    Entity seoul = x.entities().stream().filter(e -> e.name().equals("Seoul")).findFirst().orElseThrow();
    assertThat(render(seoul.place())).isEqualTo("Seoul CITY KOR 11 1835848");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Fumio Kishida")).extracting(Entity::place)
        .containsOnlyNulls();
    assertThat(x.events()).extracting(e -> e.code() + " " + render(e.place())).containsExactly(
        "042 Seoul CITY KOR 11 1835848");
    assertThat(x.events().get(0).place()).isSameAs(seoul.place());
  }

  @Test
  void withoutThePlacesStageNoEntityIsPlacedAndTheEventKeepsThePlacesNameOnly() {
    Extraction x = extract(Engine.builder().parser(SharedParser.get()).without("places").build());
    assertThat(x.entities()).extracting(Entity::place).containsOnlyNulls();
    assertThat(x.events()).extracting(e -> e.code() + " " + e.place())
        .containsExactly("042 " + new Place("Seoul", "KOR", null, null));
  }
}
