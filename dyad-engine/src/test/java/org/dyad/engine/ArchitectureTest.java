package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Design rules that the compiler does not check, over the main sources of every module. */
class ArchitectureTest {
  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      return files.filter(p -> p.toString().replace('\\', '/').contains("/src/main/java/"))
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/target/"))
          .toList();
    }
  }

  @Test
  void onlyTheNlpPackageImportsCoreNlp() throws IOException {
    List<String> offenders = mainSources().stream()
        .filter(p -> !p.toString().replace('\\', '/').contains("/org/dyad/engine/nlp/"))
        .filter(p -> read(p).contains("import edu.stanford."))
        .map(Path::toString)
        .toList();
    assertThat(offenders).isEmpty();
  }

  @Test
  void theViewOfTheParseThatStagesReadDoesNotImportCoreNlpEither() {
    for (String view : List.of("Sentence", "Token", "Tree", "Parser")) {
      assertThat(read(Path.of("src/main/java/org/dyad/engine/nlp/" + view + ".java"))).as(view)
          .doesNotContain("import edu.stanford.");
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
