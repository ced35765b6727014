package org.dyad.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Offices with no name, the story's home side, and the marks that place a person or body. */
class HomeSideAndOfficesTest {
  private static final LocalDate DATE = LocalDate.of(2019, 6, 3);
  private static final String TWO_SIDES = "Talks between India and Bangladesh ended on Monday. The foreign ministry "
      + "said the talks were useful. Bangladesh and India will meet again in July.";

  /** One line per entity: name, country, where it came from, actor code, role, and its mentions' texts. */
  private static List<String> actors(String text, @Nullable String dateline, @Nullable String outlet) {
    return ActorResolverTest.sourced(text, DATE, dateline, outlet);
  }

  @Test
  void anUnmarkedMinistryOfAStoryBetweenTwoCountriesIsOfTheOutletsCountry() {
    assertThat(actors(TWO_SIDES, null, "Daily Star (Bangladesh)"))
        .contains("foreign ministry BGD DOMINANT BGDGOV null [foreign ministry]");
  }

  @Test
  void anUnmarkedMinistryThatNothingPlacesIsNoActor() {
    assertThat(actors(TWO_SIDES, null, null)).noneMatch(a -> a.startsWith("foreign ministry"));
  }

  @Test
  void anOutletOfACountryTheStoryDoesNotNameGivesNoCountry() {
    assertThat(actors("Russia and Moldova expelled diplomats on Wednesday. The foreign ministry said Moldova "
        + "would regret it.", null, "UPI")).noneMatch(a -> a.contains("USA"));
  }

  @Test
  void aCapitalisedOfficeWithoutANameIsThePersonWhoHoldsIt() {
    assertThat(actors("The Hungarian Prime Minister compared the country to a desert.", null, null))
        .contains("Hungarian Prime Minister HUN TEXT HUNGOV Prime Minister [Hungarian Prime Minister]");
  }

  @Test
  void partyAndStateInBracketsMarkAMemberOfCongress() {
    assertThat(actors("Rep. Ann Miller (D-Calif.) said the bill would fail.", null, null))
        .containsExactly("Ann Miller USA TEXT USALEG Rep. [Rep. Ann Miller]");
  }

  @Test
  void aSurnameWrittenWithACapitalParticleIsThePersonNamedBefore() {
    assertThat(actors("Aart de Zeeuw met farm groups on Monday. De Zeeuw flies to Ottawa on Friday.", null, null))
        .first().asString().startsWith("Aart de Zeeuw ").endsWith("[Aart de Zeeuw|De Zeeuw]");
  }

  @Test
  void latinAmericanCountriesAreARegionNotTheUnitedStates() {
    assertThat(actors("Japan will lend money to Latin American countries.", null, null))
        .contains("Latin America null null LAM null [Latin American]").noneMatch(a -> a.contains("USA"));
  }

  @Test
  void itAfterACapitalThatSpeaksIsThatCapitalsState() {
    assertThat(actors("Athens says it considers the accord dead.", null, null))
        .containsExactly("Athens GRC TEXT GRC null [Athens|it]");
  }

  @Test
  void anOfficialOfAnInternationalBodyTakesNoCountryFromTheDateline() {
    assertThat(actors("European Community (EC) commissioner Willy de Clercq said the dispute was harmful.",
        "WASHINGTON", null)).first().asString().startsWith("Willy de Clercq null null IGOEUREEC");
  }

  @Test
  void anotherCountrysMinistryOfTheSameNameIsAnotherBody() {
    assertThat(actors("Foreign Minister Taro Kono spoke with his counterpart, the Foreign Ministry said. South "
        + "Korea's Foreign Ministry said the call was useful.", null, null))
        .contains("Foreign Ministry JPN DOMINANT JPNGOV null [Foreign Ministry]")
        .anyMatch(a -> a.startsWith("Foreign Ministry KOR TEXT KORGOV null [South Korea's Foreign Ministry]"));
  }

  @Test
  void anOfficeOwnedByAPronounIsOfTheCountryOfThePersonItNames() {
    assertThat(actors("Mali's President, Ibrahim Boubacar Keita, and his prime minister were arrested.",
        "LUANDA", null)).contains("his prime minister MLI TEXT MLIGOV prime minister [his prime minister]");
  }

  @Test
  void aCommitteeOfAChamberIsTheLegislatureOfTheDatelinesCountry() {
    assertThat(actors("The House Agriculture Committee approved the bill.", "WASHINGTON", null))
        .contains("House Agriculture Committee USA DATELINE USALEG null [House Agriculture Committee]");
  }

  @Test
  void anOrganisationNamedByAnOfficeIsThePersonPronounsFollow() {
    assertThat(actors("Pakistan rejected the remarks. In a statement, Foreign Office Spokesperson said the "
        + "remarks were false. He said India was wrong.", null, null))
        .anyMatch(a -> a.startsWith("Foreign Office Spokesperson PAK") && a.endsWith("|He]"));
  }

  @Test
  void theOfficeWithItsModifierIsThePersonNamedWithIt() {
    assertThat(actors("Ties matter, foreign adviser Touhid Hossain said on Monday. The foreign adviser spoke to "
        + "reporters.", null, null))
        .containsExactly("Touhid Hossain null null null foreign adviser [foreign adviser Touhid Hossain|adviser]");
  }
}
