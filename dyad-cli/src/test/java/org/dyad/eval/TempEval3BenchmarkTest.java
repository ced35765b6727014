package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;
import org.junit.jupiter.api.Test;

class TempEval3BenchmarkTest {
  private static final String TEXT = "He left last Friday and will stay two weeks.";

  private static Timex timex(String text, TimexType type, String value) {
    int start = TEXT.indexOf(text);
    return new Timex(start, start + text.length(), text, type, value, null);
  }

  private static TempEval3Benchmark.Gold gold(String text, String type, String value) {
    int start = TEXT.indexOf(text);
    return new TempEval3Benchmark.Gold(start, start + text.length(), text, type, value);
  }

  private static List<String> score(List<TempEval3Benchmark.Gold> golds, List<Timex> found) {
    TempEval3Benchmark.Tally t = new TempEval3Benchmark.Tally();
    t.add(golds, found);
    return t.scores("x.").stream().map(s -> s.measure() + "=" + Math.round(s.value())).toList();
  }

  @Test
  void overlappingSpanIsARelaxedButNotAStrictMatch() {
    assertThat(score(List.of(gold("Friday", "DATE", "2023-12-08")),
        List.of(timex("last Friday", TimexType.DATE, "2023-12-08"))))
        .containsExactly("x.strict_f1=0", "x.relaxed_f1=100", "x.value_f1=100", "x.value_accuracy=100",
            "x.type_accuracy=100");
  }

  @Test
  void aWrongValueCountsAgainstValueF1Only() {
    assertThat(score(
        List.of(gold("last Friday", "DATE", "2023-12-08"), gold("two weeks", "DURATION", "P2W")),
        List.of(timex("last Friday", TimexType.DATE, "2023-12-01"))))
        .containsExactly("x.strict_f1=67", "x.relaxed_f1=67", "x.value_f1=0", "x.value_accuracy=0",
            "x.type_accuracy=100");
  }
}
