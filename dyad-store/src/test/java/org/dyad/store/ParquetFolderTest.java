package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.StoreTest.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFolderTest {
  @TempDir Path dir;

  /**
   * The folder a Spark job writes: one subfolder per table, events split into date folders whose date is not a
   * column of the files, and a leftover of a failed job under {@code _temporary}.
   */
  private Path folderOf(Store store) throws Exception {
    Path folder = dir.resolve("parquet");
    Files.createDirectories(folder.resolve("events/_temporary"));
    try (Statement s = store.connection().createStatement()) {
      for (Rows.Table t : Rows.Table.values()) {
        String out = folder.resolve(t.name()).toString();
        if (t == Rows.Table.events) {
          s.execute("COPY (SELECT *, day AS doc_date FROM events) TO '" + out + "' (FORMAT PARQUET, PARTITION_BY (doc_date))");
          s.execute("COPY events TO '" + out + "/_temporary/part-0.parquet' (FORMAT PARQUET)");
        } else if (t != Rows.Table.quotes) {
          Files.createDirectories(Path.of(out));
          s.execute("COPY " + t.name() + " TO '" + out + "/part-0.parquet' (FORMAT PARQUET)");
        }
      }
    }
    return folder;
  }

  @Test
  void aFolderOfParquetTablesIsAStoreThatAnswersTheSameQuestionsAndIsNotWritten() throws Exception {
    LocalDate april = LocalDate.of(1987, 4, 17);
    try (Store db = Store.open(dir.resolve("store.duckdb").toString())) {
      db.put(List.of(Articles.dispute("a1", april, "Reuters", "111", -2, 3),
          Articles.dispute("a2", april.plusDays(40), "AP", "036", 4, 1)));
      db.collapseStories(Stories.DEFAULT_WINDOW_DAYS);
      Path folder = folderOf(db);
      try (Store parquet = Store.open(folder.toString())) {
        Queries q = new Queries(parquet);
        assertThat(q.timeline("USA", "JPN", Queries.Period.month).rows())
            .isEqualTo(new Queries(db).timeline("USA", "JPN", Queries.Period.month).rows()).hasSize(2);
        for (Rows.Table t : Rows.Table.values()) {
          assertThat(rows(parquet, "SELECT column_name, data_type FROM information_schema.columns"
              + " WHERE table_name = '" + t.name() + "' ORDER BY ordinal_position")).as(t.name())
              .isEqualTo(rows(db, "SELECT column_name, data_type FROM information_schema.columns"
                  + " WHERE table_name = '" + t.name() + "' ORDER BY ordinal_position"));
        }
        assertThat(rows(parquet, "SELECT count(*) FROM events")).as("the leftover is not read").isEqualTo("2");
        assertThat(rows(parquet, "SELECT count(*) FROM quotes")).as("a table without files is empty").isEqualTo("0");
        assertThatThrownBy(() -> parquet.put(List.of(Articles.dispute("a3", april, "AP", "036", 4, 1))))
            .isInstanceOf(StoreException.class).hasMessageContaining("read, not written");
      }
    }
  }

  @Test
  void aFolderWithoutTablesIsNoStore() throws Exception {
    Files.createDirectories(dir.resolve("empty/notes"));
    assertThatThrownBy(() -> Store.open(dir.resolve("empty").toString()))
        .isInstanceOf(StoreException.class).hasMessageContaining("without store tables");
  }
}
