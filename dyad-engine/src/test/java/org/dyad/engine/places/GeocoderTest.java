package org.dyad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GeocoderTest {
  private static final Geocoder GEOCODER = new Geocoder(Gazetteer.standard());

  private static Entity entity(String id, String name, EntityType type, @Nullable String country, int mentions) {
    List<Mention> m = Collections.nCopies(mentions, new Mention(0, name.length(), name));
    return new Entity(id, name, type, country, null, country, m);
  }

  private static Entity place(String name, @Nullable String country) {
    return entity("E1", name, EntityType.LOCATION, country, 1);
  }

  private static @Nullable Place located(Entity e, Entity... others) {
    List<Entity> all = new ArrayList<>(List.of(e));
    all.addAll(List.of(others));
    return GEOCODER.locate(all).get(0).place();
  }

  @Test
  void aCityGetsItsCoordinatesAdmin1AndIdAndAnUnknownPlaceStaysUnplaced() {
    assertThat(located(place("Seoul", "KOR")))
        .isEqualTo(new Place("Seoul", "KOR", 37.566, 126.9784, PlaceKind.CITY, "11", 1835848L));
    assertThat(located(place("Nowhereville", "KOR"))).isNull();
  }

  @Test
  void aStateIsAFirstOrderDivision() {
    assertThat(located(place("California", "USA")))
        .isEqualTo(new Place("California", "USA", null, null, PlaceKind.ADMIN1, "CA", null));
  }

  @Test
  void aPlaceNamedAsItsCountryIsTheCountry() {
    assertThat(located(entity("E1", "South Korea", EntityType.COUNTRY, "KOR", 1)))
        .isEqualTo(new Place("South Korea", "KOR", null, null, PlaceKind.COUNTRY, null, null));
    assertThat(located(place("ROK", null)))
        .isEqualTo(new Place("ROK", "KOR", null, null, PlaceKind.COUNTRY, null, null));
    // A country name that contradicts the entity's country is left unplaced.
    assertThat(located(place("Japan", "KOR"))).isNull();
  }

  @Test
  void anAmbiguousNameIsLookedForInTheArticlesCountriesBeforeTheLargestPlaceOfTheName() {
    Entity texas = entity("E2", "United States", EntityType.COUNTRY, "USA", 3);
    Entity france = entity("E3", "France", EntityType.COUNTRY, "FRA", 1);
    Place paris = located(place("Paris", null), france, texas);
    assertThat(paris.country() + " " + paris.kind()).isEqualTo("USA CITY");
    assertThat(paris.lat()).isBetween(33.0, 34.0); // Paris, Texas: the United States is named most
    assertThat(located(place("Paris", null)).country()).isEqualTo("FRA"); // no country named: the largest
    // The entity's own country comes before the article's.
    assertThat(located(place("Paris", "FRA"), texas).country()).isEqualTo("FRA");
  }

  @Test
  void onlyPlaceEntitiesArePlaced() {
    List<Entity> out = GEOCODER.locate(List.of(entity("E1", "Paris", EntityType.PERSON, null, 1),
        entity("E2", "Georgia", EntityType.ORGANIZATION, null, 1)));
    assertThat(out).extracting(Entity::place).containsOnlyNulls();
  }
}
