package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/**
 * Who does what a predicate says where its subject is not beside it: a verb phrase of a list, a participle under
 * its preposition, an agent that names its owner, a participle the parser took for a clause, the gerund of an
 * accusation, the place an attack came from, the "it" of a state ready to act. One sentence each, dated
 * 2023-12-11, one-sided events shown.
 */
class EventSourcesTest {
  @Test
  void aVerbPhraseListedAfterACommaSharesTheSubjectOfTheFirst() {
    assertThat(events("The minister of Kenya, in a statement on Tuesday, condemned the raid, urged Somalia to free the "
        + "hostages."))
        .contains("0253 Appeal for release of persons or property KENGOV->SOM 2023-12-11 [asserted]");
  }

  @Test
  void aParticipleUnderItsPrepositionActsWithTheSubjectOfTheSentence() {
    assertThat(events("In announcing the sanctions last Friday, President Reagan said Japan had broken its promise."))
        .anySatisfy(e -> assertThat(e).startsWith("163 Impose embargo, boycott, or sanctions USAGOV->-"));
  }

  @Test
  void anAgentThatNamesNoActorActsForItsOwner() {
    assertThat(events("Two fishermen were shot by a patrol of the Indian navy on Sunday."))
        .anySatisfy(e -> assertThat(e).startsWith("193 Fight with small arms and light weapons INDMIL->-"));
  }

  @Test
  void aParticipleTakenForAClauseStillNamesItsAgent() {
    assertThat(events("The White House tried to block sanctions approved by Congress against South Africa."))
        .anySatisfy(e -> assertThat(e).startsWith("163 Impose embargo, boycott, or sanctions USALEG->"));
  }

  @Test
  void theActOfAnAccusationIsTheAccusedsNotTheAccusers() {
    assertThat(events("Pakistan accused India of attacking its border posts."))
        .containsExactly("112 Accuse, not specified below PAK->IND 2023-12-11 [asserted]",
            "190 Use conventional military force, not specified below IND->PAK 2023-12-11 [reported]");
    assertThat(events("Greece was accused by Turkey of violating its airspace over the Aegean."))
        .anySatisfy(e -> assertThat(e).startsWith("150 Demonstrate military or police power, not specified below GRC->"))
        .noneSatisfy(e -> assertThat(e).startsWith("150 Demonstrate military or police power, not specified below TUR->"));
  }

  @Test
  void anAttackInThePassiveWithoutAgentComesFromWhereItWasFired() {
    assertThat(events("Israeli towns were shelled from the Gaza Strip overnight."))
        .anySatisfy(e -> assertThat(e).startsWith("194 Fight with artillery and tanks PSE->ISR"));
  }

  @Test
  void theItOfAStateReadyToActIsThatState() {
    assertThat(events("Syria says it is willing to withdraw its troops from Lebanon."))
        .containsExactly("0356 Express intent to de-escalate military engagement SYR->LBN 2023-12-11 [asserted] act=0874");
    assertThat(events("Syria says it is important to withdraw troops from Lebanon.")).isEmpty();
  }
}
