package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.parser.Parser;

/**
 * Randomised offset maps: built from runs that copy, runs that replace (an entity) and characters the extraction
 * added between them, a map never moves backwards, copies character for character, maps a replacement whole,
 * and survives the metadata round trip; and over random article pages, every word of the text maps back to
 * itself as the page writes it.
 */
class SourceMapPropertiesTest {
  /** One run: characters added before it, its text length, its source length (equal for a copy), a source gap. */
  record Run(int added, int textLength, int sourceLength, int skipped) {}

  @Provide
  Arbitrary<List<Run>> runs() {
    Arbitrary<Run> copy = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers()
        .between(1, 9), Arbitraries.integers().between(0, 4)).as((a, n, k) -> new Run(a, n, n, k));
    Arbitrary<Run> replace = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers()
        .between(2, 8), Arbitraries.integers().between(0, 4)).as((a, n, k) -> new Run(a, 1, n, k));
    return Arbitraries.oneOf(copy, copy, replace).list().ofMaxSize(20);
  }

  /** The map of {@code runs}, and the text length it covers. */
  private static SourceMap build(List<Run> runs, int[] textEnd, List<int[]> placed) {
    SourceMap.Builder b = new SourceMap.Builder();
    int t = 0;
    int s = 0;
    for (Run r : runs) {
      t += r.added();
      s += r.skipped();
      b.add(t, r.textLength(), s, r.sourceLength());
      placed.add(new int[] {t, r.textLength(), s, r.sourceLength()});
      t += r.textLength();
      s += r.sourceLength();
    }
    textEnd[0] = t;
    return b.build();
  }

  @Property(tries = 300)
  void offsetsNeverMoveBackwards(@ForAll("runs") List<Run> runs) {
    int[] end = new int[1];
    SourceMap map = build(runs, end, new java.util.ArrayList<>());
    for (int t = 0; t < end[0]; t++) {
      assertThat(map.sourceStart(t + 1)).as("start at %d", t + 1).isGreaterThanOrEqualTo(map.sourceStart(t));
      assertThat(map.sourceEnd(t + 1)).as("end at %d", t + 1).isGreaterThanOrEqualTo(map.sourceEnd(t));
    }
  }

  @Property(tries = 300)
  void aCopyMapsCharacterForCharacterAndAReplacementWhole(@ForAll("runs") List<Run> runs) {
    List<int[]> placed = new java.util.ArrayList<>();
    SourceMap map = build(runs, new int[1], placed);
    for (int[] r : placed) {
      int ts = r[0];
      int tl = r[1];
      int ss = r[2];
      int sl = r[3];
      assertThat(map.sourceStart(ts)).isEqualTo(ss);
      assertThat(map.sourceEnd(ts + tl)).isEqualTo(ss + sl);
      if (tl == sl) {
        for (int k = 0; k < tl; k++) {
          assertThat(map.sourceStart(ts + k)).isEqualTo(ss + k);
          assertThat(map.sourceEnd(ts + k + 1)).isEqualTo(ss + k + 1);
        }
      }
    }
  }

  @Property(tries = 300)
  void aMapReadBackFromItsMetadataMapsEveryOffsetAlike(@ForAll("runs") List<Run> runs) {
    int[] end = new int[1];
    SourceMap map = build(runs, end, new java.util.ArrayList<>());
    SourceMap back = SourceMap.fromMetadata(map.toMetadata());
    for (int t = 0; t <= end[0] + 1; t++) {
      assertThat(back.sourceStart(t)).isEqualTo(map.sourceStart(t));
      assertThat(back.sourceEnd(t)).isEqualTo(map.sourceEnd(t));
    }
  }

  /** A word of a page: letters, sometimes with an entity inside or around it. */
  static Arbitrary<String> words() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> entity = Arbitraries.of("&amp;", "&lt;", "&gt;", "&quot;", "&#8217;", "&rsquo;", "&eacute;",
        "&#x201C;", "&nbsp;");
    return Arbitraries.oneOf(plain, plain, plain, Combinators.combine(plain, entity, plain).as((a, e, b) -> a + e + b));
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> paragraph = words().list().ofMinSize(8).ofMaxSize(30).map(w -> "<p>" + String.join(" ", w)
        + ".</p>");
    return paragraph.list().ofMinSize(2).ofMaxSize(5).map(ps -> "<html><head><title>A story</title></head><body>"
        + "<article><h1>A story</h1>" + String.join("\n", ps) + "</article></body></html>");
  }

  @Property(tries = 100)
  void everyWordOfARandomPageMapsBackToItselfAsThePageWritesIt(@ForAll("pages") String html) {
    HtmlText page = HtmlText.page(html);
    Matcher words = Pattern.compile("\\S+").matcher(page.text());
    while (words.find()) {
      String source = html.substring(page.sourceMap().sourceStart(words.start()),
          page.sourceMap().sourceEnd(words.end()));
      assertThat(Parser.unescapeEntities(source, false)).as("source of %s", words.group())
          .isEqualTo(words.group());
    }
  }
}
