package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/** What counts as an act: negation, goals, invitations, background and mentions of one event, dated 2023-12-11. */
class EventScopeTest {
  @Test
  void negationOfAnotherClauseDoesNotNegateTheMeeting() {
    assertThat(events("A Japanese official, who did not attend the meeting between China and Russia, said it "
        + "failed.")).containsExactly("040 Consult, not specified below CHN->RUS 2023-12-11 [asserted]");
  }

  @Test
  void oneClauseTellingOneVisitTwiceGivesOneEvent() {
    assertThat(EventRendering.dyads("Blinken went into a long meeting with Wang Yi and the Chinese delegation after arriving in Beijing."))
        .containsExactly("042 Make a visit USAGOV->CHNGOV 2023-12-11 place=Beijing [asserted] x2");
  }

  @Test
  void notHoldingTalksIsNegated() {
    assertThat(events("Japan did not hold talks with China on Friday."))
        .containsExactly("040 Consult, not specified below JPN->CHN 2023-12-08 [negated]");
  }

  @Test
  void anActThatWithoutDeniesIsNegated() {
    assertThat(events("Japanese officials spoke to reporters without endorsing the plan."))
        .containsExactly("051 Praise or endorse JPNGOV->- 2023-12-11 [negated]");
  }

  @Test
  void effortsToSignAreNoSigning() {
    assertThat(events("Japan made efforts to sign an agreement with China."))
        .containsExactly("057 Sign formal agreement JPN->CHN 2023-12-11 [hypothetical]");
  }

  @Test
  void wantingToSignIsAnIntent() {
    assertThat(events("Japan wants to sign an agreement with China."))
        .containsExactly("030 Express intent to cooperate, not specified below JPN->CHN 2023-12-11 [asserted] act=057");
  }

  @Test
  void anInvitationToVisitIsNoVisit() {
    assertThat(events("China invited Japan to visit Beijing.")).containsExactly(
        "036 Express intent to meet or negotiate CHN->JPN 2023-12-11 [asserted]",
        "042 Make a visit JPN->CHN 2023-12-11 place=Beijing [hypothetical]");
  }

  @Test
  void theRiskOfAnAttackIsNoAttack() {
    assertThat(events("Diplomats rate the risk of an Iranian attack on Kuwait as low."))
        .containsExactly("190 Use conventional military force, not specified below IRN->KWT 2023-12-11 [hypothetical]");
  }

  @Test
  void anActUntilWhichAnotherIsRefusedIsACondition() {
    assertThat(events("Japan will not sign the agreement until China withdraws from Taiwan."))
        .noneMatch(e -> e.startsWith("08") && !e.contains("hypothetical"));
  }

  @Test
  void anEventMoreThanAYearBeforeIsBackgroundAndOneWithinAYearIsNot() {
    assertThat(events("In May 2022, Japan imposed sanctions on Russia. In March 2023, Japan imposed sanctions on "
        + "Belarus.")).containsExactly(
            "163 Impose embargo, boycott, or sanctions JPN->RUS 2022-05 [asserted] historical",
            "163 Impose embargo, boycott, or sanctions JPN->BLR 2023-03 [asserted]");
  }

  @Test
  void theSameEventNamedAgainByADefiniteNounIsOneMoreMention() {
    assertThat(events("Russian forces attacked Ukraine on Tuesday. The attack killed 20 people."))
        .containsExactly("190 Use conventional military force, not specified below RUSMIL->UKR 2023-12-05 [asserted] x2");
  }

  @Test
  void aNegatedActIsNoMentionOfAnAssertedOneOfTheSameCode() {
    assertThat(events("Japan did not sign an agreement with China on fishing on Friday, but Japan signed an "
        + "agreement with China on trade on Friday.")).containsExactly(
            "057 Sign formal agreement JPN->CHN 2023-12-08 [negated]",
            "057 Sign formal agreement JPN->CHN 2023-12-08 [asserted]");
  }

  @Test
  void aCountryActingOnItselfIsNoDyad() {
    assertThat(events("The Japanese government said it condemns Japan.")).isEmpty();
  }

  @Test
  void summoningAnAmbassadorToProtestIsOneComplaint() {
    assertThat(events("Peru summoned the Chilean ambassador to protest."))
        .containsExactly("114 Complain officially PER->CHLGOV 2023-12-11 [asserted]");
  }

  @Test
  void aPerceptionThatAnActHappenedIsNoAct() {
    assertThat(events("The perception that Japan had attacked Korea was widespread."))
        .noneMatch(e -> e.contains("[asserted]"));
  }

  @Test
  void anAmountLeftToAgreeOnIsNoAgreement() {
    assertThat(events("Japan and China had less to agree on than before."))
        .noneMatch(e -> e.contains("[asserted]"));
  }

  @Test
  void twoMinistersOfOneGovernmentMeetingIsNoDyad() {
    assertThat(events("The Egyptian foreign minister met the Egyptian trade minister on Monday.")).isEmpty();
  }
}
