package org.dyad.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The actors an event needs where no name gives them: owners, parties, chosen office holders, groups. */
class ActorsOfEventsTest {
  private static final LocalDate DATE = LocalDate.of(2021, 3, 4);

  /** One line per entity: name, country, where it came from, actor code, role, and its mentions' texts. */
  private static List<String> actors(String text, @Nullable String dateline) {
    return ActorResolverTest.sourced(text, DATE, dateline, null);
  }

  @Test
  void aGovernmentThatOwnsWhatTheSentenceNamesIsAnActor() {
    assertThat(actors("The minister welcomed the Chilean government's offer of talks.", null))
        .anyMatch(a -> a.startsWith("Chilean government CHL TEXT CHLGOV"));
  }

  @Test
  void aGovernmentAfterAgainstIsTheOtherParty() {
    assertThat(actors("The senators voted for sanctions against Peru's military government.", null))
        .anyMatch(a -> a.startsWith("Peru's military government PER TEXT PERGOVMIL"));
  }

  @Test
  void officersOfANationsArmyAreOfThatNation() {
    assertThat(actors("Ecuador gave asylum to four Bolivian army officers on Friday.", null))
        .anyMatch(a -> a.startsWith("Bolivian army officers BOL TEXT BOLMIL"));
  }

  @Test
  void thePickForAnOfficeIsOfTheCountryOfWhoeverChose() {
    assertThat(actors("The minister met President Joe Biden's pick for national security adviser, Tom Reyes.",
        null)).anyMatch(a -> a.startsWith("Tom Reyes USA TEXT USAGOV"));
  }

  @Test
  void aPlaceTheNerRanIntoAnEnvoysNameIsNoPartOfIt() {
    assertThat(actors("Chad on Monday expelled Sudan's envoy to N'Djamena Omar Hassan Idris.", null))
        .anyMatch(a -> a.startsWith("Omar Hassan Idris SDN TEXT SDNGOV"));
  }

  @Test
  void aGroupNamedByItsMembersIsOfTheDatelinesPlace() {
    assertThat(actors("A group of ecologists staged a protest outside the parliament.", "LIMA"))
        .anyMatch(a -> a.startsWith("group of ecologists PER DATELINE PERENV"));
  }
}
