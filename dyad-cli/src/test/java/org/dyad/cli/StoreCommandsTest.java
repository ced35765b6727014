package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
  @TempDir Path dir;

  @Test
  void ingestStoresGzippedJsonLinesSkipsCorruptLinesAndARerunStoresNothingTwice() throws IOException {
    Path in = dir.resolve("news");
    Files.createDirectories(in);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("a.jsonl.gz")))) {
      gz.write(("{\"id\": \"k1\", \"date\": \"2023-12-11\", \"text\": \"South Korean President Yoon Suk Yeol said on "
          + "Sunday that ties with Japan matter.\", \"url\": \"https://example.org/k1\"}\n"
          + "{broken\n"
          + "{\"id\": \"k2\", \"date\": \"2023-12-11\", \"text\": \"Japan's prime minister visited Seoul.\"}\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(in.resolve("b.txt"), "Japan's prime minister visited Seoul.\n");
    String db = dir.resolve("s.duckdb").toString();

    Cli.Run first = Cli.run("ingest", in.toString(), "--db", db, "--threads", "2");
    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    assertThat(first.err()).contains("a.jsonl.gz:2: malformed JSON")
        .contains("dyad: read 4, stored 2, duplicates skipped 1, failed 1 in");

    Cli.Run again = Cli.run("ingest", in.toString(), "--db", db);
    assertThat(again.err()).contains("dyad: read 4, stored 0, duplicates skipped 3, failed 1 in")
        .doesNotContain("loading NLP models");

    Cli.Run sql = Cli.run("query", "--db", db, "--format", "csv", "--sql", "SELECT id, date FROM documents ORDER BY doc_no");
    assertThat(sql.exit()).isZero();
    assertThat(sql.out()).isEqualTo("id,date\r\nk1,2023-12-11\r\nk2,2023-12-11\r\n");

    Cli.Run quotes = Cli.run("query", "--db", db, "quotes", "--speaker", "yoon", "--format", "json");
    assertThat(quotes.out()).contains("\"speaker\" : \"Yoon Suk Yeol\"").contains("\"doc_id\" : \"k1\"");

    Cli.Run search = Cli.run("query", "search", "PRIME MINISTER", "--db", db);
    assertThat(search.out()).contains("k2").doesNotContain("k1").contains("(1 row)");

    Path docs = dir.resolve("docs.jsonl");
    Cli.Run export = Cli.run("export", "--db", db, "--format", "jsonl", "--table", "documents", "--out", docs.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(Files.readAllLines(docs)).hasSize(2).first().asString().contains("\"url\":\"https://example.org/k1\"");
  }

  @Test
  void queriesOnAStoreThatDoesNotExistSaySoAndCreateNothing() {
    Path missing = dir.resolve("none.duckdb");
    Cli.Run r = Cli.run("query", "top-actors", "--db", missing.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no store at " + missing);
    assertThat(missing).doesNotExist();
  }
}
