package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/** One or two sentences per rule of the coder, dated 2023-12-11 (a Monday). */
class EventCoderTest {
  @Test
  void expectingAnotherActorToMeetIsNoIntentOfOnesOwn() {
    assertThat(events("The Japanese minister expects China to meet before June.")).isEmpty();
    assertThat(events("The Japanese minister hopes to meet China before June.")).extracting(e -> e.substring(0, 3))
        .containsExactly("036");
  }

  @Test
  void visitToACityTargetsItsCountryAndTakesItsPlace() {
    assertThat(events("Japanese Prime Minister Fumio Kishida visited Seoul on Sunday."))
        .containsExactly("042 Make a visit JPNGOV->KOR 2023-12-10 place=Seoul [asserted]");
  }

  @Test
  void welcomingAGuestToACityIsHostingAndTheGuestsVisit() {
    assertThat(events("South Korean President Yoon Suk Yeol welcomed Japanese Prime Minister Fumio Kishida to Seoul "
        + "on Sunday.")).containsExactly(
            "043 Host a visit KORGOV->JPNGOV 2023-12-10 place=Seoul [asserted]",
            "042 Make a visit JPNGOV->KOR 2023-12-10 place=Seoul [asserted]");
  }

  @Test
  void tripMadeByASubjectInAMonthIsAVisitOnThatMonth() {
    assertThat(events("The visit returns the trip South Korean President Yoon Suk Yeol made to Tokyo in March."))
        .containsExactly("042 Make a visit KORGOV->JPN 2023-03 place=Tokyo [asserted]");
  }

  @Test
  void impositionOfTariffsOnAGoodsOfACountryIsASanctionOnIt() {
    assertThat(events("The United States imposed tariffs on Chinese goods on Friday."))
        .containsExactly("163 Impose embargo, boycott, or sanctions USA->CHN 2023-12-08 [asserted]");
  }

  @Test
  void passiveWithByTakesTheAgentAsSource() {
    assertThat(events("China was accused by the United States of stealing technology."))
        .containsExactly("112 Accuse, not specified below USA->CHN 2023-12-11 [asserted]");
  }

  @Test
  void coordinatedTargetsGiveOneEventEach() {
    assertThat(events("Russian forces attacked Ukraine and Georgia on Tuesday.")).containsExactly(
        "190 Use conventional military force, not specified below RUSMIL->UKR 2023-12-05 [asserted]",
        "190 Use conventional military force, not specified below RUSMIL->GEO 2023-12-05 [asserted]");
  }

  @Test
  void coordinatedSubjectsOfAMutualActGiveBothDirections() {
    assertThat(events("Japan and South Korea signed an agreement on Friday.")).containsExactly(
        "057 Sign formal agreement JPN->KOR 2023-12-08 [asserted]",
        "057 Sign formal agreement KOR->JPN 2023-12-08 [asserted]");
  }

  @Test
  void coordinatedSupportersDoNotSupportEachOther() {
    assertThat(events("France and Germany praised the plan on Friday.")).noneMatch(e -> e.contains("FRA->DEU")
        || e.contains("DEU->FRA"));
  }

  @Test
  void willAndAFutureDateArePlanned() {
    assertThat(events("South Korean President Yoon Suk Yeol will deploy troops to Japan next week."))
        .containsExactly("154 Mobilize or increase armed forces KORGOV->JPN 2023-W51 [planned]");
  }

  @Test
  void notMeetingIsKeptButNegated() {
    assertThat(events("Japanese Prime Minister Fumio Kishida did not meet South Korean President Yoon Suk Yeol "
        + "on Friday.")).containsExactly("040 Consult, not specified below JPNGOV->KORGOV 2023-12-08 [negated]");
  }

  @Test
  void conditionalAndCouldAreHypothetical() {
    assertThat(events("If Iran attacks Israel, the United States could impose sanctions on Iran.")).containsExactly(
        "190 Use conventional military force, not specified below IRN->ISR 2023-12-11 [hypothetical]",
        "163 Impose embargo, boycott, or sanctions USA->IRN 2023-12-11 [hypothetical]");
  }

  @Test
  void eventInsideSomeoneElsesQuoteIsReported() {
    assertThat(events("Japan will urge talks with China, Kyodo reported on Friday."))
        .containsExactly("026 Appeal to others to meet or negotiate JPN->CHN 2023-12-11 [reported, planned]");
  }

  @Test
  void perfectWithADurationIsHistory() {
    assertThat(events("Japan has occupied the islands for decades."))
        .containsExactly("192 Occupy territory JPN->- 2023-12-11 [asserted] historical");
  }

  @Test
  void eventDatedYearsBeforeTheArticleIsHistory() {
    assertThat(events("Iraq invaded Kuwait in 1990.")).containsExactly(
        "190 Use conventional military force, not specified below IRQ->KWT 1990 [asserted] historical");
  }

  @Test
  void governmentProtestIsAnOfficialComplaint() {
    assertThat(events("Iran protested to France over the arrest of its diplomat."))
        .containsExactly("114 Complain officially IRN->FRA 2023-12-11 [asserted]");
  }

  @Test
  void protestersDemonstratingIsAStreetProtestByCivilians() {
    assertThat(events("Thousands of protesters demonstrated in Seoul on Saturday."))
        .containsExactly("141 Demonstrate or rally, not specified below KORCVL->- 2023-12-09 place=Seoul [asserted]");
  }

  @Test
  void supportForOneAndConcernOverAnotherAreTwoEvents() {
    assertThat(events("The United States expressed support to the Philippines and concern over China's actions."))
        .containsExactlyInAnyOrder("051 Praise or endorse USA->PHL 2023-12-11 [asserted]",
            "110 Disapprove, not specified below USA->CHN 2023-12-11 [asserted]");
  }

  @Test
  void announcingTheLiftingOfABanImposesNoSanction() {
    assertThat(events("China announced the lifting of its ban on Japanese seafood imports."))
        .noneMatch(e -> e.startsWith("16"));
  }

  @Test
  void anInvitationRepeatedIsTheRepeatersInvitation() {
    assertThat(events("Greece repeated an invitation to Turkey."))
        .containsExactly("036 Express intent to meet or negotiate GRC->TUR 2023-12-11 [asserted]");
  }

  @Test
  void anAgreementInsistedOnInTheSubjunctiveHasNotHappenedEvenWhenTheParserGivesTheVerbTwoSubjects() {
    assertThat(events("Party leaders insisted that the United Auto Workers (UAW) union agree to increase wage cuts."))
        .noneMatch(e -> e.startsWith("03"));
  }

  @Test
  void urgingARelease() {
    assertThat(events("Germany urged Russia to release the journalists."))
        .containsExactly("0253 Appeal for release of persons or property DEU->RUS 2023-12-11 [asserted]");
  }

  @Test
  void praisingADecisionTargetsWhoseDecisionItIs() {
    assertThat(events("South Korea hailed the decision by Japan."))
        .containsExactly("051 Praise or endorse KOR->JPN 2023-12-11 [asserted]");
  }

  @Test
  void condemning() {
    assertThat(events("China condemned the Japanese government on Monday."))
        .containsExactly("111 Criticize or denounce CHN->JPNGOV 2023-12-11 [asserted]");
  }

  @Test
  void hopingToDiscussWithSomeoneIsIntentToMeetAndNotAlsoAMeeting() {
    assertThat(events("Japanese Prime Minister Fumio Kishida hoped to discuss trade with Chinese President Xi Jinping."))
        .containsExactly("036 Express intent to meet or negotiate JPNGOV->CHNGOV 2023-12-11 [asserted]");
  }

  @Test
  void theSameVisitNamedTwiceIsOneEventWithTwoMentions() {
    assertThat(events("Japanese Prime Minister Fumio Kishida visited Seoul on Sunday. Kishida's visit was the first "
        + "in 12 years.")).containsExactly("042 Make a visit JPNGOV->KOR 2023-12-10 place=Seoul [asserted] x2");
  }

  @Test
  void nounModifiersAreNotEvents() {
    assertThat(events("The plan is a strategy against North Korean threats.")).isEmpty();
  }

  @Test
  void attackingAPolicyIsCriticismOfItsOwnerNotForce() {
    assertThat(events("The United States attacked Japan's fiscal policy on Friday."))
        .containsExactly("111 Criticize or denounce USA->JPN 2023-12-08 [asserted]");
  }

  @Test
  void tariffsOnARangeOfAnotherCountrysGoodsTargetThatCountry() {
    assertThat(events("The United States imposed tariffs on a range of Chinese goods on Friday."))
        .containsExactly("163 Impose embargo, boycott, or sanctions USA->CHN 2023-12-08 [asserted]");
  }

  @Test
  void threatToImposeTariffsOnExportsTargetsTheExporter() {
    assertThat(events("The United States has threatened to impose tariffs worth up to 300 mln dlrs on Chinese "
        + "electronics exports."))
        .containsExactly("1312 Threaten to boycott, embargo, or sanction USA->CHN 2023-12-11 [asserted]");
  }

  @Test
  void domesticDemandIsAnEconomicQuantityNotADemand() {
    assertThat(events("Japan's domestic demand rose, and Japan has strong demand for U.S. securities.")).isEmpty();
  }

  @Test
  void meetingAnotherCountrysComplaintsIsNoMeeting() {
    assertThat(events("Japan moved to meet U.S. complaints about its trade practices.")).isEmpty();
  }

  @Test
  void aDateOfAConjoinedVerbIsNotTheFirstVerbsDate() {
    assertThat(events("The United States criticized Japan and warned China in March."))
        .contains("111 Criticize or denounce USA->JPN 2023-12-11 [asserted]");
  }

  @Test
  void warningAnActorIsAThreat() {
    assertThat(events("China warned Japan on Friday."))
        .containsExactly("130 Threaten, not specified below CHN->JPN 2023-12-08 [asserted]");
  }

  @Test
  void filingAComplaintIsAnOfficialComplaintNotALawsuit() {
    assertThat(events("Japan filed a complaint against the United States on Friday."))
        .containsExactly("114 Complain officially JPN->USA 2023-12-08 [asserted]");
  }

  @Test
  void refusingToSayIsDecliningComment() {
    assertThat(events("Japan refused to say whether it would retaliate."))
        .allMatch(e -> e.startsWith("011 "));
  }

  @Test
  void decliningToForecastOrPredictIsDecliningCommentNotRejectingAProposal() {
    assertThat(events("Canadian Foreign Minister Joe Clark declined to forecast the outcome of the talks."))
        .isNotEmpty().allMatch(e -> e.startsWith("011 "));
    assertThat(events("Japan refused to predict whether the talks would succeed."))
        .isNotEmpty().allMatch(e -> e.startsWith("011 "));
  }

  @Test
  void urgingAnotherCountryToOpenItsMarketIsAnAppealForPolicyChange() {
    assertThat(events("The United States has asked Japan to open its farm market further to help."))
        .containsExactly("0242 Appeal for policy change USA->JPN 2023-12-11 [asserted]");
  }

  @Test
  void meetingsWhereAnAppealIsMadeAreNotWhatItAsksFor() {
    assertThat(events("The United States will urge Japan to meet its commitments at Wednesday's meetings."))
        .noneMatch(e -> e.startsWith("026 "));
  }

  @Test
  void sanctionsAnnouncedForLaterAreAThreatToSanction() {
    assertThat(events("The United States will impose tariffs on Japanese goods."))
        .containsExactly("1312 Threaten to boycott, embargo, or sanction USA->JPN 2023-12-11 [asserted] act=163");
  }

  @Test
  void aClauseOfAnotherTimeDoesNotTakeTheDateOfItsHead() {
    assertThat(events("Nakasone will visit Washington on December 20, only weeks after the United States "
        + "imposed tariffs on Japanese goods."))
        .contains("163 Impose embargo, boycott, or sanctions USA->JPN 2023-12-11 [asserted]");
  }

  @Test
  void anActAnnouncedAsWhatOnesCountryWouldDoIsAThreatMadeNow() {
    assertThat(events("President Reagan announced that the United States would impose tariffs on Japanese goods."))
        .contains("1312 Threaten to boycott, embargo, or sanction USA->JPN 2023-12-11 [asserted] act=163");
  }

  @Test
  void anActUrgedOnAnotherOrOnlyARightHasNotHappened() {
    assertThat(events("Senators urged the United States to impose tariffs on Japanese goods."))
        .allMatch(e -> !e.startsWith("163 ") || e.contains("hypothetical"));
    assertThat(events("The United States waived its right to impose duties on Japanese chips."))
        .allMatch(e -> !e.startsWith("163 ") || e.contains("hypothetical"));
  }
}
