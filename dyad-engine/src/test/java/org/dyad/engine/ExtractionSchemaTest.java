package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Extraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The JSON Schema of dyad's output ({@code extraction.schema.json}) holds for every golden file. */
class ExtractionSchemaTest {
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in = Extraction.class.getResourceAsStream("extraction.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Json.mapper().readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> errors(JsonNode node) {
    return SCHEMA.validate(node).stream().map(Error::toString).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenFileFollowsTheSchemaOfItsVersion() throws IOException {
    return GoldenFilesTest.cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      JsonNode expected = Json.mapper().readTree(dir.resolve("expected.json").toFile());
      assertThat(expected.path("schemaVersion").asInt()).isEqualTo(Extraction.SCHEMA_VERSION);
      assertThat(errors(expected)).isEmpty();
    }));
  }

  @Test
  void anOutputWithAFieldTheSchemaDoesNotKnowOrWithoutAFieldFailsIt() throws IOException {
    Path file = GoldenFilesTest.cases().get(0).resolve("expected.json");
    ObjectNode extra = (ObjectNode) Json.mapper().readTree(file.toFile());
    ((ObjectNode) extra.withArray("entities").get(0)).put("salience", 0.5);
    assertThat(errors(extra)).singleElement().asString().contains("salience");
    ObjectNode missing = (ObjectNode) Json.mapper().readTree(file.toFile());
    missing.remove("credit");
    assertThat(errors(missing)).singleElement().asString().contains("credit");
  }
}
