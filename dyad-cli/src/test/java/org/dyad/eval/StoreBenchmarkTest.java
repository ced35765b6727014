package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.store.Table;
import org.junit.jupiter.api.Test;

class StoreBenchmarkTest {
  @Test
  void theSliceIsTheArticlesReutersFiledUnderBothCountries() {
    assertThat(StoreBenchmark.inSlice(doc(List.of("usa", "japan")))).isTrue();
    assertThat(StoreBenchmark.inSlice(doc(List.of("japan")))).isFalse();
    assertThat(StoreBenchmark.inSlice(doc("usa japan"))).isFalse();
  }

  @Test
  void theDropIsTheRestsMeanGoldsteinMinusThePeriodsWeightedByEvents() {
    Table days = new Table(List.of("period", "events", "mean_goldstein", "sum_goldstein"), List.of(
        List.of(LocalDate.of(1987, 3, 2), 2L, 3.0, 6.0),
        List.of(LocalDate.of(1987, 3, 27), 3L, -4.0, -12.0),
        List.of(LocalDate.of(1987, 4, 30), 1L, 0.0, 0.0),
        List.of(LocalDate.of(1987, 6, 1), 2L, 1.0, 2.0)));
    List<StoreBenchmark.Row> rows = StoreBenchmark.rows(days);
    StoreBenchmark.Split s = StoreBenchmark.split(rows, StoreBenchmark::inDispute);
    assertThat(s.inMean()).isEqualTo(-3.0);
    assertThat(s.outMean()).isEqualTo(2.0);
    assertThat(s.drop()).isEqualTo(5.0);
    // April against the days outside the dispute: 27 March counts on neither side.
    StoreBenchmark.Split april = StoreBenchmark.split(
        rows.stream().filter(r -> !StoreBenchmark.inDispute(r) || StoreBenchmark.april(r)).toList(),
        StoreBenchmark::april);
    assertThat(april.in()).isEqualTo(1);
    assertThat(april.drop()).isEqualTo(2.0);
  }

  private static Document doc(Object places) {
    return new Document("d", null, "text", LocalDate.of(1987, 4, 1), DateSource.METADATA, null, "test",
        Map.of("places", places));
  }
}
