package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Extraction;
import org.dyad.model.Problem;

/**
 * Issue 13, item 3: the time grammar, the quote finder and the stages around them under Jazzer, through the
 * engine on a text of up to 2,000 characters. In the normal test run each committed input runs once
 * ({@code src/test/resources/org/dyad/engine/ExtractionFuzzTestInputs/}); with {@code JAZZER_FUZZ=1} it fuzzes.
 * A target fails when a stage fails on the text (its problem says "failed") or when a fact's offsets leave the
 * text or do not point at its surface text.
 */
class ExtractionFuzzTest {
  private static final DocumentReader READER = new DocumentReader(null, LocalDate.of(2023, 12, 11));

  @FuzzTest(maxDuration = "10s")
  void everyFactPointsAtItsTextAndNoStageFails(FuzzedDataProvider data) {
    String text = data.consumeString(2_000);
    if (!(READER.text("fuzz", "f", text) instanceof Read.Ok ok)) {
      return;
    }
    String clean = ok.document().text();
    Extraction x = SharedParser.engine().extract(ok.document());
    for (Problem p : x.problems()) {
      assertThat(p.message()).as("problem").doesNotContain(" failed: ");
      assertThat(p.start()).isBetween(0, p.end());
      assertThat(p.end()).isLessThanOrEqualTo(clean.length());
    }
    check(Json.mapper().valueToTree(x), clean);
  }

  /** Every object with integer {@code start} and {@code end} lies in the text, at its {@code text} if it has one. */
  private static void check(JsonNode node, String text) {
    if (node.isObject() && node.path("start").isInt() && node.path("end").isInt()) {
      int start = node.get("start").asInt();
      int end = node.get("end").asInt();
      assertThat(start).as(node.toString()).isBetween(0, end);
      assertThat(end).as(node.toString()).isLessThanOrEqualTo(text.length());
      if (node.path("text").isTextual()) {
        assertThat(text.substring(start, end)).as(node.toString()).isEqualTo(node.get("text").asText());
      }
    }
    for (JsonNode child : node) {
      check(child, text);
    }
  }
}
