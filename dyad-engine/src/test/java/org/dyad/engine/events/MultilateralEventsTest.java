package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.dyads;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/**
 * Compound actors as the field codes them: a compound side acting on a distinct other side is one event per
 * pair; two parties acting together act on each other; three or more doing a mutual act among themselves are a
 * multilateral act with no dyad, kept only as one-sided events ({@code --one-sided-events}).
 */
class MultilateralEventsTest {
  private static final String FOUR_AGREE = "Britain, France, Italy and Japan agreed to cooperate on Monday.";

  @Test
  void fourCountriesAgreeingAmongThemselvesIsNoDyadByDefault() {
    // dyads(...) checks that the extraction holds no problem.
    assertThat(dyads(FOUR_AGREE)).isEmpty();
  }

  @Test
  void fourCountriesAgreeingAmongThemselvesIsOneOneSidedEventPerCountry() {
    assertThat(events(FOUR_AGREE)).containsExactly(
        "030 Express intent to cooperate, not specified below GBR->- 2023-12-11 [asserted]",
        "030 Express intent to cooperate, not specified below FRA->- 2023-12-11 [asserted]",
        "030 Express intent to cooperate, not specified below ITA->- 2023-12-11 [asserted]",
        "030 Express intent to cooperate, not specified below JPN->- 2023-12-11 [asserted]");
  }

  @Test
  void aMeetingOfANamedGroupsMembersIsTheGroupsOneSidedEvent() {
    String meeting = "The Group of Seven finance ministers from Britain, France, Italy and Japan met in Paris on "
        + "Monday.";
    assertThat(dyads(meeting)).isEmpty();
    assertThat(events(meeting))
        .containsExactly("040 Consult, not specified below IGOGOS->- 2023-12-11 place=Paris [asserted]");
  }

  @Test
  void twoCountriesAgreeingActOnEachOther() {
    assertThat(dyads("Britain and France agreed to cooperate.")).containsExactly(
        "030 Express intent to cooperate, not specified below GBR->FRA 2023-12-11 [asserted]",
        "030 Express intent to cooperate, not specified below FRA->GBR 2023-12-11 [asserted]");
  }

  @Test
  void aCompoundSourceActingOnAnotherCountryIsOneEventPerSource() {
    assertThat(dyads("Britain, France and Italy urged Iran to release the hostages.")).containsExactly(
        "0253 Appeal for release of persons or property GBR->IRN 2023-12-11 [asserted]",
        "0253 Appeal for release of persons or property FRA->IRN 2023-12-11 [asserted]",
        "0253 Appeal for release of persons or property ITA->IRN 2023-12-11 [asserted]");
  }

  @Test
  void aCompoundTargetOfAMutualActIsOneEventPerTarget() {
    assertThat(dyads("Japan signed an agreement with Britain, France and Italy.")).containsExactly(
        "057 Sign formal agreement JPN->GBR 2023-12-11 [asserted]",
        "057 Sign formal agreement JPN->FRA 2023-12-11 [asserted]",
        "057 Sign formal agreement JPN->ITA 2023-12-11 [asserted]");
  }
}
