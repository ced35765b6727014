package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/**
 * Whom an event is aimed at, and what is no target (a topic, an ally's help), one sentence each written for the
 * test, dated 2023-12-11 (a Monday); the coder keeps one-sided events, so a target not taken shows as "-".
 */
class TargetsTest {
  @Test
  void whatSharedInformationIsAboutIsItsTopicNotItsTarget() {
    assertThat(events("Tokyo agreed to share information on China's missile tests."))
        .containsExactly("0314 Express intent to cooperate on intelligence JPN->- 2023-12-11 [asserted] act=064");
  }

  @Test
  void whatADisputeIsOverIsItsTopicNotItsTarget() {
    assertThat(events("Norway resolved its dispute over Canada's fishing quotas."))
        .noneMatch(e -> e.contains("->CAN"));
  }

  @Test
  void aMeasureOnSomeoneStaysAimedAtThemWhenItsLiftingIsRefused() {
    assertThat(events("Israel has refused to lift the curfew on Palestinians."))
        .containsExactly("1241 Refuse to ease administrative sanctions ISR->PSE "
            + "2023-12-11 [asserted] act=0813");
  }

  @Test
  void theHelpOfAnAllyIsNoTarget() {
    assertThat(events("The European Union said it would tighten its embargo on Syria with Turkey's help."))
        .singleElement().asString().contains("IGOEUREEC->SYR");
  }

  @Test
  void twoSidesTradingAccusationsAccuseEachOther() {
    assertThat(events("The Philippines and China traded accusations on Monday."))
        .containsExactlyInAnyOrder("111 Criticize or denounce PHL->CHN 2023-12-11 [asserted]",
            "111 Criticize or denounce CHN->PHL 2023-12-11 [asserted]");
  }

  @Test
  void aMediatorActsOnBothPartiesItMediatesBetweenWhichDoNotMediate() {
    assertThat(events("Norway launched a mediation effort between Sudan and South Sudan."))
        .containsExactlyInAnyOrder("045 Mediate NOR->SDN 2023-12-11 [asserted]",
            "045 Mediate NOR->SSD 2023-12-11 [asserted]");
  }

  @Test
  void anActInDefianceOfSomeoneIsAimedAtThem() {
    assertThat(events("French farmers blocked roads in defiance of the French government."))
        .singleElement().asString().contains("FRAAGR->FRAGOV");
  }

  @Test
  void anActInRetaliationForSomeonesActIsAimedAtThem() {
    assertThat(events("Iran expelled two diplomats in retaliation for Britain's sanctions."))
        .contains("161 Reduce or break diplomatic relations IRN->GBR 2023-12-11 [asserted]");
  }

  @Test
  void recallingOnesAmbassadorAndExpellingTheOthersEnvoyAreTwoActs() {
    assertThat(events("Mexico recalled its ambassador to Peru and expelled Peru's envoy.")).hasSize(2);
  }

  @Test
  void aMeasureOnPeopleFromCountriesIsAimedAtEachCountry() {
    assertThat(events("Italy reduced the number of visas granted to people from Algeria and Morocco."))
        .containsExactlyInAnyOrder("172 Impose administrative sanctions, not specified below ITA->DZA 2023-12-11 "
            + "[asserted]", "172 Impose administrative sanctions, not specified below ITA->MAR 2023-12-11 [asserted]");
  }

  @Test
  void forcesStrengthenedInAnotherCountryAreAimedAtIt() {
    assertThat(events("Israel has strengthened its forces in Lebanon."))
        .containsExactly("154 Mobilize or increase armed forces ISR->LBN 2023-12-11 [asserted]");
  }

  @Test
  void forcesMobilizedForAWarAreAimedAtWhomTheWarIsAgainst() {
    assertThat(events("Britain mobilized reservists for a possible war against Iraq."))
        .containsExactly("154 Mobilize or increase armed forces GBR->IRQ 2023-12-11 [asserted]");
  }
}
