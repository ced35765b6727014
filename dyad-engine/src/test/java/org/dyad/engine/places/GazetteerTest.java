package org.dyad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Optional;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  /** "name, country" of what the gazetteer finds, or "-" for nothing. */
  private static String find(String name, @Nullable String hint) {
    return render(GAZETTEER.find(name, hint));
  }

  private static String render(Optional<Place> place) {
    return place.map(p -> p.name() + ", " + p.country()).orElse("-");
  }

  @Test
  void capitalsResolveWithCoordinates() {
    Place seoul = GAZETTEER.find("Seoul", null).orElseThrow();
    assertThat(seoul.country()).isEqualTo("KOR");
    assertThat(seoul.lat()).isCloseTo(37.57, offset(0.1));
    assertThat(seoul.lon()).isCloseTo(126.98, offset(0.1));
    assertThat(find("Tokyo", null)).isEqualTo("Tokyo, JPN");
  }

  @Test
  void citiesComeWithTheirAdmin1CodeAndGeoNamesId() {
    Place seoul = GAZETTEER.find("Seoul", null).orElseThrow();
    assertThat(seoul.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(seoul.admin1()).isEqualTo("11"); // FIPS 10-4 KS11, Seoul special city
    assertThat(seoul.geonameId()).isEqualTo(1835848L);
    Place tokyo = GAZETTEER.find("Tokyo", null).orElseThrow();
    assertThat(tokyo.admin1()).isEqualTo("40"); // JA40, Tokyo prefecture
    assertThat(tokyo.geonameId()).isEqualTo(1850147L);
    // US cities carry the state's postal code, as GeoNames codes US states.
    assertThat(GAZETTEER.find("Los Angeles", null).orElseThrow().admin1()).isEqualTo("CA");
  }

  @Test
  void firstOrderDivisionsResolveWhenNoCityHasTheNameInTheHintedCountry() {
    Place florida = GAZETTEER.find("Florida", "USA").orElseThrow();
    assertThat(florida).isEqualTo(new Place("Florida", "USA", null, null, PlaceKind.ADMIN1, "FL", null));
    assertThat(find("Florida", null)).isEqualTo("Florida, CUB"); // no hint: the largest place of the name
    assertThat(GAZETTEER.find("Ontario", "CAN").orElseThrow().admin1()).isEqualTo("08");
    assertThat(GAZETTEER.find("Bavaria", null).orElseThrow())
        .isEqualTo(new Place("Bavaria", "DEU", null, null, PlaceKind.ADMIN1, "02", null));
    assertThat(find("Punjab", null)).as("two divisions share the name").isEqualTo("-");
    assertThat(find("Punjab", "PAK")).isEqualTo("Punjab, PAK");
    // A city of the name wins in its own country.
    assertThat(GAZETTEER.find("New York", "USA").orElseThrow().kind()).isEqualTo(PlaceKind.CITY);
  }

  @Test
  void countryNamesAndAliasesNameTheirCountry() {
    assertThat(GAZETTEER.countryNamed("South Korea")).contains("KOR");
    assertThat(GAZETTEER.countryNamed("Japan's")).contains("JPN");
    assertThat(GAZETTEER.countryNamed("Seoul")).isEmpty();
  }

  @Test
  void adjectivesAndPossessivesOfAPlaceNameFindThePlace() {
    assertThat(find("Seoul-based", null)).isEqualTo("Seoul, KOR");
    assertThat(find("Tokyo's", null)).isEqualTo("Tokyo, JPN");
    assertThat(find("New York-based", null)).isEqualTo("New York City, USA");
  }

  @Test
  void washingtonIsTheCapitalNotTheSmallerWashingtons() {
    assertThat(find("Washington", "USA")).isEqualTo("Washington, D.C., USA");
    assertThat(find("Washington", null)).isEqualTo("Washington, D.C., USA");
  }

  @Test
  void aSharedNameResolvesInTheHintedCountryElseToTheLargestPlace() {
    assertThat(find("Paris", "USA")).isEqualTo("Paris, USA");
    assertThat(GAZETTEER.find("Paris", "USA").orElseThrow().lat()).isBetween(33.0, 34.0); // Texas
    assertThat(find("Paris", null)).isEqualTo("Paris, FRA");
    assertThat(find("Paris", "KOR")).isEqualTo("Paris, FRA");
  }

  @Test
  void caseDiacriticsAndEnglishAlternateNamesMatch() {
    assertThat(find("SEOUL", null)).isEqualTo("Seoul, KOR");
    assertThat(find("Sao Paulo", null)).isEqualTo("São Paulo, BRA");
    assertThat(find("Bogota", null)).isEqualTo("Bogotá, COL");
    assertThat(find("Peking", null)).isEqualTo("Beijing, CHN");
    assertThat(find("Bombay", null)).isEqualTo("Mumbai, IND");
    assertThat(find("NYC", null)).isEqualTo("New York City, USA");
  }

  @Test
  void anAlternateNameNeverBeatsAPlacesOwnName() {
    // GeoNames lists "Rome" among Washington, D.C.'s alternate names.
    assertThat(find("Rome", null)).isEqualTo("Rome, ITA");
    assertThat(find("Rome", "USA")).isEqualTo("Rome, USA");
  }

  @Test
  void countryNamesAreLeftToCountry() {
    assertThat(find("Georgia", null)).isEqualTo("-");
    assertThat(find("Mexico", null)).isEqualTo("-");
    assertThat(render(GAZETTEER.country("GEO"))).isEqualTo("Tbilisi, GEO");
  }

  @Test
  void unknownNamesFindNothing() {
    assertThat(find("Xyzzyville", null)).isEqualTo("-");
    assertThat(find("", null)).isEqualTo("-");
  }

  @Test
  void aCountryIsPlacedAtItsCapital() {
    assertThat(render(GAZETTEER.country("KOR"))).isEqualTo("Seoul, KOR");
    assertThat(render(GAZETTEER.country("USA"))).isEqualTo("Washington, D.C., USA");
    assertThat(render(GAZETTEER.country("NLD"))).isEqualTo("Amsterdam, NLD");
    assertThat(render(GAZETTEER.country("LIE"))).isEqualTo("Vaduz, LIE");
    assertThat(render(GAZETTEER.country("XXX"))).isEqualTo("-");
  }
}
