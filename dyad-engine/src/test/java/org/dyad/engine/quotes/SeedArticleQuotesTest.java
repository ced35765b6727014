package org.dyad.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedArticleQuotesTest {
  @Test
  void seedArticleYieldsItsQuotesAndReportedSpeech() throws IOException {
    String text = Files.readString(Path.of("../examples/seed-article.txt"), StandardCharsets.UTF_8);
    List<String> quotes = QuoteRendering.quotes(text);
    quotes.forEach(System.out::println);
  }
}
