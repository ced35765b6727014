package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An event is a dyad by default; an act with one side is kept only when asked for ({@code --one-sided-events}). */
class OneSidedEventsTest {
  private static final String PROTEST = "Thousands of protesters demonstrated in Seoul on Saturday.";

  @Test
  void aProtestWithNoAddresseeIsNoEventByDefault() {
    // dyads(...) checks that the extraction holds no problem.
    assertThat(EventRendering.dyads(PROTEST)).isEmpty();
  }

  @Test
  void aProtestWithNoAddresseeIsAnEventWhenOneSidedEventsAreAskedFor() {
    assertThat(EventRendering.events(PROTEST))
        .containsExactly("141 Demonstrate or rally, not specified below KORCVL->- 2023-12-09 place=Seoul [asserted]");
  }

  @Test
  void anActWithBothSidesIsKeptEitherWay() {
    String complaint = "Iran protested to France over the arrest of its diplomat.";
    assertThat(EventRendering.dyads(complaint)).containsExactly("114 Complain officially IRN->FRA 2023-12-11 [asserted]");
    assertThat(EventRendering.events(complaint)).isEqualTo(EventRendering.dyads(complaint));
  }
}
