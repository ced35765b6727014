package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;
import static org.dyad.engine.events.EventRendering.extract;

import org.dyad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Which event a sentence carries: senses that are no event, event nouns still to come, only hedged or only asked
 * for, acts promised unless another acts, vows (dated 2023-12-11).
 */
class EventKindTest {
  @Test
  void planesFlyingToACountryMakeNoVisit() {
    Extraction x = extract("Two Russian military planes flew to Venezuela on Sunday.");
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void anOfficialOfAnOrganisationActsNotOnItsOwnOrganisation() {
    Extraction x = extract("The European Community will retaliate if the bill becomes law, an EC official warned.");
    assertThat(x.events()).noneSatisfy(e -> assertThat(e.source().actor()).isEqualTo(e.target() == null ? null
        : e.target().actor()));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void guardingSomethingFromOthersIsNoVerbalDefence() {
    Extraction x = extract("Egypt said it would guard the independence of Sudan from foreign governments.");
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void aTripSomethingIsInTimeForIsOnlyPlanned() {
    assertThat(events("The French foreign minister arrived in Tokyo in time for his trip to Beijing."))
        .containsExactly("042 Make a visit FRAGOV->JPN 2023-12-11 place=Tokyo [asserted]",
            "036 Express intent to meet or negotiate FRAGOV->CHN 2023-12-11 place=Beijing [asserted] act=042");
  }

  @Test
  void possibleSanctionsAreNoThreat() {
    assertThat(events("The European Union discussed possible sanctions against Iran on Monday."))
        .noneMatch(e -> e.startsWith("13") || e.startsWith("163"));
  }

  @Test
  void withdrawingUnlessAnotherActsIsAThreat() {
    assertThat(events("Greece said it will withdraw from the agreement with Turkey unless Ankara stops its drilling."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("13").contains("GRC->TUR"));
  }

  @Test
  void agreeingToShareInformationIsNoFinance() {
    assertThat(events("Turkey agreed to share information with Greece."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("0314 ").contains("TUR->GRC").endsWith("act=064"));
  }

  @Test
  void lettersOfCreditAskedForAreNoAppealForAid() {
    Extraction x = extract("Japanese trading houses asked Brazil for letters of credit.");
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void voicingFrustrationWithAPolicyIsDisapproval() {
    assertThat(events("The Indian foreign minister voiced frustration with Pakistan's policy on Kashmir."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("110 ").contains("INDGOV->PAK"));
  }

  @Test
  void dispatchingInspectorsIsInvestigating() {
    assertThat(events("The IAEA dispatched inspectors to Iran on Monday."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("090 ").contains("->IRN"));
  }

  @Test
  void swearingToAttackIsAThreatOfForce() {
    assertThat(events("The Syrian army swore to attack Israeli positions in the Golan."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("138 ").contains("SYRMIL->ISR").endsWith("act=190"));
  }

  @Test
  void anyFutureTalksAreNoMeeting() {
    Extraction x = extract("South Korea wants to raise human rights at any future talks with North Korea.");
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void callingForSanctionsImposesNone() {
    assertThat(events("The South African archbishop called for sanctions against Nigeria on Sunday."))
        .anySatisfy(e -> assertThat(e).startsWith("020 "))
        .noneMatch(e -> e.startsWith("163") && !e.contains("hypothetical"));
  }

  @Test
  void denyingPermissionIsARejection() {
    assertThat(events("The district administration of Ankara denied permission to the Syrian embassy."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("120 ").contains("TURGOV->SYRGOV"));
  }

  @Test
  void defacingWebsitesIsACyberAttack() {
    assertThat(events("Chinese hackers defaced hundreds of Taiwanese government websites."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("170 ").contains("->TWN"));
  }
}
