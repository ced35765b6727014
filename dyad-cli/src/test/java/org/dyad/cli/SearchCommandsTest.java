package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandsTest {
  @TempDir Path dir;

  @Test
  void ingestWritesTheIndexBesideTheStoreSearchUsesItAndIndexRebuildsItWhenMissing() throws IOException {
    Path in = dir.resolve("news.jsonl");
    Files.writeString(in, """
        {"id": "t1", "date": "1987-03-02", "title": "Tariff threat", "credit": "Reuters", "text": "Japan said the trade deficit with the United States grew."}
        {"id": "t2", "date": "1987-04-10", "title": "Chip talks", "credit": "AP", "text": "The trade-deficit talks went on in Tokyo."}
        {"id": "t3", "date": "1987-05-01", "title": "Yen", "credit": "Reuters", "text": "Trade deficits widened; the yen fell."}
        """);
    String db = dir.resolve("s.duckdb").toString();
    Path index = dir.resolve("s.search");

    Cli.Run ingest = Cli.run("ingest", in.toString(), "--db", db, "--stages", "time", "--threads", "1");
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("dyad: search index " + index + ": 3 article(s) added, 3 in all");

    Cli.Run phrase = Cli.run("query", "search", "\"trade deficit\"", "--db", db, "--format", "csv");
    assertThat(phrase.exit()).as(phrase.err()).isZero();
    assertThat(phrase.out()).startsWith("id,date,title,score,snippet\r\n").contains("t1,1987-03-02,Tariff threat,")
        .contains(",Japan said the «trade deficit» with the United States grew.\r\n")
        .contains("The «trade-deficit» talks went on in Tokyo.").doesNotContain("t3");
    assertThat(phrase.err()).contains("dyad: 2 hit(s) in all, 2 shown from 1, in");

    Cli.Run filtered = Cli.run("query", "--db", db, "search", "deficit", "--credit", "ap", "--from", "1987-04-01");
    assertThat(filtered.out()).contains("t2").doesNotContain("t1").contains("(1 row)");

    Cli.Run bad = Cli.run("query", "search", "\"trade", "--db", db);
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).startsWith("dyad: cannot read the query (").doesNotContain("\tat ");

    deleteTree(index);
    Cli.Run scan = Cli.run("query", "search", "trade deficit", "--db", db);
    assertThat(scan.exit()).isZero();
    assertThat(scan.err()).contains("dyad: no search index at " + index + " (dyad index builds it): scanning");
    assertThat(scan.out()).contains("t1").contains("t3").doesNotContain("t2");
    Cli.Run refused = Cli.run("query", "search", "deficit", "--db", db, "--credit", "AP");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("need a search index: build it with dyad index");

    Cli.Run built = Cli.run("index", "--db", db);
    assertThat(built.err()).as(built.err()).contains("dyad: search index " + index + ": 3 article(s) added, 3 in all");
    assertThat(Cli.run("index", "--db", db).err()).contains(": 0 article(s) added, 3 in all");
    assertThat(Cli.run("index", "--db", db, "--rebuild").err()).contains(": 3 article(s) added, 3 in all");
    assertThat(Cli.run("query", "search", "yen", "--db", db).out()).contains("t3").contains("(1 row)");
  }

  @Test
  void aPostgreSqlStoreNeedsAnIndexFolderNamed() {
    Cli.Run r = Cli.run("index", "--db", "jdbc:postgresql://localhost:1/none");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dyad: the search index of a PostgreSQL store is not beside it: give --index DIR\n");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
