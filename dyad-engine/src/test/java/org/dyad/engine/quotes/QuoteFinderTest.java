package org.dyad.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.quotes.QuoteRendering.quotes;

import java.util.List;
import org.dyad.engine.actors.Entities;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static Entity person(String id, String name, String country, String text, String... mentions) {
    List<Mention> ms = new java.util.ArrayList<>();
    int from = 0;
    for (String m : mentions) {
      int at = text.indexOf(m, from);
      ms.add(Mention.of(text, at, at + m.length()));
      from = at + m.length();
    }
    return new Entity(id, name, EntityType.PERSON, country, null, null, ms);
  }

  @Test
  void curlyQuoteBeforeSubjectAndCueIsDirectSpeech() {
    assertThat(quotes("“Cooperation is essential for peace,” Yoon said on Monday."))
        .containsExactly("QUOTE[0,37) direct \"“Cooperation is essential for peace,”\" cue=say speaker=Yoon@Yoon[38,42)");
  }

  @Test
  void straightQuoteAfterInvertedCueIsDirectSpeech() {
    assertThat(quotes("\"We will not give up,\" said the minister."))
        .containsExactly("QUOTE[0,22) direct \"\"We will not give up,\"\" cue=say speaker=the minister@the minister[28,40)");
  }

  @Test
  void quotationRunsOnIntoTheNextParagraphThatReopensIt() {
    String text = "“The talks went well. We agreed on trade.\n\n“We will meet again in May,” the minister said.";
    assertThat(quotes(text)).containsExactly("QUOTE[0,71) direct \"" + text.substring(0, 71)
        + "\" cue=say speaker=the minister@the minister[72,84)");
  }

  @Test
  void partialQuoteRunningIntoParaphraseKeepsOnlyTheQuotedPart() {
    assertThat(quotes("“We have a lot of opportunities to cooperate” and securing a free and open sea, "
            + "a Japanese foreign ministry official said."))
        .containsExactly("QUOTE[0,45) direct \"“We have a lot of opportunities to cooperate”\" cue=say "
            + "speaker=a Japanese foreign ministry official@a Japanese foreign ministry official[80,116)");
  }

  @Test
  void shortScareQuoteWithoutCueIsNotAQuote() {
    assertThat(quotes("The so-called “axis of evil” dominated the debate in Washington.")).isEmpty();
  }

  @Test
  void unclosedQuoteAtTheEndOfTheTextIsNoDirectQuote() {
    assertThat(quotes("The minister arrived in Tokyo. “We will see what happens next, she said"))
        .containsExactly("QUOTE[32,61) reported \"We will see what happens next\" cue=say speaker=she@she[63,66)");
  }

  @Test
  void saidThatIntroducesReportedSpeech() {
    assertThat(quotes("The minister said that the talks would resume next week."))
        .containsExactly("QUOTE[23,55) reported \"the talks would resume next week\" cue=say "
            + "speaker=The minister@The minister[0,12)");
  }

  @Test
  void postposedSubjectAndCueAfterCommaEndReportedSpeech() {
    assertThat(quotes("Disputes should not prevent closer ties, South Korean President Yoon Suk Yeol said on "
            + "Sunday as he welcomed Kishida."))
        .containsExactly("QUOTE[0,39) reported \"Disputes should not prevent closer ties\" cue=say "
            + "speaker=South Korean President Yoon Suk Yeol@South Korean President Yoon Suk Yeol[41,77)");
  }

  @Test
  void invertedSaidWithAppositionNamesTheSpeakerWithoutTheApposition() {
    assertThat(quotes("The summit will focus on security, said Shin-wha Lee, a professor at Korea University."))
        .containsExactly("QUOTE[0,33) reported \"The summit will focus on security\" cue=say "
            + "speaker=Shin-wha Lee@Shin-wha Lee[40,52)");
  }

  @Test
  void accordingToNamesTheSpeakerOfTheRestOfTheSentence() {
    assertThat(quotes("According to the police, the suspect fled the scene on foot."))
        .containsExactly("QUOTE[25,59) reported \"the suspect fled the scene on foot\" cue=according to "
            + "speaker=the police@the police[13,23)");
  }

  @Test
  void toldReportersKeepsTheSubjectAsSpeaker() {
    assertThat(quotes("The mayor told reporters the bridge would reopen in June."))
        .containsExactly("QUOTE[25,56) reported \"the bridge would reopen in June\" cue=tell "
            + "speaker=The mayor@The mayor[0,9)");
  }

  @Test
  void reportedCitingNamesTheReporterAsSpeakerAndTheCitedSourceAsVia() {
    assertThat(quotes("Kishida will urge talks with China this year, Kyodo reported on Friday, citing multiple "
            + "unnamed diplomatic sources."))
        .containsExactly("QUOTE[0,44) reported \"Kishida will urge talks with China this year\" cue=report "
            + "speaker=Kyodo@Kyodo[46,51) via=multiple unnamed diplomatic sources");
  }

  @Test
  void coordinatedThatClausesAreOneReportedContent() {
    assertThat(quotes("The president said old disputes should not stop progress, and that he wants better ties."))
        .containsExactly("QUOTE[19,87) reported \"old disputes should not stop progress, and that he wants "
            + "better ties\" cue=say speaker=The president@The president[0,13)");
  }

  @Test
  void saidHeHopedReportsTheHopeAsTheContent() {
    assertThat(quotes("Kishida said he hoped to discuss regional issues with Yoon."))
        .containsExactly("QUOTE[13,58) reported \"he hoped to discuss regional issues with Yoon\" cue=say "
            + "speaker=Kishida@Kishida[0,7)");
  }

  @Test
  void speakerResolvesToTheEntityAtItsHeadWord() {
    String text = "South Korean President Yoon Suk Yeol said the talks were useful.";
    Entities entities = new Entities(List.of(
        person("E1", "Yoon Suk Yeol", "KOR", text, "South Korean President Yoon Suk Yeol")));
    assertThat(quotes(text, entities))
        .containsExactly("QUOTE[42,63) reported \"the talks were useful\" cue=say speaker=Yoon Suk Yeol"
            + "@South Korean President Yoon Suk Yeol[0,36)=E1");
  }

  @Test
  void uncoveredPronounFallsBackToTheLastCompatiblePersonEntity() {
    String text = "Mrs. Lee met Mr. Park in Seoul. “The talks were useful,” she said.";
    Entities entities = new Entities(List.of(
        person("E1", "Lee", null, text, "Mrs. Lee"),
        person("E2", "Park", null, text, "Mr. Park")));
    assertThat(quotes(text, entities))
        .containsExactly("QUOTE[32,56) direct \"“The talks were useful,”\" cue=say speaker=Lee@she[57,60)=E1");
  }

  @Test
  void pronounWithoutEntitiesFallsBackToTheLastTaggedPersonName() {
    assertThat(quotes("Shin-wha Lee teaches in Seoul. “Their ties are crucial for security,” she said."))
        .containsExactly("QUOTE[31,69) direct \"“Their ties are crucial for security,”\" cue=say "
            + "speaker=Shin-wha Lee@she[70,73)");
  }

  @Test
  void unnamedSourcesStayUnresolvedWithTheirOwnWordsAsName() {
    assertThat(quotes("Officials said the border would stay closed."))
        .containsExactly("QUOTE[15,43) reported \"the border would stay closed\" cue=say "
            + "speaker=Officials@Officials[0,9)");
  }

  @Test
  void cueInsideAQuotationIsNotAnAttribution() {
    assertThat(quotes("“I said we would win, and we won,” the coach said."))
        .containsExactly("QUOTE[0,34) direct \"“I said we would win, and we won,”\" cue=say "
            + "speaker=the coach@the coach[35,44)");
  }

  @Test
  void transcriptTurnNamesItsSpeakerBeforeTheColon() {
    assertThat(quotes("The interview went on.\n\nPENCE: Well, the question really should be about the issues."))
        .containsExactly("QUOTE[31,83) reported \"Well, the question really should be about the issues\" cue=: "
            + "speaker=PENCE@PENCE[24,29)");
  }

  @Test
  void saidWithoutThatMisparsedAsClausalSubjectStillGivesTheReportedClause() {
    assertThat(quotes("Treasury Secretary James Baker said\nthe U.S. imposition of tariffs does not signal a trade war."))
        .containsExactly("QUOTE[36,94) reported \"the U.S. imposition of tariffs does not signal a trade war\" cue=say "
            + "speaker=Treasury Secretary James Baker@Treasury Secretary James Baker[0,30)");
  }

  @Test
  void quotationRightBeforeNameAndCueIsTheirsEvenWhenAParticipleFollows() {
    assertThat(quotes("\"The idea is absurd. No, Trump.\" Clinton tweeted, quoting a reporter's tweet."))
        .containsExactly("QUOTE[0,32) direct \"\"The idea is absurd. No, Trump.\"\" cue=tweet "
            + "speaker=Clinton@Clinton[33,40) via=a reporter's tweet");
  }

  @Test
  void invertedCueCutOffByTheSplitterAfterAQuestionMarkStillNamesTheSpeaker() {
    assertThat(quotes("\"You base your statements on pictures?\" tweeted Prince Alwaleed, on Thursday."))
        .containsExactly("QUOTE[0,39) direct \"\"You base your statements on pictures?\"\" cue=tweet "
            + "speaker=Prince Alwaleed@Prince Alwaleed[48,63)");
  }

  @Test
  void headWithANameInAppositionIsThatNamesEntity() {
    String text = "One, Finance Minister Ana Ruiz, said the budget would pass.";
    Entities entities = new Entities(List.of(person("E1", "Ana Ruiz", "PRT", text, "Finance Minister Ana Ruiz")));
    assertThat(quotes(text, entities)).singleElement().asString().endsWith("speaker=Ana Ruiz@One[0,3)=E1");
  }

  @Test
  void pronounAfterSomeoneOnlySpokenOfIsTheEarlierSpeaker() {
    String text = "The spokesman said Ruiz was innocent. He said the trial was unfair.";
    Entities entities = new Entities(List.of(person("E1", "Ruiz", null, text, "Ruiz", "He")));
    assertThat(quotes(text, entities)).last().asString().endsWith("speaker=The spokesman@He[38,40)");
  }

  @Test
  void definiteTitleAloneIsThePersonLastNamedWithIt() {
    String text = "Foreign Minister Ana Ruiz met her Chilean counterpart. The minister said the talks went well.";
    Entities entities = new Entities(List.of(person("E1", "Ana Ruiz", "PRT", text, "Foreign Minister Ana Ruiz")));
    assertThat(quotes(text, entities)).singleElement().asString()
        .endsWith("speaker=Ana Ruiz@The minister[55,67)=E1");
  }

  @Test
  void sentencesInsideALongQuotationDoNotPushTheSpeakerOutOfThePronounsReach() {
    String text = "Ana Ruiz said the port would reopen.\n\n“The ships wait. The crews are ready. The cranes work. "
        + "The roads are open. We open on Monday,” she said.";
    Entities entities = new Entities(List.of(person("E1", "Ana Ruiz", "PRT", text, "Ana Ruiz")));
    assertThat(quotes(text, entities)).last().asString().endsWith("speaker=Ana Ruiz@she[133,136)=E1");
  }

  @Test
  void heAfterATitleNamingAnOrganisationIsThatTitlesSpeaker() {
    String text = "The Foreign Office spokesman said the claim was false. He said the talks would go on.";
    Entities entities = new Entities(List.of(new Entity("E1", "Foreign Office", EntityType.ORGANIZATION, "GBR",
        null, null, List.of(Mention.of(text, 4, 28)))));
    assertThat(quotes(text, entities)).last().asString().endsWith("speaker=Foreign Office@He[55,57)=E1");
  }

  @Test
  void personNamedInsideTheQuotationIsNotThePronounsSpeaker() {
    assertThat(quotes("Oleg Ruiz spoke to reporters on Monday.\n\n“Another insult by Victor Lee. Such remarks are "
            + "unacceptable,” he said."))
        .singleElement().asString().endsWith("speaker=Oleg Ruiz@he[104,106)");
  }

  @Test
  void quotationBeforeACueWithAnAdjunctAndASecondQuotationIsTheSpeakersOnBothSides() {
    assertThat(quotes("“We will win the vote,” Garcia said in March, “and then we will govern.”"))
        .containsExactly("QUOTE[0,23) direct \"“We will win the vote,”\" cue=say speaker=Garcia@Garcia[24,30)",
            "QUOTE[46,72) direct \"“and then we will govern.”\" cue=say speaker=Garcia@Garcia[24,30)");
  }

  @Test
  void quotationBeforeAnInvertedCueAndAnAppositionIsTheNamedSpeakers() {
    assertThat(quotes("“Why should the port wait any longer?” asked Ruiz, a retired harbour pilot."))
        .containsExactly("QUOTE[0,38) direct \"“Why should the port wait any longer?”\" cue=ask speaker=Ruiz@Ruiz[45,49)");
  }

  @Test
  void quotationBeforeANameWithAnAppositionAndACueIsTheNamesNotTheAppositions() {
    assertThat(quotes("“The port is open again,” Ruiz, a retired harbour pilot, said on Monday."))
        .containsExactly("QUOTE[0,25) direct \"“The port is open again,”\" cue=say speaker=Ruiz@Ruiz[26,30)");
  }

  @Test
  void quotationThatEndsWithAFullStopLeavesTheNextSentenceItsOwn() {
    assertThat(quotes("“The port is open again.” On Monday, Ruiz said the ships were late."))
        .containsExactly("QUOTE[47,66) reported \"the ships were late\" cue=say speaker=Ruiz@Ruiz[37,41)");
  }
}
