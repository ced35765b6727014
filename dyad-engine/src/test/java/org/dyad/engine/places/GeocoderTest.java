package org.dyad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventDateSource;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.junit.jupiter.api.Test;

class GeocoderTest {
  private static final Geocoder GEOCODER = new Geocoder(Gazetteer.standard());

  private static Event visit(Place place) {
    Mention m = new Mention(0, 5, "visit");
    return new Event("V1", "042", "04", "Make a visit", "CONSULT", "visit", 1.9, 1,
        new EventActor("E1", "JPNGOV", "JPN"), new EventActor(null, "KOR", "KOR"), "2023-12-10",
        EventDateSource.TEXT, place, List.of(Modality.ASSERTED), false, List.of(m), m, "test", null);
  }

  @Test
  void aCityGetsItsCoordinatesAdmin1AndIdAndAnUnknownPlaceStaysAsTheTextNamedIt() {
    List<Event> out = GEOCODER.locate(List.of(visit(new Place("Seoul", "KOR", null, null)),
        visit(new Place("Nowhereville", "KOR", null, null))));
    assertThat(out.get(0).place())
        .isEqualTo(new Place("Seoul", "KOR", 37.566, 126.9784, PlaceKind.CITY, "11", 1835848L));
    assertThat(out.get(1).place()).isEqualTo(new Place("Nowhereville", "KOR", null, null));
  }

  @Test
  void aStateIsAFirstOrderDivision() {
    List<Event> out = GEOCODER.locate(List.of(visit(new Place("California", "USA", null, null))));
    assertThat(out.get(0).place())
        .isEqualTo(new Place("California", "USA", null, null, PlaceKind.ADMIN1, "CA", null));
  }

  @Test
  void aPlaceNamedAsItsCountryIsTheCountry() {
    List<Event> out = GEOCODER.locate(List.of(visit(new Place("South Korea", "KOR", null, null)),
        visit(new Place("ROK", null, null, null)), visit(new Place("Japan", "KOR", null, null))));
    assertThat(out.get(0).place()).isEqualTo(new Place("South Korea", "KOR", null, null, PlaceKind.COUNTRY, null, null));
    assertThat(out.get(1).place()).isEqualTo(new Place("ROK", "KOR", null, null, PlaceKind.COUNTRY, null, null));
    // A country name that contradicts the place's country is left alone.
    assertThat(out.get(2).place()).isEqualTo(new Place("Japan", "KOR", null, null));
  }
}
