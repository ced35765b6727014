package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.dyads;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/** Source and target in the constructions news uses, one or two sentences each, dated 2023-12-11 (a Monday). */
class BothActorsTest {
  @Test
  void talksAfterWhichSomeoneSpeaksAreTheSpeakersTalks() {
    assertThat(events("After talks with South Korean leaders, Japanese Prime Minister Fumio Kishida said Japan "
        + "would act.")).containsExactly("040 Consult, not specified below JPNGOV->KORGOV 2023-12-11 [asserted]");
  }

  @Test
  void visitDuringWhichSomeoneSpeaksIsTheSpeakersVisit() {
    assertThat(events("Japanese Prime Minister Fumio Kishida said during a visit to the United States that Japan "
        + "would act.")).containsExactly("042 Make a visit JPNGOV->USA 2023-12-11 place=United States [asserted]");
  }

  @Test
  void participleVisitingIsTheVisitOfTheNounItQualifies() {
    assertThat(events("Iranian Foreign Minister Ali Akbar Velayati, visiting the United Arab Emirates, met the "
        + "emir.")).contains("042 Make a visit IRNGOV->ARE 2023-12-11 place=United Arab Emirates [asserted]");
  }

  @Test
  void expectedToMeetIsTheSubjectsPlannedMeeting() {
    assertThat(events("Japanese Prime Minister Fumio Kishida is expected to meet South Korean President Yoon Suk "
        + "Yeol on Friday.")).containsExactly("036 Express intent to meet or negotiate JPNGOV->KORGOV 2023-12-15 "
            + "[planned]");
  }

  @Test
  void hopingToMeetSomeoneTargetsWhomOneHopesToMeet() {
    assertThat(events("Japanese Prime Minister Fumio Kishida hopes to meet Chinese President Xi Jinping."))
        .containsExactly("036 Express intent to meet or negotiate JPNGOV->CHNGOV 2023-12-11 [asserted]");
  }

  @Test
  void demandingThatAnotherActTargetsTheOther() {
    assertThat(events("Iraq demanded that Turkey stop its military operations."))
        .containsExactly("100 Demand, not specified below IRQ->TUR 2023-12-11 [asserted]");
  }

  @Test
  void sayingAnotherShouldActIsAnAppealToItCodedByTheActAskedFor() {
    assertThat(events("Egypt said Israel should release the prisoners."))
        .contains("025 Appeal to yield, not specified below EGY->ISR 2023-12-11 [asserted]");
  }

  @Test
  void sayingAnotherMustActIsADemand() {
    assertThat(events("The United States must lift its tariffs, China said."))
        .contains("105 Demand that target yields, not specified below CHN->USA 2023-12-11 [asserted]");
  }

  @Test
  void wantingAnotherToActIsAnAppealAndTheActIsTheOthers() {
    assertThat(events("Japan wants the United States to lift the tariffs.")).containsExactly(
        "025 Appeal to yield, not specified below JPN->USA 2023-12-11 [asserted]",
        "085 Ease economic sanctions, boycott, embargo USA->- 2023-12-11 [planned, hypothetical]");
  }

  @Test
  void relativePronounStandsForTheNounItsClauseQualifies() {
    assertThat(events("The Turkish ship, which Greece threatened on Monday, left the area."))
        .containsExactly("130 Threaten, not specified below GRC->TUR 2023-12-11 [asserted]");
  }

  @Test
  void expellingTheAmbassadorOfACountryTargetsTheCountry() {
    assertThat(events("Somalia expelled the ambassador of Kenya on Monday."))
        .containsExactly("161 Reduce or break diplomatic relations SOM->KEN 2023-12-11 [asserted]");
  }

  @Test
  void aVisitNamedByItsPlaceGoesThere() {
    assertThat(events("Japanese Prime Minister Fumio Kishida ended his Washington visit on Friday."))
        .containsExactly("042 Make a visit JPNGOV->USA 2023-12-08 place=Washington, D.C. [asserted]");
  }

  @Test
  void talksNamedByTwoCountriesAreBetweenThem() {
    assertThat(events("U.S.-Japan talks ended without agreement."))
        .containsExactly("040 Consult, not specified below USA->JPN 2023-12-11 [asserted]");
  }

  @Test
  void aRoleNounOfACountryActsForItsSector() {
    assertThat(events("Talks between the Sudanese army and the Rapid Support Forces began on Saturday."))
        .allMatch(e -> e.contains("SDNMIL"));
  }

  @Test
  void aPronounInWhatSomeoneSaysIsTheSayer() {
    assertThat(events("Japan said it would sign an agreement with China.")).containsExactly(
        "030 Express intent to cooperate, not specified below JPN->CHN 2023-12-11 [asserted] act=057");
  }

  @Test
  void aConditionalCoerciveActOfTheSpeakerIsAThreatAtWhomTheConditionNames() {
    assertThat(events("The Japanese government said it would impose sanctions if China attacked Taiwan."))
        .contains("1312 Threaten to boycott, embargo, or sanction JPNGOV->CHN 2023-12-11 [asserted] act=163");
  }

  @Test
  void aFirmActingAloneIsNoPoliticalEvent() {
    assertThat(events("Exxon Mobil said it signed a contract on Monday.")).isEmpty();
  }

  @Test
  void whenItComesToIsNoActOfAnyone() {
    assertThat(events("A Japanese official said Japan has many chances to cooperate when it comes to addressing the "
        + "threat of North Korea.")).noneMatch(e -> e.startsWith("04"));
  }

  @Test
  void itInWhatAPersonSaysIsNotThePerson() {
    assertThat(events("The Japanese ambassador said it would impose sanctions on China.")).isEmpty();
  }

  @Test
  void aThingARelativeClauseQualifiesIsNoActor() {
    assertThat(events("The Rafah crossing, which the Israeli army captured last week, stayed closed."))
        .containsExactly("192 Occupy territory ISRMIL->- 2023-W49 [asserted]");
  }

  @Test
  void theyInAStatementFromTwoStatesAreThoseStates() {
    assertThat(events("The statement from the United States and Saudi Arabia said they urge Sudan to stop the "
        + "fighting.")).contains("020 Make an appeal or request, not specified below USA->SDN 2023-12-11 [reported]",
            "020 Make an appeal or request, not specified below SAU->SDN 2023-12-11 [reported]");
  }

  @Test
  void bothSidesAreThePairTheStoryIsAboutAndTheyTheLatestPair() {
    String story = "Japan and South Korea held talks on Monday. Japan urged China to hold talks with Russia. ";
    assertThat(events(story + "Both sides agreed to meet again.")).contains(
        "036 Express intent to meet or negotiate JPN->KOR 2023-12-11 [asserted]",
        "036 Express intent to meet or negotiate KOR->JPN 2023-12-11 [asserted]");
    assertThat(events(story + "They agreed to meet again.")).contains(
        "036 Express intent to meet or negotiate JPN->CHN 2023-12-11 [asserted]",
        "036 Express intent to meet or negotiate CHN->JPN 2023-12-11 [asserted]");
  }

  @Test
  void anObjectThemAndATheyInsideAQuotationAreNotTheLatestPair() {
    String story = "Japan and South Korea held talks on Monday. ";
    assertThat(dyads(story + "China threatened to expel them.")).noneMatch(e -> e.contains("CHN->"));
    assertThat(dyads(story + "\"They attacked us,\" Chinese Foreign Minister Wang Yi said."))
        .noneMatch(e -> e.startsWith("19"));
  }

  @Test
  void expellingADiplomatIsAimedAtTheDiplomatsCountry() {
    assertThat(events("Bolivia expelled the Mexican ambassador on Monday."))
        .containsExactly("161 Reduce or break diplomatic relations BOL->MEXGOV 2023-12-11 [asserted]");
  }

  @Test
  void expressingSupportToACountryEndorsesIt() {
    assertThat(events("Japan expressed support to the Philippines."))
        .containsExactly("051 Praise or endorse JPN->PHL 2023-12-11 [asserted]");
  }

  @Test
  void concernOverAnotherCountrysActsIsDisapprovalOfIt() {
    assertThat(events("Australia voiced concern over China's actions."))
        .containsExactly("110 Disapprove, not specified below AUS->CHN 2023-12-11 [asserted]");
  }

  @Test
  void callingOnACountryToActIsAnAppealToItAndTheActHasNotHappened() {
    assertThat(events("Egypt called on Israel to halt the fighting.")).containsExactly(
        "025 Appeal to yield, not specified below EGY->ISR 2023-12-11 [asserted]",
        "0871 Declare truce, ceasefire ISR->- 2023-12-11 [reported, hypothetical]");
  }

  @Test
  void aProtestNoteDeliveredIsAnOfficialComplaint() {
    assertThat(events("Iraq delivered a protest note to the Turkish ambassador."))
        .containsExactly("114 Complain officially IRQ->TURGOV 2023-12-11 [asserted]");
  }

  @Test
  void agreeingToLendOilToACountryIsAnIntentToProvideAid() {
    assertThat(events("Venezuela agreed to lend Ecuador five million barrels of crude."))
        .containsExactly("0331 Express intent to provide economic aid VEN->ECU 2023-12-11 [asserted] act=071");
  }

  @Test
  void theMinisterLaterInTheStoryIsTheMinisterNamedBefore() {
    assertThat(events("Turkish Foreign Minister Mevlut Cavusoglu arrived in Athens on Monday. The minister criticised "
        + "Greece.")).contains("111 Criticize or denounce TURGOV->GRC 2023-12-11 [asserted]");
  }

  @Test
  void aThreatIsAimedAtWhomTheActThreatenedIsAimedAt() {
    assertThat(events("Iran threatened to cut off electricity to Azerbaijan."))
        .containsExactly("130 Threaten, not specified below IRN->AZE 2023-12-11 [asserted]");
  }

  @Test
  void aThreatOnAConditionIsAimedAtTheOneWhoseActIsTheCondition() {
    assertThat(events("Russia threatened to halt the talks if the United States deployed new missiles."))
        .contains("134 Threaten to halt negotiations RUS->USA 2023-12-11 [asserted]");
  }

  @Test
  void alliesIncludingNamedCountriesActEachWithTheGroup() {
    assertThat(events("France and its allies including Italy and Spain condemned Iran.")).containsExactly(
        "111 Criticize or denounce FRA->IRN 2023-12-11 [asserted]",
        "111 Criticize or denounce ITA->IRN 2023-12-11 [asserted]",
        "111 Criticize or denounce ESP->IRN 2023-12-11 [asserted]");
  }

  @Test
  void talksBeforeTheConferenceInWhichSomeoneSpeaksAreTheSpeakersTalks() {
    assertThat(events("In a press conference after talks with Chinese leaders, Japanese Foreign Minister Yoko "
        + "Kamikawa praised the plan."))
        .contains("040 Consult, not specified below JPNGOV->CHNGOV 2023-12-11 [asserted]");
  }

  @Test
  void twoConjoinedPassivesShareTheirAgentAndTheirSubject() {
    assertThat(events("Two Pakistani fishermen were shot and killed by the Indian army.")).containsExactly(
        "193 Fight with small arms and light weapons INDMIL->PAKAGR 2023-12-11 [asserted]",
        "190 Use conventional military force, not specified below INDMIL->PAKAGR 2023-12-11 [asserted]");
  }

  @Test
  void rejectingRemarksMadeBySomeoneRejectsTheirMaker() {
    assertThat(events("Pakistan rejected the remarks made by the Indian foreign minister."))
        .containsExactly("120 Reject, not specified below PAK->INDGOV 2023-12-11 [asserted]");
  }

  @Test
  void fightingInAnotherCountryIsAimedAtThatCountry() {
    assertThat(events("Turkish troops fought in northern Iraq.")).containsExactly(
        "190 Use conventional military force, not specified below TURMIL->IRQ 2023-12-11 place=Iraq [asserted]");
  }

  @Test
  void anActWhoseOnlyTargetIsItsOwnActorIsOneSided() {
    assertThat(events("Ethiopia agreed to reopen its borders.")).containsExactly("032 Express intent to provide "
        + "diplomatic cooperation, such as policy support ETH->- 2023-12-11 [asserted] act=050");
  }

  @Test
  void aDemandThatAnotherActIsAimedAtTheSubjectOfItsClause() {
    assertThat(events("The United Nations reiterated its demand that Israel ease restrictions on Palestinian workers."))
        .containsExactly("100 Demand, not specified below IGOUNO->ISR 2023-12-11 [asserted]");
  }

  @Test
  void aBoycottAStateAnnouncesIsTheAnnouncersBoycott() {
    assertThat(events("Sweden said a boycott of South Africa took effect on Monday."))
        .containsExactly("163 Impose embargo, boycott, or sanctions SWE->ZAF 2023-12-11 [asserted]");
  }

  @Test
  void anActionAgainstACountryThreatenedIsAimedAtIt() {
    assertThat(events("President Bush threatened further action against Russia."))
        .containsExactly("130 Threaten, not specified below USAGOV->RUS 2023-12-11 [asserted]");
  }

  @Test
  void accusingEachOtherIsEachSideAccusingTheOther() {
    assertThat(events("India and Pakistan accused each other of violating the ceasefire.")).contains(
        "112 Accuse, not specified below IND->PAK 2023-12-11 [asserted]",
        "112 Accuse, not specified below PAK->IND 2023-12-11 [asserted]");
  }

  @Test
  void rejectingAnothersDemandIsAimedAtWhoDemanded() {
    assertThat(events("South Korea rejected North Korea's demand to sever the alliance."))
        .containsExactly("120 Reject, not specified below KOR->PRK 2023-12-11 [asserted]");
  }

  @Test
  void supportingABodysResolutionIsAimedAtTheBody() {
    assertThat(events("Hungary will support a U.N. Security Council resolution.")).containsExactly(
        "032 Express intent to provide diplomatic cooperation, such as policy support HUN->IGOUNO 2023-12-11 "
            + "[asserted] act=051");
  }

  @Test
  void demandingThatABodysMembersActIsAimedAtTheBody() {
    assertThat(events("Greece demanded that its European Community partners refuse to recognize Macedonia."))
        .containsExactly("100 Demand, not specified below GRC->IGOEUREEC 2023-12-11 [asserted]");
  }

  @Test
  void aConjunctThatNamesNoOneActsOnWhomTheFirstVerbActsOn() {
    assertThat(events("The United States accused Japan of dumping chips and threatened retaliation.")).containsExactly(
        "112 Accuse, not specified below USA->JPN 2023-12-11 [asserted]",
        "1312 Threaten to boycott, embargo, or sanction USA->JPN 2023-12-11 [asserted]");
  }

  @Test
  void aThreatOnTheFailureOfSomeonesThingIsAimedAtItsOwner() {
    assertThat(events("Japan warned of retaliation if South Korea's reforms fail."))
        .containsExactly("130 Threaten, not specified below JPN->KOR 2023-12-11 [asserted]");
  }
}
