package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Document;

/**
 * Issue 13, item 3: the readers under Jazzer. In the normal test run each target runs once per committed input
 * (the seeds and every finding, under {@code src/test/resources/org/dyad/engine/read/ReadersFuzzTestInputs/}); with
 * {@code JAZZER_FUZZ=1} it fuzzes for the duration given ({@code scripts/fuzz/run}). A target fails when an
 * exception escapes a reader, when a document keeps what no store can hold, when a problem is more than one line,
 * or when a source map points outside its page or backwards.
 */
class ReadersFuzzTest {
  private static final String[] NAMES = {"a.txt", "a.html", "a.jsonl", "a.rss", "a.atom", "a.xml", "a.jsonl.gz",
      "a.json", "a"};
  private static final DocumentReader READER = new DocumentReader(null, LocalDate.of(2023, 12, 11), 1 << 20);

  @FuzzTest(maxDuration = "10s")
  void everyFileReaderEndsInDocumentsOrOneLineProblems(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    List<Read> reads = new ArrayList<>();
    READER.read(name, data.consumeRemainingAsBytes(), reads::add);
    reads.forEach(ReadersFuzzTest::check);
  }

  @FuzzTest(maxDuration = "10s")
  void theWarcReaderEndsInDocumentsOrOneLineProblems(FuzzedDataProvider data) {
    List<Read> reads = new ArrayList<>();
    int perRead = data.consumeInt(1, 1 << 16); // as a stream of a distributed file system gives them
    READER.readWarc("a.warc", new Trickle(data.consumeRemainingAsBytes(), perRead), reads::add);
    reads.forEach(ReadersFuzzTest::check);
  }

  @FuzzTest(maxDuration = "10s")
  void aPagesSourceMapPointsIntoThePageForwardOnly(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    HtmlText page = HtmlText.page(html);
    SourceMap map = page.sourceMap();
    int lastStart = 0;
    int lastEnd = 0;
    for (int i = 0; i <= page.text().length(); i++) {
      int start = map.sourceStart(i);
      int end = map.sourceEnd(i);
      assertThat(start).as("start of %d", i).isBetween(lastStart, html.length());
      assertThat(end).as("end of %d", i).isBetween(lastEnd, html.length());
      lastStart = start;
      lastEnd = end;
    }
    SourceMap back = SourceMap.fromMetadata(map.toMetadata());
    for (int i = 0; i <= page.text().length(); i++) {
      assertThat(back.sourceStart(i)).isEqualTo(map.sourceStart(i));
    }
  }

  /** A document read holds no NUL and no lone surrogate; a problem is one line. */
  static void check(Read read) {
    if (read instanceof Read.Failed f) {
      assertThat(f.message()).doesNotContain("\n");
      assertThat(f.origin()).startsWith("a");
      return;
    }
    Document d = ((Read.Ok) read).document();
    for (String s : new String[] {d.id(), d.text(), d.title() == null ? "" : d.title(),
        d.credit() == null ? "" : d.credit()}) {
      assertThat(storable(s)).as(s).isTrue();
    }
    if (d.metadata().get("offsets") instanceof List<?> runs) {
      SourceMap map = SourceMap.fromMetadata(runs);
      int last = 0;
      for (int i = 0; i <= d.text().length(); i++) {
        assertThat(map.sourceStart(i)).as("start of %d", i).isGreaterThanOrEqualTo(last);
        last = map.sourceStart(i);
      }
    }
  }

  private static boolean storable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
