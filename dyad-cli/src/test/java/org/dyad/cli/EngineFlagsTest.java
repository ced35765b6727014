package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine options every command that builds an engine takes: what they refuse, in one line, before loading. */
class EngineFlagsTest {
  @TempDir Path dir;

  @Test
  void aStageSwitchedOffThatAnotherNeedsIsOneLineNamingTheKeyAndTheStageThatMakesIt() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Japan thanked South Korea.\n");
    for (String command : new String[] {"extract", "ingest", "serve", "eval"}) {
      Cli.Run r = switch (command) {
        case "extract" -> Cli.run(command, "--no-time", a.toString());
        case "ingest" -> Cli.run(command, "--no-time", "--db", dir.resolve("s.duckdb").toString(), a.toString());
        default -> Cli.run(command, "--no-time");
      };
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).isEqualTo("dyad: stage events requires timexes (List<Timex>), which no stage"
          + " before it produces: stage time produces it, switch it on" + System.lineSeparator());
    }
  }

  @Test
  void missingFilesUnknownStagesAndPatternsWithDictionariesAreRefused() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Japan thanked South Korea.\n");
    assertThat(Cli.run("extract", "--dictionaries", dir.resolve("none").toString(), a.toString()).err())
        .isEqualTo("dyad: no dictionary folder at " + dir.resolve("none") + System.lineSeparator());
    assertThat(Cli.run("extract", "--stages", "actors,geocoding", a.toString()).err())
        .startsWith("dyad: --stages takes actors, places, time, quotes and events, not geocoding");
    Path mine = Files.writeString(dir.resolve("mine.tsv"), "code\tpredicates\n");
    Cli.Run both = Cli.run("extract", "--patterns", mine.toString(), "--dictionaries", dir.toString(), a.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("cannot be combined with a PETRARCH dictionary set").doesNotContain("Usage");
  }

  @Test
  void theSparkJobRefusesPatternsDictionariesAndThreadsInOneLine() throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.tsv"), "code\tpredicates\n");
    Cli.Run r = Cli.run("spark", "--patterns", mine.toString(), "--threads", "2", "--out", dir.resolve("out").toString(),
        dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1).first().asString()
        .startsWith("dyad: spark takes no --patterns, --threads yet");
  }
}
