package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 2: the limits of one document as flags of every command that extracts. */
class LimitFlagsTest {
  @TempDir Path dir;

  @Test
  void aLimitBelowOneIsRefusedInOneLineBeforeTheModelsLoad() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Japan thanked South Korea.\n");
    assertThat(Cli.run("extract", "--max-doc-chars", "0", a.toString()).err())
        .isEqualTo("dyad: --max-doc-chars takes 1 or more, not 0" + System.lineSeparator());
    assertThat(Cli.run("extract", "--max-sentence-tokens", "-3", a.toString()).err())
        .isEqualTo("dyad: --max-sentence-tokens takes 1 or more, not -3" + System.lineSeparator());
    Cli.Run r = Cli.run("ingest", "--time-budget", "0", "--db", dir.resolve("s.duckdb").toString(), a.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dyad: --time-budget takes seconds from 0.001 to 1e9, not 0.0"
        + System.lineSeparator());
  }

  @Test
  void aDocumentOverTheSizeGivenIsAProblemNamingItAndTheNextIsExtracted() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Japan thanked South Korea, its neighbour across the sea, on Sunday.\n");
    Files.writeString(dir.resolve("b.txt"), "Japan thanked Korea.\n");
    Cli.Run r = Cli.run("extract", "--max-doc-chars", "40", "--max-sentence-tokens", "3", "--time-budget", "30",
        "--date", "2023-12-11", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("document a (" + dir.resolve("a.txt") + "): a text of 68 characters, over the limit"
        + " of 40, is not extracted");
    assertThat(r.out().strip().split("\n")).hasSize(2);
    assertThat(r.out()).contains("a sentence of 4 tokens, over the limit of 3, is not parsed");
  }
}
