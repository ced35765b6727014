package org.dyad.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void twoApostrophesAreADoubleQuotationMark() {
    assertThat(quoted("''We will not raise taxes,'' said Ms. Ortiz. ''Not this year.''"))
        .containsExactly("''We will not raise taxes,''", "''Not this year.''");
  }

  @Test
  void aSingleApostropheIsNoQuotationMark() {
    assertThat(quoted("The mayor's office said it's 'unlikely' to change.")).isEmpty();
  }

  @Test
  void straightMarkRightAfterAFullStopOpensWhenNoQuotationIsOpen() {
    assertThat(quoted("\"The vote went well,\" she added.\"If you ask me again I would say so.\""))
        .containsExactly("\"The vote went well,\"", "\"If you ask me again I would say so.\"");
  }

  @Test
  void indentedLineStartsAParagraphThatReopensTheQuotation() {
    String text = "    \"We want a deal. It is a fair offer.\n    \"But we will not wait,\" he said.";
    assertThat(QuoteMarks.find(text)).containsExactly(new Span(4, text.indexOf(" he said")));
  }

  @Test
  void lineWrappedAtTheMarginDoesNotEndTheParagraph() {
    assertThat(QuoteMarks.paragraphBreaks("He said the talks\nwould resume.\n    Officials agreed.", 0, 50))
        .isEqualTo(1);
  }
}
