package org.dyad.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedArticleQuotesTest {
  /** The example article: three direct quotes and five reported ones, every speaker named or resolved. */
  @Test
  void seedArticleYieldsItsQuotesAndReportedSpeech() throws IOException {
    String text = Files.readString(Path.of("../examples/seed-article.txt"), StandardCharsets.UTF_8);
    List<String> quotes = QuoteRendering.quotes(text).stream()
        .map(q -> q.replaceAll("\"(.{12}).*(.{8})\" cue", "\"$1…$2\" cue"))
        .toList();
    assertThat(quotes).containsExactly(
        "QUOTE[100,238) reported \"In the midst…ing ties\" cue=say speaker=South Korean President Yoon Suk Yeol"
            + "@South Korean President Yoon Suk Yeol[240,276)",
        "QUOTE[756,984) direct \"“Cooperation…uation,”\" cue=say speaker=Yoon@Yoon[985,989)",
        "QUOTE[1041,1169) reported \"unresolved h…han ever\" cue=say speaker=Yoon@He[1033,1035)",
        "QUOTE[1185,1287) reported \"he hoped to …ith Yoon\" cue=say speaker=Kishida@Kishida[1172,1179)",
        "QUOTE[1431,1507) reported \"Kishida will…his year\" cue=report speaker=Kyodo@Kyodo[1509,1514)"
            + " via=multiple unnamed diplomatic sources",
        "QUOTE[1580,1679) direct \"“We have a l…h Korea”\" cue=say speaker=a Japanese foreign ministry official"
            + "@a Japanese foreign ministry official[1723,1759)",
        "QUOTE[1767,1973) reported \"The focus of…e region\" cue=say speaker=Shin-wha Lee@Shin-wha Lee[1980,1992)",
        "QUOTE[2067,2261) direct \"“Their milit…ctives,”\" cue=say speaker=Shin-wha Lee@she[2262,2265)");
  }
}
