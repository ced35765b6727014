package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.engine.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  @Test
  void badFilesAreNamedOnStderrTheOthersAreExtractedAndTheExitCodeSaysSomethingFailed() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "| 11 December 2023, Monday |\n\nTitle line here\n\n"
        + "South Korean President Yoon Suk Yeol said on Sunday that ties matter.\n");
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xFF, 'x'});
    Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"c1\", \"text\": \"Hello.\", \"date\": \"2020-01-01\"}\n{oops\n");
    Cli.Run r = Cli.run("extract", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("b.txt: invalid UTF-8 at byte 0").contains("c.jsonl:2: malformed JSON");
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode a = Json.mapper().readTree(lines[0]);
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("date").asText()).isEqualTo("2023-12-11");
    assertThat(a.get("dateSource").asText()).isEqualTo("DATELINE");
    assertThat(a.get("title").asText()).isEqualTo("Title line here");
    assertThat(a.get("entities").get(0).get("actor").asText()).isEqualTo("KORGOV");
    for (String field : new String[] {"id", "title", "date", "dateSource", "credit", "text", "entities", "timexes",
        "quotes", "events", "problems"}) {
      assertThat(a.has(field)).as(field).isTrue();
    }
    assertThat(Json.mapper().readTree(lines[1]).get("id").asText()).isEqualTo("c1");
  }

  @Test
  void textFormatSaysWhoWasMentioned() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Japanese Prime Minister Fumio Kishida visited Seoul.\n");
    Cli.Run r = Cli.run("extract", "--format", "text", "--date", "2023-12-11", dir.resolve("a.txt").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("dated 2023-12-11 (override)").contains("Fumio Kishida").contains("JPNGOV");
  }

  @Test
  void anActorsOnlyRunFindsTheActorsAndNothingElse() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Japanese Prime Minister Fumio Kishida visited Seoul on Sunday, he said.\n");
    Cli.Run r = Cli.run("extract", "--stages", "actors", "--date", "2023-12-11", dir.resolve("a.txt").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode x = Json.mapper().readTree(r.out());
    assertThat(x.get("entities").findValuesAsText("name")).contains("Fumio Kishida", "Seoul");
    for (String absent : new String[] {"timexes", "quotes", "events", "problems"}) {
      assertThat(x.get(absent)).as(absent).isEmpty();
    }
  }

  @Test
  void jsonFormatIsOneArray() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Kishida visited Seoul.\n");
    Files.writeString(dir.resolve("b.txt"), "Yoon visited Tokyo.\n");
    Cli.Run r = Cli.run("extract", "--format", "json", "--date", "2023-12-11", dir.toString());
    assertThat(Json.mapper().readTree(r.out()).size()).isEqualTo(2);
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(Cli.run("extract", "--format", "yaml", "x").exit()).isEqualTo(2);
    assertThat(Cli.run("extract").exit()).isEqualTo(2);
  }

  @Test
  void standardInputWithoutADateIsAnchoredOnTodayAndSaysSoInProblems() throws IOException {
    java.io.InputStream in = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("Japan and China met.".getBytes(StandardCharsets.UTF_8)));
      Cli.Run r = Cli.run("extract", "-");
      JsonNode x = Json.mapper().readTree(r.out());
      assertThat(x.get("dateSource").asText()).isEqualTo("TODAY");
      JsonNode problem = x.get("problems").get(0);
      assertThat(problem.get("stage").asText() + ": " + problem.get("message").asText())
          .isEqualTo("read: no date found; relative dates are anchored on today, " + LocalDate.now() + " (use --date)");
      assertThat(r.err()).contains("stdin: warning: no date found");
    } finally {
      System.setIn(in);
    }
  }

  @Test
  void userPatternFilesAddEventPredicates() throws IOException {
    Files.writeString(dir.resolve("mine.tsv"), "# my patterns\ncode\tpredicates\tmarker\tobjects\tsubjects\tcomment\n"
        + "111\tupbraid\t-\t-\t-\tupbraiding is criticism\n");
    Files.writeString(dir.resolve("a.txt"), "Japan upbraided China on Monday.\n");
    Cli.Run without = Cli.run("extract", "--date", "2023-12-11", dir.resolve("a.txt").toString());
    Cli.Run with = Cli.run("extract", "--date", "2023-12-11", "--patterns", dir.resolve("mine.tsv").toString(),
        dir.resolve("a.txt").toString());
    assertThat(Json.mapper().readTree(without.out()).get("events")).isEmpty();
    assertThat(Json.mapper().readTree(without.out()).get("problems")).isEmpty();
    JsonNode event = Json.mapper().readTree(with.out()).get("events").get(0);
    assertThat(event.get("code").asText()).isEqualTo("111");
    assertThat(event.get("source").get("actor").asText()).isEqualTo("JPN");
    assertThat(event.get("target").get("actor").asText()).isEqualTo("CHN");
  }
}
