package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliConventionsTest {
  @TempDir Path dir;

  private String emptyStore() {
    String db = dir.resolve("s.duckdb").toString();
    Store.open(db).close();
    return db;
  }

  @Test
  void exportWritesToStandardOutputWithoutOutAndWithDash() {
    String db = emptyStore();
    Cli.Run plain = Cli.run("export", "--db", db, "--format", "csv", "--table", "quotes");
    Cli.Run dash = Cli.run("export", "--db", db, "--format", "csv", "--table", "quotes", "--out", "-");
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.out()).startsWith("doc_id,n,");
    assertThat(dash.out()).isEqualTo(plain.out());
    assertThat(dash.err()).contains("0 row(s) written to standard output");
    assertThat(Path.of("-")).doesNotExist();
    Cli.Run gdelt = Cli.run("export", "--db", db, "--format", "gdelt", "--header");
    assertThat(gdelt.out()).startsWith("GLOBALEVENTID\tSQLDATE\t").endsWith("\tDATEADDED\tSOURCEURL\n");
  }

  @Test
  void ordinaryMistakesAreOneLineThatNamesTheThingAndExitTwoBeforeAnyModelLoads() throws IOException {
    String db = emptyStore();
    Path text = Files.writeString(dir.resolve("a.txt"), "Japan's prime minister visited Seoul.\n");
    Path badPatterns = Files.writeString(dir.resolve("bad.tsv"), "not a header\n");
    Path pictures = Files.createDirectories(dir.resolve("pictures"));
    Files.write(pictures.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    String missing = dir.resolve("nowhere").toString();

    assertMistake(Cli.run("ingest", text.toString(), "--db", missing + "/s.duckdb"),
        "cannot create " + missing + "/s.duckdb: no such folder " + missing);
    assertMistake(Cli.run("export", "--db", db, "--format", "gdelt", "--out", missing + "/x.tsv"),
        "cannot write " + missing + "/x.tsv: no such folder");
    assertMistake(Cli.run("extract", text.toString(), "--patterns", badPatterns.toString()),
        "bad.tsv:1: expected the column names");
    assertMistake(Cli.run("extract", text.toString(), "--threads", "-1"), "--threads takes 1 or more, not -1");
    assertMistake(Cli.run("serve", "--db", db, "--port", "99999"), "--port takes 0 to 65535");
    assertMistake(Cli.run("serve", "--db", db, "--port", "http"), "'http' is not an int");
    assertMistake(Cli.run("extract", text.toString(), "--date", "2024-13-40"),
        "'2024-13-40' is not a date: give YYYY-MM-DD");
    assertMistake(Cli.run("extract", text.toString(), "--dictionaries", pictures.toString()),
        "no PETRARCH verb dictionary in " + pictures);
    assertMistake(Cli.run("eval", "--only", "bogus", "--data", dir.toString()), "--only takes tempeval3,");
    assertMistake(Cli.run("extract", missing + ".txt"), "no such file or folder: " + missing + ".txt");
    assertMistake(Cli.run("export", "--db", db, "--format", "gdelt", "--table", "events"),
        "--table is for jsonl, csv and parquet");
    assertMistake(Cli.run("export", "--db", db, "--format", "jsonl", "--header"), "--header is for gdelt");
  }

  private static void assertMistake(Cli.Run run, String message) {
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).startsWith("dyad: ").contains(message).doesNotContain("loading NLP models")
        .doesNotContain("\tat ");
    assertThat(run.err().strip()).doesNotContain("\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aStoreErrorIsOneLineAndItsStackTraceComesOnlyWithDebug() throws IOException {
    Path notADatabase = Files.writeString(dir.resolve("notes.duckdb"), "shopping list\n");
    Cli.Run plain = Cli.run("query", "top-actors", "--db", notADatabase.toString());
    Cli.Run debug = Cli.run("query", "top-actors", "--db", notADatabase.toString(), "--debug");
    assertThat(plain.exit()).isEqualTo(1);
    assertThat(plain.err()).startsWith("dyad: cannot open " + notADatabase).doesNotContain("\tat ");
    assertThat(plain.err().strip()).doesNotContain("\n");
    assertThat(debug.err()).contains("\tat org.dyad.store.Store.open");
  }

  @Test
  void anExportStopsQuietlyWhenItsReaderHasGone() {
    String db = emptyStore();
    PrintStream closed = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    }, true);
    Cli.Run run = Cli.run(closed, "export", "--db", db, "--format", "csv", "--table", "documents");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpOfASubcommandOfQueryShowsThatSubcommand() {
    Cli.Run run = Cli.run("help", "query", "timeline");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: dyad query timeline").contains("--by=");
    assertThat(Cli.run("help", "query", "bogus").err())
        .isEqualTo("dyad: no command dyad query bogus; the commands are timeline, top-actors, events, quotes, "
            + "search, dedupe" + System.lineSeparator());
  }

  @Test
  void versionNamesTheCommitAndCoreNlp() {
    Cli.Run run = Cli.run("--version");
    assertThat(run.out()).containsPattern("^dyad \\S+ \\(commit [0-9a-f]{7,}(-dirty)?\\)")
        .containsPattern("CoreNLP 4\\.\\d+\\.\\d+, models 4\\.\\d+\\.\\d+");
  }
}
