package org.dyad.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A politician's party, and the body the text ties a person to, give the country no title gives. */
class PartiesAndBodiesTest {
  private static final LocalDate DATE = LocalDate.of(2016, 5, 3);
  private static final String ONE_COUNTRY = "The Senate in Washington passed the budget on Monday. U.S. officials "
      + "welcomed the vote. ";

  /** One line per entity: name, country, where it came from, actor code, role, and its mentions' texts. */
  private static List<String> actors(String text) {
    return ActorResolverTest.sourced(text, DATE, null, null);
  }

  @Test
  void aPartyWordBeforeTheNameOrItsTitleGivesThePartysCountry() {
    assertThat(actors("Democrat Ann Merrow said the bill would fail."))
        .containsExactly("Ann Merrow USA TEXT USA null [Ann Merrow]");
    assertThat(actors("Republican Sen. Tom Harlow said the bill would fail."))
        .containsExactly("Tom Harlow USA TEXT USALEG Republican Sen. [Republican Sen. Tom Harlow]");
    assertThat(actors("Labour's Jane Pryor said the bill would fail."))
        .containsExactly("Labour GBR DICTIONARY GBRPTY null [Labour]", "Jane Pryor GBR TEXT GBR null [Jane Pryor]");
  }

  @Test
  void aPartyAfterTheNameGivesItsCountry() {
    assertThat(actors("Tom Harlow, R-Texas, said the bill would fail."))
        .contains("Tom Harlow USA TEXT USALEG null [Tom Harlow]");
    assertThat(actors("Tom Harlow, a Democrat, said the bill would fail."))
        .containsExactly("Tom Harlow USA TEXT USA null [Tom Harlow]");
    assertThat(actors("Tom Harlow, Republican of Ohio, said the bill would fail."))
        .contains("Tom Harlow USA TEXT USA null [Tom Harlow]");
  }

  @Test
  void aPartyOfSeveralCountriesIsTheOneTheStoryNamesAndAnOfficesWordIsNoParty() {
    assertThat(actors("New Zealand votes in May. Labour's Jane Pryor said the bill would fail."))
        .contains("Jane Pryor NZL TEXT NZL null [Jane Pryor]");
    assertThat(actors("Labour Minister Ravi Sinha said the bill would fail."))
        .singleElement().asString().startsWith("Ravi Sinha null null ");
  }

  @Test
  void aPartyWordInsideAnotherNameIsNoParty() {
    assertThat(actors("Christian Democratic leader Hans Albers said the bill would fail."))
        .singleElement().asString().startsWith("Hans Albers null null ");
  }

  @Test
  void aBodyTheTextTiesAPersonToGivesItsCountry() {
    assertThat(actors("Ann Merrow, who chairs the Kenyan Football Federation, said the vote was fair."))
        .contains("Ann Merrow KEN TEXT KEN null [Ann Merrow]");
    assertThat(actors("Ann Merrow of the Kenyan Football Federation said the vote was fair."))
        .contains("Ann Merrow KEN TEXT KEN null [Ann Merrow]");
    assertThat(actors("Ann Merrow, a senior fellow at the Kenyan Football Federation, said the vote was fair."))
        .anyMatch(a -> a.startsWith("Ann Merrow KEN TEXT "));
  }

  @Test
  void aPersonOfAStoryAboutOneCountryIsOfThatCountry() {
    assertThat(actors(ONE_COUNTRY + "\"It is a good day,\" Ann Merrow said."))
        .contains("Ann Merrow USA DOMINANT USA null [Ann Merrow]");
  }

  @Test
  void aPersonNamedBesideAnotherCountryOrInOneSentenceTakesNoStorysCountry() {
    assertThat(actors(ONE_COUNTRY + "Ann Merrow met Japanese officials in Tokyo."))
        .anyMatch(a -> a.startsWith("Ann Merrow null null "));
    assertThat(actors("Ann Merrow said the U.S. budget would pass."))
        .anyMatch(a -> a.startsWith("Ann Merrow null null "));
  }
}
