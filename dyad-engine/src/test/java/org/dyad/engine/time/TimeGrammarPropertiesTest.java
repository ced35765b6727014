package org.dyad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.engine.Randomized;
import org.dyad.engine.Randomized.Gen;
import org.dyad.engine.SharedParser;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

/**
 * Randomised properties of the time grammar: any text, however broken, is tagged without an exception; every
 * timex (and every anchor) points at its own text; the same input gives the same output. Texts are built from
 * the grammar's own vocabulary (months, counts, "the next day", datelines, fractions), punctuation and random
 * Unicode, so that the rules fire on odd neighbours. A failing try prints its seed ({@link Randomized}).
 */
class TimeGrammarPropertiesTest {
  private static final TimeTagger TAGGER = new TimeTagger();

  private static final List<String> PIECES = List.of("the next day", "two days later", "a day after", "the day before",
      "the following month", "since then", "at the time", "that year", "later that day", "the previous Friday",
      "On Wednesday", "Wednesday 6 December", "March 5", "5 March 2021", "Dec. 11", "2019", "the 1990s", "fiscal 1988",
      "the third quarter", "a year earlier", "the quarter", "the 1988 period", "last week", "next month", "yesterday",
      "tonight", "3 p.m.", "midday", "2 1/2 years", "a minute and a half", "recent years", "over the years",
      "for a while", "every Tuesday", "twice a year", "April 24 and 25", "PARIS, Dec 11 (Reuters) -", "This Week",
      "the day after tomorrow", "Nov. 3, the day before", "nineteen ninety-four", "May", "March", "Sunday Times",
      "eight", "1/2", "and a half", "-", "--", ",", ".", "\n", "\n\n", "(", ")", "“", "”", "'s", "  ", "\u00a0", "%",
      "$", "France", "recalled", "its", "ambassador", "in", "on", "after", "before", "for", "the", "a", "X");

  /** Up to 40 pieces: the grammar's vocabulary, random characters, digits. */
  static String text(Gen g) {
    return String.join(" ", g.list(0, 40, () -> switch (g.between(0, 2)) {
      case 0 -> g.string(6);
      case 1 -> g.string(0, 5, "0123456789");
      default -> g.of(PIECES);
    }));
  }

  @Test
  void anyTextIsTaggedWithOffsetsOnItsOwnTextAndTheSameTwice() {
    Randomized.tries(1000, g -> {
      String text = text(g);
      LocalDate anchor = LocalDate.of(1600, 1, 1).plusDays(g.between(0, 292_000));
      List<Timex> first = TAGGER.tag(text, anchor, List.of());
      checkSpans(text, first);
      assertThat(TAGGER.tag(text, anchor, List.of())).isEqualTo(first);
    });
  }

  @Test
  void parsedTextIsTaggedWithOffsetsOnItsOwnTextAndTheSameTwice() {
    Randomized.tries(60, g -> {
      String text = g.of(PIECES) + " " + text(g) + ".";
      LocalDate anchor = LocalDate.of(2023, 12, 11);
      var sentences = SharedParser.get().parse(text);
      List<Timex> first = TAGGER.tag(text, anchor, sentences);
      checkSpans(text, first);
      assertThat(TAGGER.tag(text, anchor, sentences)).isEqualTo(first);
    });
  }

  private static void checkSpans(String text, List<Timex> timexes) {
    int last = -1;
    for (Timex t : timexes) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(t.start()).as("timexes in text order, not overlapping").isGreaterThanOrEqualTo(last);
      last = t.end();
      if (t.anchor() != null) {
        assertThat(text.substring(t.anchor().start(), t.anchor().end())).isEqualTo(t.anchor().text());
      }
    }
  }
}
