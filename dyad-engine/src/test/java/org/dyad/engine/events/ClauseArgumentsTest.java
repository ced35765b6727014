package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/**
 * Actors that a clause lends to the acts around it: infinitives agreed to or pressed for, agentless passives, a
 * subjunctive asked for, an adverbial clause without its own subject. One or two sentences each, dated 2023-12-11.
 */
class ClauseArgumentsTest {
  @Test
  void agreeingToAnActNotCodedItselfIsIntentToCooperate() {
    assertThat(events("Japan agreed to set up a joint committee with South Korea."))
        .containsExactly("030 Express intent to cooperate, not specified below JPN->KOR 2023-12-11 [planned]");
  }

  @Test
  void pressingAnotherToActIsAnAppealToIt() {
    assertThat(events("The United States pressed Japan to open its rice market."))
        .containsExactly("0242 Appeal for policy change USA->JPN 2023-12-11 [asserted]");
  }

  @Test
  void sanctionsImposedInThePassiveAreAimedAtTheirComplement() {
    assertThat(events("Canada said new sanctions were imposed on Iran."))
        .containsExactly("163 Impose embargo, boycott, or sanctions CAN->IRN 2023-12-11 [asserted]");
  }

  @Test
  void aProtestDeliveredToAnAmbassadorIsAimedAtHisCountry() {
    assertThat(events("China said a protest was delivered to the U.S. ambassador."))
        .containsExactly("114 Complain officially CHN->USAGOV 2023-12-11 [asserted]");
  }

  @Test
  void anActInTheSubjunctiveIsAskedForNotDone() {
    assertThat(events("Iraq insisted that Turkey withdraw its troops."))
        .containsExactly("105 Demand that target yields, not specified below IRQ->TUR 2023-12-11 [asserted]");
  }

  @Test
  void aClauseWithoutASubjectActsWithTheSubjectOfItsSentence() {
    assertThat(events("Israeli Prime Minister Benjamin Netanyahu will fly to Washington after having completed a "
        + "visit to Egypt."))
        .containsExactly("036 Express intent to meet or negotiate ISRGOV->USA 2023-12-11 place=Washington, D.C. [asserted] act=042",
            "042 Make a visit ISRGOV->EGY 2023-12-11 place=Egypt [asserted]");
  }

  @Test
  void aProgramOfSanctionsAgainstAStateIsAimedAtThatState() {
    assertThat(events("Britain announced its program of sanctions against South Africa."))
        .containsExactly("163 Impose embargo, boycott, or sanctions GBR->ZAF 2023-12-11 [asserted]");
  }
}
