package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.engine.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 1: every hostile input of {@link HostileCorpus} in one folder, through {@code extract} and
 * {@code ingest}: each refused file is told in one line naming it, the rest of the batch is read, no exception
 * escapes, no stack trace reaches standard error, and every offset written points into its text at the text it
 * claims. The test JVM's heap (3 GB) holds it; the engine's limits keep it far below.
 */
class HostileInputTest {
  /** A reader of the output that takes the 20 MB text (Jackson's default stops at 20,000,000 characters). */
  private static final ObjectMapper LONG_TEXTS = Json.mapper().copy();

  static {
    LONG_TEXTS.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(1 << 30).build());
  }

  @TempDir static Path dir;
  static Path corpus;
  static List<HostileCorpus.Input> inputs;

  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("hostile"));
    inputs = HostileCorpus.write(corpus);
  }

  @Test
  void extractNamesEveryRefusedFileInOneLineReadsTheRestAndWritesOnlyOffsetsIntoItsText() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Cli.Run r;
    try (PrintStream o = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
      r = Cli.run(o, "extract", "--threads", "2", "--time-budget", "30", corpus.toString());
    }
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertNoStackTrace(r.err());
    assertRefusedNamed(r.err());

    Map<String, Integer> byId = new HashMap<>();
    StringBuilder problems = new StringBuilder();
    int spans = 0;
    try (BufferedReader lines = Files.newBufferedReader(out)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode x = LONG_TEXTS.readTree(line);
        String text = x.get("text").asText();
        spans += checkOffsets(x, text, x.get("id").asText());
        byId.merge(x.get("id").asText(), 1, Integer::sum);
        x.get("problems").forEach(p -> problems.append(p.get("message").asText()).append('\n'));
      }
    }
    // one document per file read whole; the records and items read of those refused in part
    assertThat(byId).containsKeys("long-line-20mb", "s1", "utf16-le-bom", "utf16-be-bom", "utf8-bom", "cr-only",
        "crlf", "nfd-combining", "right-to-left", "emoji-surrogates", "zero-width", "n2", "l1", "nested-closed",
        "nested-unclosed", "wrong-charset", "script", "http://example.org/1", "big", "after-big", "d2", "w2", "same",
        "only-quotes", "unbalanced-quotes", "sentence-3000-tokens", "sentence-20000-tokens",
        "name with spaces \u00fc\u00df \u65e5\u672c", "inside", "http://example.org/3", "t1");
    assertThat(byId.get("same")).isEqualTo(3);
    assertThat(spans).isGreaterThan(100);
    assertThat(r.err()).contains("long-line-20mb.txt): a text of 20,971,518 characters, over the limit");
    // no stage failed on any text (a stage's failure is a problem "<stage> failed: <exception>")
    assertThat(problems.toString()).contains("lone surrogates replaced by U+FFFD").doesNotContain(" failed: ");
  }

  @Test
  void ingestStoresTheRestOfTheBatchWithEveryStoredOffsetIntoItsText() throws IOException, SQLException {
    Path db = dir.resolve("hostile.duckdb");
    Cli.Run r = Cli.run("ingest", corpus.toString(), "--db", db.toString(), "--threads", "2", "--time-budget", "30");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertNoStackTrace(r.err());
    assertRefusedNamed(r.err());
    // the same sentence in many files is stored once; 15 files or records are refused as a whole
    assertThat(r.err()).contains("dyad: read 54, stored 25, duplicates skipped 14, failed 15 in");

    Cli.Run again = Cli.run("ingest", corpus.toString(), "--db", db.toString(), "--threads", "2");
    assertNoStackTrace(again.err());
    assertThat(again.err()).contains("dyad: read 54, stored 0, duplicates skipped 39, failed 15 in");

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      Map<String, String> texts = new HashMap<>();
      try (ResultSet rs = s.executeQuery("SELECT id, text FROM documents")) {
        while (rs.next()) {
          texts.put(rs.getString(1), rs.getString(2));
        }
      }
      // the first of the files that hold the bare sentence is deep-nesting.jsonl, whose second record is d2
      assertThat(texts).containsKeys("s1", "n2", "emoji-surrogates", "d2", "http://example.org/3").hasSize(25);
      assertThat(texts.get("n2")).doesNotContain("\u0000");
      int spans = 0;
      for (String[] t : new String[][] {{"mentions", "mention_text"}, {"timexes", "timex_text"},
          {"quotes", "quote_text"}}) {
        try (ResultSet rs = s.executeQuery("SELECT doc_id, start_char, end_char, " + t[1] + " FROM " + t[0])) {
          while (rs.next()) {
            String text = texts.get(rs.getString(1));
            assertThat(text).as(t[0] + " of " + rs.getString(1)).isNotNull();
            assertThat(text.substring(rs.getInt(2), rs.getInt(3))).as(t[0] + " of " + rs.getString(1))
                .isEqualTo(rs.getString(4));
            spans++;
          }
        }
      }
      assertThat(spans).isGreaterThan(50);
    }
  }

  /** No line of a stack trace and nothing thrown out of the command. */
  private static void assertNoStackTrace(String err) {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread").doesNotContain("Caused by");
  }

  /** Each refused input is told in a line that starts with its name and says what is wrong. */
  private static void assertRefusedNamed(String err) {
    List<String> lines = List.of(err.split("\n"));
    for (HostileCorpus.Input in : inputs) {
      if (in.refused() == null) {
        continue;
      }
      String name = in.file().toString();
      // (a line may follow the progress line "loading NLP models ..." before its time is printed)
      assertThat(lines).as(in.kind() + " in\n" + err).anySatisfy(l -> {
        assertThat(l).contains("dyad: " + name);
        assertThat(l).contains(in.refused());
      });
    }
  }

  /**
   * Checks every object in {@code node} with integer {@code start} and {@code end} (and a {@code text}, when it
   * has one) against the document text; returns how many were checked.
   */
  private static int checkOffsets(JsonNode node, String text, String id) {
    int n = 0;
    if (node.isObject() && node.path("start").isInt() && node.path("end").isInt()) {
      int start = node.get("start").asInt();
      int end = node.get("end").asInt();
      assertThat(start).as(id + ": " + node).isBetween(0, end);
      assertThat(end).as(id + ": " + node).isLessThanOrEqualTo(text.length());
      if (node.path("text").isTextual()) {
        assertThat(text.substring(start, end)).as(id + ": " + node).isEqualTo(node.get("text").asText());
      }
      n++;
    }
    for (JsonNode child : node) {
      n += checkOffsets(child, text, id);
    }
    return n;
  }
}
