package org.dyad.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.quotes.QuoteRendering.quotes;

import org.junit.jupiter.api.Test;

/** Speakers read from the word order around a cue the parse leaves without its subject. */
class WordOrderSpeakerTest {
  @Test
  void nameBeforeALongAppositionAfterAQuotationSpeaksItAndEndsIt() {
    assertThat(quotes("“We will not give up the port,” Tom Ruiz, a lawyer for one of the unions to file the suit, "
        + "said in a statement."))
        .containsExactly("QUOTE[0,31) direct \"“We will not give up the port,”\" cue=say speaker=Tom Ruiz@Tom Ruiz[32,40)");
  }

  @Test
  void nameBeforeAnAdverbAndARelativeClauseIsTheSpeaker() {
    assertThat(quotes("Dana Ortiz, meanwhile, who sits on the port board, said the deal speaks for itself."))
        .containsExactly("QUOTE[56,82) reported \"the deal speaks for itself\" cue=say "
            + "speaker=Dana Ortiz@Dana Ortiz[0,10)");
  }

  @Test
  void nounPhraseWithItsPrepositionalPhrasesAfterAsIsTheSpeaker() {
    assertThat(quotes("However, as Bishop Mark Lind of the Diocese of Dover told the Associated Press (AP), "
        + "“We have suffered enough.”"))
        .containsExactly("QUOTE[85,111) direct \"“We have suffered enough.”\" cue=tell "
            + "speaker=Bishop Mark Lind of the Diocese of Dover@Bishop Mark Lind of the Diocese of Dover[12,52)");
  }

  @Test
  void coordinatedNounsAfterACommaSpeakTheClauseBeforeIt() {
    assertThat(quotes("The mood in the region is grim, dock workers and union officials told Reuters."))
        .containsExactly("QUOTE[0,30) reported \"The mood in the region is grim\" cue=tell "
            + "speaker=dock workers and union officials@dock workers and union officials[32,64)");
  }

  @Test
  void parsedNameBeforeAnAppositionStaysTheSpeaker() {
    assertThat(quotes("Tom Ruiz, a former mayor, said the port would reopen."))
        .containsExactly("QUOTE[31,52) reported \"the port would reopen\" cue=say speaker=Tom Ruiz@Tom Ruiz[0,8)");
  }

  @Test
  void cueInsideARelativeClauseReportsTheVerbAfterIt() {
    assertThat(quotes("The company cut the fund, which analysts said was the largest in the region."))
        .containsExactly("QUOTE[46,75) reported \"was the largest in the region\" cue=say "
            + "speaker=analysts@analysts[32,40)");
  }

  @Test
  void nounPhraseRightBeforeAParentheticalCueSpeaksNotTheSubjectBeforeItsComma() {
    assertThat(quotes("The plan, an inside source said, is to close the port in May."))
        .containsExactly("QUOTE[33,60) reported \"is to close the port in May\" cue=say "
            + "speaker=an inside source@an inside source[10,26)");
  }

  @Test
  void subjectBeforeAnAppositionSetOffByCommasStaysTheSpeaker() {
    assertThat(quotes("The mayor, a Democrat, said the port would stay open."))
        .containsExactly("QUOTE[28,52) reported \"the port would stay open\" cue=say speaker=The mayor@The mayor[0,9)");
  }
}
