package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: real articles under {@code src/test/resources/golden/<case>/} ({@code input.txt} or
 * {@code input.jsonl}, {@code SOURCE.md}) with the reviewed extraction in {@code expected.json}, compared byte
 * for byte. A case without its expected file fails: only a run with {@code -Dgolden.update=true} writes (or
 * rewrites) the expected files, whose diff is then reviewed.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final ObjectWriter PRETTY = Json.mapper().writerWithDefaultPrettyPrinter();

  static List<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(GOLDEN)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  static Document input(Path dir) {
    Path in = Files.exists(dir.resolve("input.txt")) ? dir.resolve("input.txt") : dir.resolve("input.jsonl");
    List<Document> docs = new ArrayList<>();
    new DocumentReader(null, LocalDate.of(2026, 1, 1)).read(in.toString(), System.in,
        r -> docs.add(((Read.Ok) r).document()));
    assertThat(docs).hasSize(1);
    return docs.get(0);
  }

  @TestFactory
  Stream<DynamicTest> extractionMatchesTheReviewedExpectedFile() throws IOException {
    Engine engine = SharedParser.engine();
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      String actual = PRETTY.writeValueAsString(engine.extract(input(dir))) + "\n";
      Path expected = dir.resolve("expected.json");
      if (UPDATE) {
        Files.writeString(expected, actual);
      }
      assertThat(expected).as("the expected file (write it with -Dgolden.update=true and review it)").exists();
      assertThat(actual).isEqualTo(Files.readString(expected));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFactsOffsetsPointAtItsText() throws IOException {
    Engine engine = SharedParser.engine();
    return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      List<JsonNode> outputs = new ArrayList<>();
      outputs.add(Json.mapper().valueToTree(engine.extract(input(dir))));
      Path expected = dir.resolve("expected.json");
      if (Files.exists(expected)) {
        outputs.add(Json.mapper().readTree(expected.toFile()));
      }
      for (JsonNode root : outputs) {
        String text = root.get("text").asText();
        assertThat(text).isEqualTo(input(dir).text());
        int[] checked = {0};
        checkSpans(root, text, checked);
        assertThat(checked[0]).as("facts with offsets").isPositive();
      }
    }));
  }

  private static void checkSpans(JsonNode node, String text, int[] checked) {
    if (node.isObject() && node.has("start") && node.has("end") && node.has("text")) {
      int start = node.get("start").asInt();
      int end = node.get("end").asInt();
      assertThat(text.substring(start, end)).as("text at [%d, %d)", start, end).isEqualTo(node.get("text").asText());
      checked[0]++;
    }
    node.forEach(child -> checkSpans(child, text, checked));
  }
}
