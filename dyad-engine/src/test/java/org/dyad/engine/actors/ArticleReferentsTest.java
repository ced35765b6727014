package org.dyad.engine.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions that only the article before them resolves: plural pronouns, "it", "the country", "the North". */
class ArticleReferentsTest {
  private static final LocalDate DATE = LocalDate.of(2019, 6, 3);

  /** One line per entity: name, country, where it came from, actor code, role, and its mentions' texts. */
  private static List<String> actors(String text) {
    return ActorResolverTest.sourced(text, DATE, null, null);
  }

  @Test
  void theyAfterAGroupThatActsIsThatGroup() {
    assertThat(actors("U.S. officials did not make an offer when they held talks on Monday."))
        .contains("U.S. officials USA TEXT USAGOV null [U.S. officials|they]");
  }

  @Test
  void theyInTheSentenceAfterTheGroupsSentenceIsThatGroup() {
    assertThat(actors("Japanese officials arrived in Manila on Monday. They met the president."))
        .anyMatch(a -> a.startsWith("Japanese officials JPN TEXT JPNGOV") && a.endsWith("|They]"));
  }

  @Test
  void theyAfterAGroupConjoinedWithAnotherActorIsAPairLeftToTheEvents() {
    assertThat(actors("Japanese officials and China met in Manila. They agreed to meet again."))
        .noneMatch(a -> a.contains("They"));
  }

  @Test
  void theyInsideAQuotationIsNotTheGroupOutsideIt() {
    assertThat(actors("U.S. officials said: \"they want more talks.\""))
        .noneMatch(a -> a.contains("they"));
  }

  @Test
  void itAfterAStateThatOwnsTheSubjectIsThatState() {
    assertThat(actors("Japan's announcement said it would lend more money."))
        .anyMatch(a -> a.startsWith("Japan JPN TEXT JPN null [Japan|it]"));
  }

  @Test
  void itAfterAThingAndAStateNamedBesideItIsNotTheState() {
    assertThat(actors("The research facility was exciting for Australia and it would put the region on the map."))
        .noneMatch(a -> a.contains("|it"));
  }

  @Test
  void itWithTwoStatesBeforeItThatNeitherOwnsTheSubjectStaysOpen() {
    assertThat(actors("Relations between Pakistan and India remain difficult because it openly backs militants."))
        .noneMatch(a -> a.contains("|it"));
  }

  @Test
  void theCountryIsTheCountryNamedLatestBeforeIt() {
    assertThat(actors("Tillerson flew to Turkey on Monday. It was his first visit to the country."))
        .anyMatch(a -> a.startsWith("Turkey TUR TEXT TUR null [Turkey|country]"));
  }

  @Test
  void theCountryWithNoCountryNamedIsTheCountryOfTheSubject() {
    assertThat(actors("A top Japanese official has insisted that the country was honouring the pact."))
        .anyMatch(a -> a.startsWith("Japan JPN TEXT JPN null [country]"));
  }

  @Test
  void theCountryWithNoCountryBeforeItStaysUnresolved() {
    assertThat(actors("The country was honouring the pact, the official said."))
        .noneMatch(a -> a.contains("country"));
  }

  @Test
  void theCommissionIsTheBodyNamedBeforeWhoseNameEndsInIt() {
    assertThat(actors("The European Commission proposed a tax on Monday. Farmers said the Commission was wrong."))
        .anyMatch(a -> a.startsWith("European Commission") && a.endsWith("[European Commission|Commission]"));
  }

  @Test
  void theNorthIsTheNorthernHalfOfADividedStateNamedBefore() {
    assertThat(actors("North Korea rejected an offer from South Korea. Seoul wants the North to accept talks."))
        .anyMatch(a -> a.startsWith("North Korea PRK") && a.endsWith("|North]"));
  }

  @Test
  void theNorthOfAStoryThatNamesOneHalfOnlyIsNoState() {
    assertThat(actors("North Korea fired a missile. Storms hit the North on Monday."))
        .noneMatch(a -> a.startsWith("North Korea") && a.contains("|North]"));
  }

  @Test
  void theTwoCountriesAfterTwoConjoinedStatesAreBothStates() {
    assertThat(actors("Greece and Turkey held talks on Monday. On Sunday the two countries traded barbs."))
        .contains("Greece GRC TEXT GRC null [Greece|countries]", "Turkey TUR TEXT TUR null [Turkey|countries]");
  }

  @Test
  void theTwoCountriesWithNoPairNamedBeforeStayUnresolved() {
    assertThat(actors("Greece held talks on Monday. On Sunday the two countries traded barbs."))
        .noneMatch(a -> a.contains("countries"));
  }

  @Test
  void theTwoKoreasAreBothKoreasNamedBefore() {
    assertThat(actors("North Korea rejected an offer from South Korea. Seoul proposed that the two Koreas meet."))
        .anyMatch(a -> a.startsWith("North Korea PRK") && a.endsWith("|Koreas]"))
        .anyMatch(a -> a.startsWith("South Korea KOR") && a.endsWith("|Koreas]"));
  }
}
