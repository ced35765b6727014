package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.Queries;
import org.dyad.store.Rows;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus in every format with broken records in it: JSON Lines with a malformed line, a line that is not
 * UTF-8 and a text over the limit; a WARC file with a corrupt record; a binary file; articles in Parquet.
 */
class JobProblemsTest {
  private static final String GOOD_1 = "{\"id\": \"a1\", \"date\": \"2023-12-11\", \"title\": \"Kishida meets Biden\","
      + " \"text\": \"Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden in Washington on Monday.\"}";
  private static final String MALFORMED = "{\"id\": \"a2\", \"text\": ";
  private static final String LONG = "{\"id\": \"a4\", \"date\": \"2023-12-11\", \"text\": \""
      + "Talks went on. ".repeat(100) + "\"}";
  private static final String GOOD_5 = "{\"id\": \"a5\", \"date\": \"2023-12-12\","
      + " \"text\": \"The United States accused Japan of dumping steel on Tuesday, officials said.\"}";
  private static final String PAGE = "<html><head><title>Protest</title>"
      + "<meta property=\"article:published_time\" content=\"2023-12-14\"></head><body><article><p>Japan protested to"
      + " the United States on Thursday over a military accident in Okinawa.</p></article></body></html>";

  @TempDir static Path dir;
  private static SparkSession spark;
  private static Settings settings;
  private static Job.Summary first;
  private static Map<String, List<List<Object>>> firstRows;
  private static Job.Summary second;
  private static Map<String, List<List<Object>>> secondRows;
  private static int corruptAt;

  @BeforeAll
  static void runTwice() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    for (String line : List.of(GOOD_1, MALFORMED)) {
      jsonl.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    jsonl.writeBytes(new byte[] {'{', '"', 't', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    for (String line : List.of(LONG, GOOD_5)) {
      jsonl.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(corpus.resolve("news.jsonl"), jsonl.toByteArray());
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(record("https://courier.example/protest", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        + "Content-Length: " + PAGE.length() + "\r\n\r\n" + PAGE));
    corruptAt = warc.size();
    warc.writeBytes("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nxx\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII));
    Files.write(corpus.resolve("pages.warc"), warc.toByteArray());
    Files.write(corpus.resolve("binary.txt"), new byte[] {'P', 'K', 0, 3, 4, 0, 0, 0});
    spark = LocalSpark.start();
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("date", DataTypes.DateType, false),
        DataTypes.createStructField("body", DataTypes.StringType, false),
        DataTypes.createStructField("url", DataTypes.StringType, false)));
    List<Row> rows = List.of(RowFactory.create("p1", Date.valueOf("2023-12-13"),
        "Japan's foreign minister visited Washington on Wednesday and praised the United States.",
        "https://wire.example/p1"));
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(corpus.resolve("more").toString());

    settings = new Settings(List.of(corpus.toString()), dir.resolve("out").toString(), null, 3, 3, 1000, 1 << 20,
        List.of(), false);
    first = Job.run(spark, settings);
    firstRows = everyRow();
    // a failed run's leftovers: a half-written table and a stale summary
    Path leftover = Files.createDirectories(dir.resolve("out/events/_temporary/0"));
    try (Stream<Path> parts = Files.walk(dir.resolve("out/events"))) {
      Path part = parts.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(part, leftover.resolve("part-00000.parquet"));
    }
    Files.writeString(dir.resolve("out").resolve(Job.DONE), "{}");
    second = Job.run(spark, settings);
    secondRows = everyRow();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** A WARC response record. */
  private static byte[] record(String uri, String http) {
    byte[] block = http.getBytes(StandardCharsets.UTF_8);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>"
        + "\r\nWARC-Date: 2023-12-15T01:02:03Z\r\nWARC-Target-URI: " + uri
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static Map<String, List<List<Object>>> everyRow() {
    Map<String, List<List<Object>>> all = new LinkedHashMap<>();
    try (Store store = Store.open(dir.resolve("out").toString())) {
      Queries q = new Queries(store);
      for (Rows.Table t : Rows.Table.values()) {
        all.put(t.name(), new ArrayList<>(q.sql("SELECT * FROM " + t.name() + " ORDER BY ALL").rows()));
      }
      all.put("problems", new ArrayList<>(q.sql("SELECT * FROM problems ORDER BY ALL").rows()));
    }
    return all;
  }

  @Test
  void everyBrokenRecordIsAProblemWithItsFileAndOffsetAndTheOthersAreExtracted() {
    long line2 = GOOD_1.length() + 1;
    long line3 = line2 + MALFORMED.length() + 1;
    long line4 = line3 + 8;
    assertThat(firstRows.get("problems").stream().map(r -> r.get(0).toString().replaceFirst("^file:", "")
        .replace(dir.toString(), "") + " " + r.get(1) + " " + r.get(4) + " " + r.get(5).toString().split(":")[0])
        .sorted().toList()).containsExactly(
            "/corpus/binary.txt 0 read binary file (NUL byte at offset 2)",
            "/corpus/news.jsonl " + line2 + " read malformed JSON",
            "/corpus/news.jsonl " + line3 + " read invalid UTF-8",
            "/corpus/news.jsonl " + line4 + " size a text of 1500 characters, over the limit of 1000",
            "/corpus/pages.warc " + corruptAt + " read corrupt WARC record");
    assertThat(firstRows.get("problems").stream().map(r -> r.get(2).toString().replaceFirst("^file:", "")
        .replace(dir.toString(), "")).sorted().toList()).contains("/corpus/news.jsonl:2", "/corpus/news.jsonl:4",
            "/corpus/pages.warc@" + corruptAt);
    assertThat(first.problems()).isEqualTo(Map.of("read", 4L, "size", 1L));
    assertThat(firstRows.get("documents").stream().map(r -> r.get(1)).sorted().toList())
        .containsExactly("a1", "a5", "https://courier.example/protest", "p1");
  }

  @Test
  void theParquetOutputAnswersTheTimelineOfTheUnitedStatesAndJapan() {
    try (Store store = Store.open(dir.resolve("out").toString())) {
      Queries q = new Queries(store);
      List<List<Object>> timeline = q.timeline("USA", "JPN", Queries.Period.month).rows();
      assertThat(timeline).hasSize(1);
      assertThat(timeline.get(0).get(0)).isEqualTo("2023-12-01");
      assertThat(((Number) timeline.get(0).get(1)).longValue()).isGreaterThanOrEqualTo(3);
      List<Object> docs = q.dyadEvents("JPN", "USA", LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31), 0, 50)
          .rows().rows().stream().map(r -> r.get(1)).distinct().toList();
      assertThat(docs).as("JSON Lines, WARC and Parquet all feed it")
          .contains("a1", "https://courier.example/protest", "p1");
    }
  }

  @Test
  void aSecondRunOverTheSameOutputChangesNothing() {
    assertThat(secondRows).isEqualTo(firstRows);
    assertThat(second.rows()).isEqualTo(first.rows());
    assertThat(secondRows.get("events")).isNotEmpty();
    assertThat(dir.resolve("out/events/_temporary")).doesNotExist();
  }
}
