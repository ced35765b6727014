package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dyad.model.DateSource;
import org.junit.jupiter.api.Test;

class ExtractTest {
  private static final Settings SETTINGS =
      new Settings(List.of("in"), "out", null, 3, 0, 60, 1 << 20, List.of(), false);

  private static Item.Doc doc(String text, String metadata) {
    Item.Source source = new Item.Source("hdfs://n/news.jsonl", 4096, "hdfs://n/news.jsonl:7", "0",
        LocalDateTime.of(2024, 1, 15, 9, 30));
    return new Item.Doc(source, "a7", null, text, LocalDate.of(2023, 12, 11), DateSource.METADATA, null, metadata,
        "hash", List.of());
  }

  private static String problem(Row staged) {
    Row p = staged.getStruct(Tables.staging().fieldIndex("problem"));
    return p.mkString(" | ");
  }

  @Test
  void aDocumentWhoseExtractionThrowsIsAProblemRowWithItsFileAndOffset() {
    Row row = new Extract(SETTINGS).row(doc("Talks began.", "{not json"), 7, 1);
    assertThat(row.isNullAt(Tables.staging().fieldIndex("doc_no"))).isTrue();
    assertThat(row.getLong(Tables.staging().fieldIndex("duplicates"))).isEqualTo(1);
    assertThat(problem(row)).startsWith("hdfs://n/news.jsonl | 4096 | hdfs://n/news.jsonl:7 | a7 | extract"
        + " | extraction failed: java.lang.IllegalStateException: metadata written by Doc.of is JSON");
  }

  @Test
  void aTextOverTheLimitIsAProblemRowAndIsNotExtracted() {
    Row row = new Extract(SETTINGS).row(doc("Talks went on. ".repeat(5), "{}"), 7, 0);
    assertThat(problem(row)).isEqualTo("hdfs://n/news.jsonl | 4096 | hdfs://n/news.jsonl:7 | a7 | size"
        + " | a text of 75 characters, over the limit of 60");
  }
}
