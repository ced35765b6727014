package org.dyad.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.quotes.QuoteRendering.quotes;

import org.junit.jupiter.api.Test;

/** Cues whose content is no reported clause: requests, names given, objects, cue nouns; beliefs and evidence. */
class CueFramesTest {
  @Test
  void urgedSomeoneToActReportsTheHearerAndTheAct() {
    assertThat(quotes("The envoy urged both sides to return to the talks."))
        .containsExactly("QUOTE[16,49) reported \"both sides to return to the talks\" cue=urge "
            + "speaker=The envoy@The envoy[0,9)");
  }

  @Test
  void calledForReportsWhatIsCalledFor() {
    assertThat(quotes("Greens called for a ban on plastic bags."))
        .containsExactly("QUOTE[18,39) reported \"a ban on plastic bags\" cue=call speaker=Greens@Greens[0,6)");
  }

  @Test
  void callingSomeoneSomethingReportsTheNameGiven() {
    assertThat(quotes("The minister called the strike \"a grave mistake.\""))
        .singleElement().asString()
        .startsWith("QUOTE[20,").contains("\"the strike \"a grave mistake").endsWith("cue=call "
            + "speaker=The minister@The minister[0,12)");
  }

  @Test
  void describedAsAndAccusedOfReportTheObjectWithWhatItIsCalled() {
    assertThat(quotes("She described the plan as a failure."))
        .containsExactly("QUOTE[14,35) reported \"the plan as a failure\" cue=describe speaker=She@She[0,3)");
    assertThat(quotes("He accused the government of hiding the figures."))
        .containsExactly("QUOTE[11,47) reported \"the government of hiding the figures\" cue=accuse "
            + "speaker=He@He[0,2)");
  }

  @Test
  void announcedReportsItsObject() {
    assertThat(quotes("The mayor announced a curfew on Friday."))
        .containsExactly("QUOTE[20,28) reported \"a curfew\" cue=announce speaker=The mayor@The mayor[0,9)");
  }

  @Test
  void cueNounWithAThatClauseIsTheWordsOfWhoeverVoicedIt() {
    assertThat(quotes("The officials also expressed doubt that such a change was in the works."))
        .containsExactly("QUOTE[40,70) reported \"such a change was in the works\" cue=doubt "
            + "speaker=The officials@The officials[0,13)");
  }

  @Test
  void beliefAndEvidenceCountWithAClause() {
    assertThat(quotes("Ruiz believes the vote will be close."))
        .containsExactly("QUOTE[14,36) reported \"the vote will be close\" cue=believe speaker=Ruiz@Ruiz[0,4)");
    assertThat(quotes("Polls show the race is tied."))
        .containsExactly("QUOTE[11,27) reported \"the race is tied\" cue=show speaker=Polls@Polls[0,5)");
  }

  @Test
  void wishesPassivesAndInfinitivesReportNothing() {
    assertThat(quotes("Ruiz wants to win the vote.")).isEmpty();
    assertThat(quotes("The so-called reforms were called a failure.")).isEmpty();
    assertThat(quotes("The law requires firms to disclose their profits.")).isEmpty();
  }

  @Test
  void participleOfAQuestionPutToSomeoneNamesNoSpeaker() {
    assertThat(quotes("Asked about the talks, Lee declined to comment.")).isEmpty();
  }
}
