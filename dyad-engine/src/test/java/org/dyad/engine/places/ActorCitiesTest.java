package org.dyad.engine.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.engine.actors.Dictionary;
import org.dyad.engine.resources.Row;
import org.junit.jupiter.api.Test;

/** The cities actors know are the gazetteer's rows marked in its {@code actor} column. */
class ActorCitiesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  /** "kind country" of the dictionary's city entries for a name ("CITY IRN"), or nothing. */
  private static List<String> cityEntries(String name) {
    return Dictionary.standard().lookup(name).stream()
        .filter(e -> e.kind() == Dictionary.Kind.CITY)
        .map(e -> e.kind() + " " + e.country())
        .toList();
  }

  @Test
  void aSmallTownInTheNewsIsACityOfItsCountryForActorsAndAPlaceForTheGazetteer() {
    assertThat(cityEntries("Natanz")).containsExactly("CITY IRN");
    assertThat(GAZETTEER.find("Natanz", null).map(p -> p.country() + " " + p.kind() + " " + p.geonameId()))
        .hasValue("IRN CITY 122491");
  }

  @Test
  void aStateMarkedInTheDivisionsIsACityOfItsCountryForActors() {
    assertThat(cityEntries("Texas")).containsExactly("CITY USA");
    assertThat(cityEntries("New Mexico")).containsExactly("CITY USA");
  }

  @Test
  void aNameGeoNamesLacksIsKnownToActorsButPlacesNothing() {
    assertThat(cityEntries("Punggye-ri")).containsExactly("CITY PRK");
    assertThat(GAZETTEER.find("Punggye-ri", null)).isEmpty();
  }

  @Test
  void aTownNamedAfterACountryIsNoCityOfAnyCountryForActors() {
    assertThat(cityEntries("Georgia")).isEmpty();
    assertThat(cityEntries("Jordan")).isEmpty();
    assertThat(cityEntries("Chad")).isEmpty();
  }

  @Test
  void noNameMarkedForActorsIsTheNameOfACountry() {
    List<String> countryNames = new ArrayList<>();
    Consumer<Row> check = r -> r.list("actor").stream()
        .filter(n -> GAZETTEER.countryNamed(n).isPresent())
        .forEach(n -> countryNames.add(r.where() + " " + n));
    Gazetteer.CITIES.read(Gazetteer.class, "cities.tsv", check);
    Gazetteer.ADMIN1.read(Gazetteer.class, "admin1.tsv", check);
    assertThat(countryNames).isEmpty();
  }
}
