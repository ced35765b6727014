package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeantimeBenchmarkTest {
  /** One sentence a line, as MEANTIME's rendering has it: title, date line, then the body. */
  private static final String TEXT = String.join("\n", "Fire hits port", "May 3 , 2010", "It burned Sunday .",
      "It burns .", "It burns .", "It burns .", "It burns .", "It burned for two days .");

  private static String token(int id, int sentence, String word) {
    int start = 0;
    String[] lines = TEXT.split("\n");
    for (int i = 0; i < sentence; i++) {
      start += lines[i].length() + 1;
    }
    start += lines[sentence].indexOf(word);
    return String.format("{\"t_id\": %d, \"sentence\": %d, \"text\": \"%s\", \"start\": %d, \"end\": %d}", id,
        sentence, word, start, start + word.length());
  }

  @Test
  void creationTimeAndEmptyTimexesAreNoGoldAndOnlyTheAnnotatedSentencesCount(@TempDir Path dir) throws IOException {
    int dateLine = TEXT.indexOf("May 3 , 2010");
    int sunday = TEXT.indexOf("Sunday");
    String tokens = String.join(", ", token(1, 1, "May"), token(2, 2, "Sunday"), token(3, 5, "It"),
        token(4, 7, "two"));
    String markables = String.join(", ",
        String.format("{\"tag\": \"TIMEX3\", \"functionInDocument\": \"CREATION_TIME\", \"type\": \"DATE\", "
            + "\"value\": \"2010-05-03\", \"text\": \"May 3 , 2010\", \"start\": %d, \"end\": %d}", dateLine,
            dateLine + 12),
        String.format("{\"tag\": \"TIMEX3\", \"functionInDocument\": \"NONE\", \"type\": \"DATE\", "
            + "\"value\": \"2010-05-02\", \"text\": \"Sunday\", \"start\": %d, \"end\": %d}", sunday, sunday + 6),
        "{\"tag\": \"TIMEX3\", \"functionInDocument\": \"NONE\", \"type\": \"DATE\", \"value\": \"2011\"}");
    Path file = dir.resolve("meantime_english_intra_doc.jsonl");
    Files.writeString(file, String.format("{\"id\": \"1\", \"dct_value\": \"2010-05-03\", \"text\": \"%s\", "
        + "\"tokens\": [%s], \"markables\": [%s]}%n{\"id\": \"2\", \"dct_value\": null, \"text\": \"x\", "
        + "\"tokens\": [], \"markables\": []}%n", TEXT.replace("\n", "\\n"), tokens, markables));

    List<MeantimeBenchmark.Article> articles = MeantimeBenchmark.read(file);

    assertThat(articles).hasSize(1);
    MeantimeBenchmark.Article a = articles.get(0);
    assertThat(a.record().gold()).extracting(g -> g.text() + "=" + g.value()).containsExactly("Sunday=2010-05-02");
    assertThat(a.dateLine().text()).isEqualTo("May 3 , 2010");
    assertThat(TEXT.substring(0, a.annotated())).endsWith("It");
  }
}
