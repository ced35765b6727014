package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IngestTest {
  @TempDir Path dir;

  private static final LocalDate DAY = LocalDate.of(1987, 4, 17);

  static java.util.stream.Stream<Dialect> dialects() {
    return Db.dialects();
  }

  /** A crash in the middle of an ingest, such as running out of memory. */
  static final class Crash extends Error {
    Crash() {
      super("simulated crash");
    }
  }

  /** Twenty articles, d1 to d20, each reporting one event; d7 repeats d3 word for word under another id. */
  static List<Document> documents() {
    List<Document> docs = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      Extraction x = Articles.dispute("d" + (i == 7 ? 3 : i), DAY.plusDays(i % 5), "Reuters", "111", -2, 3);
      docs.add(new Document("d" + i, x.title(), x.text(), x.date(), x.dateSource(), x.credit(), "test:" + i,
          x.metadata()));
    }
    return docs;
  }

  /** The extraction of a document of {@link #documents()}, made by hand. */
  static Extraction extract(Document d) {
    Extraction x = Articles.dispute(d.id(), d.date(), "Reuters", "111", -2, 3);
    return new Extraction(d.id(), x.title(), d.date(), d.dateSource(), d.credit(), d.text(), x.entities(),
        x.timexes(), x.quotes(), x.events(), x.problems(), x.metadata());
  }

  private static Ingest.Summary ingest(Store store, Function<Document, Extraction> extractor, int batch) {
    try (Ingest ingest = new Ingest(store, extractor, 2, batch, new Ingest.Listener() {})) {
      reads().forEach(ingest::add);
      return ingest.finish();
    }
  }

  /** The documents as the reader hands them over. */
  static List<Read> reads() {
    return documents().stream().<Read>map(d -> new Read.Ok(d, List.of())).toList();
  }

  /** Everything but the time of ingest, table by table. */
  static String contents(Store store) {
    StringBuilder out = new StringBuilder();
    for (String sql : List.of(
        "SELECT doc_no, id, date, text_hash FROM documents ORDER BY doc_no",
        "SELECT event_no, doc_id, event_id, code, day FROM events ORDER BY event_no",
        "SELECT doc_id, entity_id, name FROM entities ORDER BY doc_id, entity_id",
        "SELECT doc_id, entity_id, n, start_char FROM mentions ORDER BY doc_id, entity_id, n",
        "SELECT doc_id, n, value FROM timexes ORDER BY doc_id, n",
        "SELECT doc_id, n, quote_text FROM quotes ORDER BY doc_id, n",
        "SELECT doc_id, event_id, n, start_char FROM event_mentions ORDER BY doc_id, event_id, n")) {
      out.append(StoreTest.rows(store, sql)).append('\n');
    }
    return out.toString();
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aRunThatCrashesHalfwayAndIsRunAgainEndsWithTheRowsOfAnUninterruptedRun(Dialect dialect) throws Exception {
    String expected;
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      Ingest.Summary s = ingest(store, IngestTest::extract, 4);
      assertThat(List.of(s.read(), s.stored(), s.duplicates(), s.failed())).containsExactly(20L, 19L, 1L, 0L);
      expected = contents(store);
    }
    try (Db db = Db.of(dialect, dir)) {
      try (Store store = Store.open(db.target())) {
        assertThatThrownBy(() -> ingest(store, d -> {
          if (d.id().equals("d11")) {
            throw new Crash();
          }
          return extract(d);
        }, 4)).isInstanceOf(Crash.class);
        assertThat(StoreTest.rows(store, "SELECT count(*) FROM documents")).as("two batches committed").isEqualTo("7");
      }
      try (Store store = Store.open(db.target())) {
        Ingest.Summary s = ingest(store, IngestTest::extract, 4);
        assertThat(List.of(s.stored(), s.duplicates())).containsExactly(12L, 8L);
        assertThat(contents(store)).isEqualTo(expected);
      }
    }
  }

  @Test
  void anExtractionThatThrowsIsReportedAndSkippedAndTheRestIsStored() throws Exception {
    List<String> failures = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("s.duckdb").toString());
        Ingest ingest = new Ingest(store, d -> {
          if (d.id().equals("d5")) {
            throw new IllegalStateException("parser broke");
          }
          return extract(d);
        }, 2, 3, new Ingest.Listener() {
          @Override
          public void failed(String origin, String message) {
            failures.add(origin + ": " + message);
          }
        })) {
      reads().forEach(ingest::add);
      ingest.add(new Read.Failed("bad.jsonl:3", "malformed JSON"));
      Ingest.Summary s = ingest.finish();
      assertThat(List.of(s.read(), s.stored(), s.duplicates(), s.failed())).containsExactly(21L, 18L, 1L, 2L);
      assertThat(failures).containsExactly("test:5: extraction failed: java.lang.IllegalStateException: parser broke",
          "bad.jsonl:3: malformed JSON");
    }
  }

  @Test
  void aProcessKilledWithSigkillHalfwayAndRunAgainEndsWithTheRowsOfAnUninterruptedRun() throws Exception {
    String expected;
    try (Store store = Store.open(dir.resolve("whole.duckdb").toString())) {
      ingest(store, IngestTest::extract, 4);
      expected = contents(store);
    }
    Path killed = dir.resolve("killed.duckdb");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SlowIngest.class.getName(), killed.toString())
        .redirectErrorStream(true)
        .start();
    int stored = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ") && (stored = Integer.parseInt(line.substring(7))) >= 8) {
          p.destroyForcibly(); // SIGKILL
          break;
        }
      }
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(stored).as("the child got halfway").isBetween(8, 15);
    try (Store store = Store.open(killed.toString())) {
      ingest(store, IngestTest::extract, 4);
      assertThat(contents(store)).isEqualTo(expected);
    }
  }

  /** The child process of the SIGKILL test: ingests slowly, telling how many documents it has stored. */
  static final class SlowIngest {
    public static void main(String[] args) {
      try (Store store = Store.open(args[0]);
          Ingest ingest = new Ingest(store, d -> {
            try {
              Thread.sleep(150);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return extract(d);
          }, 2, 4, new Ingest.Listener() {
            @Override
            public void progress(Ingest.Summary s) {
              System.out.println("stored " + s.stored());
              System.out.flush();
            }
          })) {
        reads().forEach(ingest::add);
        ingest.finish();
      }
    }
  }
}
