package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dyad.engine.read.DocumentReader;
import org.dyad.store.Export;
import org.dyad.store.Ingest;
import org.dyad.store.Queries;
import org.dyad.store.Rows;
import org.dyad.store.Store;
import org.dyad.store.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job over the example article and the golden articles (plain text and JSON Lines, the example twice under
 * two names) against {@code dyad ingest} of the same folder: every table equal row for row.
 */
class JobMatchesIngestTest {
  private static final Path GOLDEN = Path.of("../dyad-engine/src/test/resources/golden");
  private static final LocalDate WRITTEN = LocalDate.of(2024, 1, 15);

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Job.Summary summary;
  private static Path corpus;
  private static Path out;
  private static Path ingested;

  @BeforeAll
  static void runBoth() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("../examples/seed-article.txt"), corpus.resolve("seed-article.txt"));
    try (Stream<Path> cases = Files.list(GOLDEN)) {
      for (Path c : cases.sorted().toList()) {
        for (String input : List.of("input.txt", "input.jsonl")) {
          if (Files.exists(c.resolve(input))) {
            Files.copy(c.resolve(input), corpus.resolve(c.getFileName() + input.substring(5)));
          }
        }
      }
    }
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(f, FileTime.from(WRITTEN.atTime(9, 30).toInstant(ZoneOffset.UTC)));
      }
    }
    spark = LocalSpark.start();
    out = dir.resolve("out");
    Settings settings =
        new Settings(List.of(corpus.toString()), out.toString(), null, 3, 0, 500_000, 1 << 26, List.of(), false);
    summary = Job.run(spark, settings);
    ingested = dir.resolve("ingest.duckdb");
    try (Store store = Store.open(ingested.toString());
        Ingest ingest = new Ingest(store, d -> Engines.get(settings).extract(d), 2, 32, new Ingest.Listener() {})) {
      new DocumentReader(null, WRITTEN).read(corpus.toString(), System.in, ingest::add);
      assertThat(ingest.finish().failed()).isZero();
      store.collapseStories(3);
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The rows of a table, all columns but the ones that say when or in what order a run stored them. */
  private static List<List<Object>> rows(Store store, Rows.Table t) {
    String columns = t.columns().stream().map(Rows.Column::name)
        .filter(c -> !c.equals("ingested_at") && !c.equals("event_no"))
        .collect(Collectors.joining(", "));
    Table table = new Queries(store).sql("SELECT " + columns + " FROM " + t.name() + " ORDER BY " + columns);
    return new ArrayList<>(table.rows().stream().map(r -> (List<Object>) new ArrayList<Object>(r)).toList());
  }

  @Test
  void everyTableOfTheJobEqualsWhatIngestStoresRowForRow() {
    assertThat(summary.rows().get("documents")).isEqualTo(6);
    assertThat(summary.duplicates()).as("the example article under a second name").isEqualTo(1);
    assertThat(summary.rows().get("problems")).isZero();
    try (Store job = Store.open(out.toString()); Store ingest = Store.open(ingested.toString())) {
      for (Rows.Table t : Rows.Table.values()) {
        List<List<Object>> expected = rows(ingest, t);
        assertThat(rows(job, t)).as(t.name()).isEqualTo(expected);
        if (t == Rows.Table.events || t == Rows.Table.quotes || t == Rows.Table.entities) {
          assertThat(expected).as(t.name()).hasSizeGreaterThan(5);
        }
      }
    }
  }

  @Test
  void eventsAreNumberedInTheOrderIngestNumbersThem() {
    try (Store job = Store.open(out.toString()); Store ingest = Store.open(ingested.toString())) {
      String sql = "SELECT doc_id, event_id FROM events ORDER BY event_no";
      assertThat(new Queries(job).sql(sql).rows()).isEqualTo(new Queries(ingest).sql(sql).rows());
    }
  }

  @Test
  void theGdeltFileHasTheRowsOfDyadExportButTheDateAdded() throws IOException {
    Path exported = dir.resolve("export.tsv");
    try (Store ingest = Store.open(ingested.toString())) {
      new Export(ingest).write(Export.Format.gdelt, Export.What.events, exported);
    }
    List<String> job = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("gdelt"))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        job.addAll(Files.readAllLines(p));
      }
    }
    List<String> expected = Files.readAllLines(exported);
    assertThat(expected).hasSizeGreaterThan(5);
    assertThat(job.stream().map(JobMatchesIngestTest::withoutDateAdded).toList())
        .isEqualTo(expected.stream().map(JobMatchesIngestTest::withoutDateAdded).toList());
    assertThat(job.get(0).split("\t", -1)[59]).isEqualTo("20240115093000");
  }

  private static String withoutDateAdded(String line) {
    String[] f = line.split("\t", -1);
    assertThat(f).hasSize(61);
    f[59] = "";
    return String.join("\t", f);
  }

  @Test
  void theParquetFilesHoldTheStoresColumnsAndTypes() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
      for (Rows.Table t : Rows.Table.values()) {
        List<String> described = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out.resolve(t.name())
            + "/**/*.parquet', hive_partitioning = false)")) {
          while (r.next()) {
            described.add(r.getString(1) + " " + r.getString(2));
          }
        }
        assertThat(described).as(t.name()).isEqualTo(t.columns().stream()
            .map(c -> c.name() + " " + (c.type() == Rows.Type.JSON ? "VARCHAR" : c.type().name())).toList());
      }
    }
  }

  @Test
  void eachDateFolderHoldsOneFileOfATableSortedByDocument() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
      for (Rows.Table t : Rows.Table.values()) {
        if (!t.perDocument()) {
          continue;
        }
        String key = t.columns().stream().anyMatch(c -> c.name().equals("doc_no")) ? "doc_no"
            : t == Rows.Table.events ? "event_no" : "doc_id";
        String rows = "SELECT regexp_extract(filename, 'doc_date=[^/]*') AS folder, filename, file_row_number, " + key
            + " AS k FROM read_parquet('" + out.resolve(t.name()) + "/**/*.parquet', filename = true,"
            + " file_row_number = true, hive_partitioning = false)";
        try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT folder), count(DISTINCT filename),"
            + " count(*) FILTER (WHERE k < previous) FROM (SELECT *, lag(k) OVER (PARTITION BY filename ORDER BY"
            + " file_row_number) AS previous FROM (" + rows + "))")) {
          r.next();
          assertThat(r.getLong(1)).as(t.name() + " rows").isPositive();
          assertThat(r.getLong(3)).as(t.name() + " files, one per date folder").isEqualTo(r.getLong(2));
          assertThat(r.getLong(4)).as(t.name() + " rows after one of a later " + key).isZero();
        }
      }
    }
  }
}
