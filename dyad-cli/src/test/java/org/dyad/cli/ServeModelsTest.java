package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeModelsTest {
  @TempDir Path dir;

  @Test
  void aServerWhosePatternFileCannotBeReadStopsWithTheUsageErrorWithoutLoadingTheModels() throws Exception {
    Path badPatterns = Files.writeString(dir.resolve("bad.tsv"), "not a header\n");
    Cli.Run run = Cli.run("serve", "--db", dir.resolve("s.duckdb").toString(), "--port", "0", "--patterns",
        badPatterns.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("dyad: bad.tsv:1: expected the column names")
        .doesNotContain("loading NLP models").doesNotContain("\tat ");
  }
}
