package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.engine.nlp.Parser;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.junit.jupiter.api.Test;

/** Issue 13, item 2: a document over its time budget keeps what was done in time, with a problem, and no more. */
class BudgetTest {
  private static final String TEXT = "Japan thanked South Korea. Japanese Prime Minister Fumio Kishida visited Seoul.";

  /** The shared parser, after a pause that takes the document over a budget of a few milliseconds. */
  private static Parser slow(long pauseMillis) {
    return (text, parse, elapsed) -> {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return SharedParser.get().parse(text, parse, elapsed);
    };
  }

  private static Document doc(String text) {
    return new Document("t", null, text, LocalDate.of(2023, 12, 11), DateSource.OVERRIDE, null, "test", Map.of());
  }

  @Test
  void aDocumentOverItsTimeBudgetKeepsItsSentencesUnparsedAndTheStagesAfterAreNotRun() {
    Engine engine = Engine.builder().parser(slow(50)).limits(new Limits(1_000_000, 400, 5)).build();
    Timings t = new Timings();
    Extraction x = engine.extract(doc(TEXT), t);
    assertThat(t.count("sentences")).isEqualTo(2);
    assertThat(t.count("parsed sentences")).isZero();
    assertThat(x.problems()).extracting(p -> p.stage() + " [" + p.start() + "," + p.end() + ") " + p.message())
        .containsExactly("nlp [0,79) the document is over its time budget: the sentences from here on are not parsed",
            "budget [0,79) document t (test) took over its time budget of 5 ms; stages actors, places, time, quotes,"
                + " events were not run");
    assertThat(x.entities()).isEmpty();
    assertThat(x.events()).isEmpty();
  }

  @Test
  void aDocumentWithinItsBudgetHasNoBudgetProblem() {
    Engine engine = Engine.builder().parser(slow(0)).limits(new Limits(1_000_000, 400, 60_000)).build();
    Extraction x = engine.extract(doc(TEXT));
    assertThat(x.problems()).isEmpty();
    assertThat(x.events()).extracting(e -> e.code() + " " + e.evidence().text()).contains(
        "051 Japan thanked South Korea");
    assertThat(Limits.DEFAULTS.budgetMillis()).isEqualTo(60_000);
    assertThat(new Limits(1, 1).budgetMillis()).isEqualTo(Limits.DEFAULT_BUDGET_MILLIS);
    assertThat(List.of(new Limits(1, 1, Long.MAX_VALUE).budgetNanos())).allSatisfy(n -> assertThat(n).isPositive());
  }
}
