package org.dyad.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.quotes.QuoteRendering.quotes;

import org.junit.jupiter.api.Test;

/** Reported speech read where the parse goes wrong, and speakers found beyond the cue's own sentence. */
class ReportedSpeechTest {
  @Test
  void clauseAfterSaidWithoutThatIsTheContentEvenWhenParsedAsAnObject() {
    assertThat(quotes("The minister said the cost of the tariff would be to double the price of steel."))
        .containsExactly("QUOTE[18,78) reported \"the cost of the tariff would be to double the price of steel\" "
            + "cue=say speaker=The minister@The minister[0,12)");
  }

  @Test
  void parentheticalCueReportsTheClauseAroundIt() {
    assertThat(quotes("The harbour, the mayor said, reopened on Tuesday after the storm."))
        .containsExactly("QUOTE[0,64) reported \"The harbour, the mayor said, reopened on Tuesday after the storm\" "
            + "cue=say speaker=the mayor@the mayor[13,22)");
  }

  @Test
  void asReportedByNamesTheAgentAsSpeaker() {
    assertThat(quotes("The school will close next month, as reported by the city council."))
        .containsExactly("QUOTE[0,32) reported \"The school will close next month\" cue=report "
            + "speaker=the city council@the city council[49,65)");
  }

  @Test
  void sentenceThatIsOnlyACueAfterAnExclamationClaimsTheQuotation() {
    assertThat(quotes("“We will win this election!” Garcia said."))
        .containsExactly("QUOTE[0,28) direct \"“We will win this election!”\" cue=say speaker=Garcia@Garcia[29,35)");
  }

  @Test
  void participleTakenForAMarkerStillReportsWithTheMainSubject() {
    assertThat(quotes("Ana Ruiz, a port official, defended the plan, saying they did not break any rules."))
        .containsExactly("QUOTE[53,81) reported \"they did not break any rules\" cue=say "
            + "speaker=Ana Ruiz@Ana Ruiz[0,8)");
  }

  @Test
  void postposedCueWithACitingParticipleKeepsItsContentAndCitedSource() {
    assertThat(quotes("The port reopened, the agency reported, citing officials."))
        .containsExactly("QUOTE[0,17) reported \"The port reopened\" cue=report speaker=the agency@the agency[19,29) "
            + "via=officials");
  }

  @Test
  void verbAfterACommaWithNoClauseBeforeItIsNoInvertedCue() {
    assertThat(quotes("One after another, the banks, including Lehman, declared bankruptcy.")).isEmpty();
  }

  @Test
  void quotedFragmentAfterReportedWordsStaysInsideTheReportedClause() {
    assertThat(quotes("Ruiz said five workers were arrested “for reasons of national security.”"))
        .hasSize(1).allMatch(q -> q.startsWith("QUOTE[10,") && q.contains(" reported \"five workers were arrested “"));
  }

  @Test
  void relativePronounSpeakerIsNamedByTheNounItStandsFor() {
    assertThat(quotes("Farmers who said the drought was severe asked for aid."))
        .singleElement().asString().endsWith("speaker=Farmers@who[8,11)");
  }

  @Test
  void statementSayingIsTheWordsOfWhoeverIssuedIt() {
    assertThat(quotes("She released a statement saying the company would appeal."))
        .containsExactly("QUOTE[32,56) reported \"the company would appeal\" cue=say speaker=She@She[0,3)");
  }

  @Test
  void theyAfterAPluralSpeakerIsThatSpeaker() {
    assertThat(quotes("Two farm groups said the drought was severe. They said the harvest would be the smallest "
            + "in a decade."))
        .containsExactly(
            "QUOTE[21,43) reported \"the drought was severe\" cue=say speaker=Two farm groups@Two farm groups[0,15)",
            "QUOTE[55,100) reported \"the harvest would be the smallest in a decade\" cue=say "
                + "speaker=Two farm groups@They[45,49)");
  }

  @Test
  void itAfterAnOrganisationSpeakerIsThatSpeaker() {
    assertThat(quotes("The ministry said in a statement that talks would resume. It said the date was not yet set."))
        .containsExactly(
            "QUOTE[38,56) reported \"talks would resume\" cue=say speaker=The ministry@The ministry[0,12)",
            "QUOTE[66,90) reported \"the date was not yet set\" cue=say speaker=The ministry@It[58,60)");
  }

  @Test
  void quotationOpeningTheNextParagraphGoesOnWithTheSameSpeaker() {
    assertThat(quotes("“We will rebuild the bridge,” the mayor said.\n\n“It will take a year.”"))
        .containsExactly(
            "QUOTE[0,29) direct \"“We will rebuild the bridge,”\" cue=say speaker=the mayor@the mayor[30,39)",
            "QUOTE[47,69) direct \"“It will take a year.”\" cue=say speaker=the mayor@the mayor[30,39)");
  }

  @Test
  void quotedAsSayingMakesTheOneQuotedTheSpeakerAndTheOneQuotingTheSource() {
    assertThat(quotes("Kyodo quoted the minister as saying the talks would resume."))
        .containsExactly("QUOTE[36,58) reported \"the talks would resume\" cue=say "
            + "speaker=the minister@the minister[13,25) via=Kyodo");
  }

  @Test
  void participleAddingToAReportedClauseHasTheReportersSubject() {
    assertThat(quotes("Ana Ruiz noted that the port had reopened, adding that ships were waiting."))
        .anyMatch(q -> q.contains("\"ships were waiting\"") && q.endsWith("speaker=Ana Ruiz@Ana Ruiz[0,8)"));
  }

  @Test
  void subjectAfterAnAppositionSetOffByCommasIsTheOneBeforeTheCue() {
    assertThat(quotes("After the vote in Lisbon, the capital, the Foreign Ministry said talks would resume."))
        .singleElement().asString().endsWith("speaker=the Foreign Ministry@the Foreign Ministry[39,59)");
  }

  @Test
  void namedSubjectKeepsItsNameBeforeAnAppositionEndingAtTheCue() {
    assertThat(quotes("As part of the plan, Tom Ruiz, the president of the firm announced that plants would close."))
        .singleElement().asString().endsWith("speaker=Tom Ruiz@Tom Ruiz[21,29)");
  }

  @Test
  void splitQuotationNamesThePronounBetweenItsHalvesNotItsOpeningWords() {
    assertThat(quotes("\"Our plan,\" she said, \"is to rebuild the port by spring.\""))
        .allMatch(q -> q.endsWith("speaker=she@she[12,15)"));
  }

  @Test
  void nameWithAnAppositionBeforeAPostposedCueIsTheSpeaker() {
    assertThat(quotes("“The port will reopen. The ships are ready,” Ana Ruiz, a port official, said on Monday on "
            + "local radio."))
        .containsExactly("QUOTE[0,44) direct \"“The port will reopen. The ships are ready,”\" cue=say "
            + "speaker=Ana Ruiz@Ana Ruiz[45,53)");
  }

  @Test
  void questionCutOffBeforeItsCueGoesToASpeakerWithAPrepositionalPhrase() {
    assertThat(quotes("“Why did the mayor wait so long?” a member of the council asked."))
        .singleElement().asString().endsWith("speaker=a member@a member[34,42)");
  }

  @Test
  void secondSpeakerCoordinatedWithTheFirstEndsTheFirstOnesContent() {
    assertThat(quotes("The mayor stressed that the bridge was safe, and engineers warned that the road needed repairs."))
        .containsExactly(
            "QUOTE[24,43) reported \"the bridge was safe\" cue=stress speaker=The mayor@The mayor[0,9)",
            "QUOTE[71,94) reported \"the road needed repairs\" cue=warn speaker=engineers@engineers[49,58)");
  }

  @Test
  void postposedSpeakerMayOpenWithAParticiple() {
    assertThat(quotes("“The harbour will reopen in May,” retired port director Ana Ruiz said."))
        .singleElement().asString().endsWith("speaker=retired port director Ana Ruiz@retired port director Ana Ruiz[34,64)");
  }

  @Test
  void subordinateClauseAfterAPostposedCueDoesNotHideIt() {
    assertThat(quotes("The plan is a disgrace to the city, council members said on Friday, as they left the hall."))
        .containsExactly("QUOTE[0,34) reported \"The plan is a disgrace to the city\" cue=say "
            + "speaker=council members@council members[36,51)");
  }

  @Test
  void quotationClosingTwoQuotationsAtOnceStillEndsBeforeItsSpeaker() {
    assertThat(quotes("“You told us you ‘would fix the road by June,’” Ruiz said."))
        .singleElement().asString().endsWith("speaker=Ruiz@Ruiz[48,52)");
  }

  @Test
  void cueCutOffAfterAPartyAndStateInParenthesesKeepsTheNameBeforeThemAsSpeaker() {
    assertThat(quotes("The port should reopen soon, Sen. Ana Ruiz (D-N.Y.) told reporters on Monday. "
            + "Rep. Tom Lee (R-S.C.) said that the plan was a mistake."))
        .containsExactly(
            "QUOTE[0,27) reported \"The port should reopen soon\" cue=tell speaker=Sen. Ana Ruiz@Sen. Ana Ruiz[29,42)",
            "QUOTE[110,132) reported \"the plan was a mistake\" cue=say speaker=Rep. Tom Lee@Rep. Tom Lee[78,90)");
  }

  @Test
  void headlineClauseWithoutItsVerbIsReportedOnlyInTheFirstSentence() {
    assertThat(quotes("Ruiz says port deal 'very close' after talks.\n\nThe mayor says port deal very close."))
        .containsExactly("QUOTE[10,44) reported \"port deal 'very close' after talks\" cue=say speaker=Ruiz@Ruiz[0,4)");
  }

  @Test
  void participleAfterACommaOnAnAdjunctsNounSpeaksForTheClausesSubject() {
    assertThat(quotes("The mayor spoke on Tuesday about the closure of the port in Lisbon, arguing that the city "
            + "needed a new one."))
        .singleElement().asString().endsWith("speaker=The mayor@The mayor[0,9)");
  }

  @Test
  void participleAfterOfAndANameHasThatNameAsSpeaker() {
    assertThat(quotes("The advert closes with footage of Maria Lopez asking, “Who will pay for the bridge?”"))
        .singleElement().asString().endsWith("speaker=Maria Lopez@Maria Lopez[34,45)");
  }

  @Test
  void participleAfterAPrepositionSpeaksForTheClausesSubject() {
    assertThat(quotes("The governor opened the session and began by saying the budget was balanced."))
        .containsExactly("QUOTE[52,75) reported \"the budget was balanced\" cue=say "
            + "speaker=The governor@The governor[0,12)");
  }

  @Test
  void participleBetweenCommasAfterASubjectSpeaksForThatSubject() {
    assertThat(quotes("Mayor Tom Berg, despite admitting that the plan had flaws, said the council would pass it."))
        .containsExactly(
            "QUOTE[39,57) reported \"the plan had flaws\" cue=admit speaker=Mayor Tom Berg@Mayor Tom Berg[0,14)",
            "QUOTE[64,89) reported \"the council would pass it\" cue=say "
                + "speaker=Mayor Tom Berg@Mayor Tom Berg[0,14)");
  }

  @Test
  void participleOnAnEventNounSpeaksForTheClausesSubject() {
    assertThat(quotes("Lopez spoke at a news conference announcing that the city would sue the builder."))
        .singleElement().asString().endsWith("speaker=Lopez@Lopez[0,5)");
  }

  @Test
  void nameSetOffBeforeTheCueIsTheSpeakerNotTheNounBeforeItsComma() {
    assertThat(quotes("To understand the old Port Authority, Mayor Tom Berg said, one should visit the docks."))
        .singleElement().asString().endsWith("speaker=Mayor Tom Berg@Mayor Tom Berg[38,52)");
  }

  @Test
  void relativePronounTheParserTookForTheObjectIsStillTheSpeaker() {
    assertThat(quotes("The port has a cold relationship with Lopez, now the council leader, who in 2010 said the "
            + "harbour was a failure."))
        .singleElement().asString().endsWith("cue=say speaker=the council leader@who[69,72)");
  }

  @Test
  void havingSaidThatReportsNothingAfterIt() {
    assertThat(quotes("Having said that, there are economists who argue that taxes should be lower."))
        .singleElement().asString().contains("cue=argue");
  }

  @Test
  void datelineBeforeADashIsNoSpeaker() {
    assertThat(quotes("LISBON — Mayor Ana Ruiz defended the plan on Monday, saying the port would reopen in May."))
        .singleElement().asString().endsWith("speaker=Mayor Ana Ruiz@Mayor Ana Ruiz[9,23)");
  }

  @Test
  void participleAfterACommaTakesNoSubjectFromTheClauseBeforeIt() {
    assertThat(quotes("She looked back on her years as mayor of the city, saying “we rebuilt the port together.”"))
        .singleElement().asString().endsWith("speaker=She@She[0,3)");
  }

  @Test
  void reportedClauseEndsWhereTheSameSpeakersNextCueBegins() {
    assertThat(quotes("Ruiz said the port would reopen in May, noting that the ships were late."))
        .containsExactly("QUOTE[10,38) reported \"the port would reopen in May\" cue=say speaker=Ruiz@Ruiz[0,4)",
            "QUOTE[52,71) reported \"the ships were late\" cue=note speaker=Ruiz@Ruiz[0,4)");
  }

  @Test
  void reportedClauseRunsOnOverAnotherSpeakersCueInsideIt() {
    assertThat(quotes("Ruiz said the mayor told reporters that the ships were late."))
        .containsExactly("QUOTE[10,59) reported \"the mayor told reporters that the ships were late\" cue=say "
            + "speaker=Ruiz@Ruiz[0,4)", "QUOTE[40,59) reported \"the ships were late\" cue=tell "
            + "speaker=the mayor@the mayor[10,19)");
  }

  @Test
  void participleAfterAQuotationSpeaksForTheNameAfterItsClosingMark() {
    assertThat(quotes("“We will take the port by June,” Ruiz answered before adding that the army would need more "
            + "trucks."))
        .containsExactly("QUOTE[0,32) direct \"“We will take the port by June,”\" cue=answer speaker=Ruiz@Ruiz[33,37)",
            "QUOTE[66,97) reported \"the army would need more trucks\" cue=add speaker=Ruiz@Ruiz[33,37)");
  }

  @Test
  void cueCoordinatedWithTheReportedVerbEndsTheContentAsTheReportersOwn() {
    assertThat(quotes("The mayor announced that he was undergoing therapy and vowed to focus on being a better father."))
        .containsExactly("QUOTE[25,50) reported \"he was undergoing therapy\" cue=announce "
            + "speaker=The mayor@The mayor[0,9)");
  }

  @Test
  void quotationRightAfterACueWithNoClauseIsItsContent() {
    assertThat(quotes("The mayor ended her list by saying “Too many.” The crowd followed her."))
        .containsExactly("QUOTE[35,46) direct \"“Too many.”\" cue=say speaker=The mayor@The mayor[0,9)");
  }

  @Test
  void cueSetOffAfterAnOpeningConjunctionReportsTheClauseAfterIt() {
    assertThat(quotes("But as a port official noted, the ships did not even fill the harbour."))
        .containsExactly("QUOTE[30,69) reported \"the ships did not even fill the harbour\" cue=note "
            + "speaker=a port official@a port official[7,22)");
  }

  @Test
  void clauseAfterASemicolonIsNoContentOfThePostposedCue() {
    assertThat(quotes("The port will need more ships, port officials said; in 2012, the city struggled to pay for them."))
        .containsExactly("QUOTE[0,29) reported \"The port will need more ships\" cue=say "
            + "speaker=port officials@port officials[31,45)");
  }
}
