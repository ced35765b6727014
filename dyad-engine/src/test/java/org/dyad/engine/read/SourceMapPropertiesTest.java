package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.engine.Randomized;
import org.dyad.engine.Randomized.Gen;
import org.junit.jupiter.api.Test;
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

  /** Up to 20 runs: copies twice as often as replacements. */
  static List<Run> runs(Gen g) {
    return g.list(0, 20, () -> g.between(0, 2) < 2
        ? copy(g.between(0, 2), g.between(1, 9), g.between(0, 4))
        : new Run(g.between(0, 2), 1, g.between(2, 8), g.between(0, 4)));
  }

  private static Run copy(int added, int n, int skipped) {
    return new Run(added, n, n, skipped);
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

  @Test
  void offsetsNeverMoveBackwards() {
    Randomized.tries(300, g -> {
      List<Run> runs = runs(g);
      int[] end = new int[1];
      SourceMap map = build(runs, end, new java.util.ArrayList<>());
      for (int t = 0; t < end[0]; t++) {
        assertThat(map.sourceStart(t + 1)).as("start at %d", t + 1).isGreaterThanOrEqualTo(map.sourceStart(t));
        assertThat(map.sourceEnd(t + 1)).as("end at %d", t + 1).isGreaterThanOrEqualTo(map.sourceEnd(t));
      }
    });
  }

  @Test
  void aCopyMapsCharacterForCharacterAndAReplacementWhole() {
    Randomized.tries(300, g -> {
      List<Run> runs = runs(g);
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
    });
  }

  @Test
  void aMapReadBackFromItsMetadataMapsEveryOffsetAlike() {
    Randomized.tries(300, g -> {
      List<Run> runs = runs(g);
      int[] end = new int[1];
      SourceMap map = build(runs, end, new java.util.ArrayList<>());
      SourceMap back = SourceMap.fromMetadata(map.toMetadata());
      for (int t = 0; t <= end[0] + 1; t++) {
        assertThat(back.sourceStart(t)).isEqualTo(map.sourceStart(t));
        assertThat(back.sourceEnd(t)).isEqualTo(map.sourceEnd(t));
      }
    });
  }

  /** A word of a page: letters, sometimes with an entity inside or around it. */
  static String word(Gen g) {
    String plain = g.string(1, 8, "abcdefghijklmnopqrstuvwxyz");
    if (g.between(0, 3) < 3) {
      return plain;
    }
    return plain + g.of("&amp;", "&lt;", "&gt;", "&quot;", "&#8217;", "&rsquo;", "&eacute;", "&#x201C;", "&nbsp;")
        + g.string(1, 8, "abcdefghijklmnopqrstuvwxyz");
  }

  /** A page of two to five paragraphs of 8 to 30 words. */
  static String page(Gen g) {
    List<String> ps = g.list(2, 5, () -> "<p>" + String.join(" ", g.list(8, 30, () -> word(g))) + ".</p>");
    return "<html><head><title>A story</title></head><body><article><h1>A story</h1>" + String.join("\n", ps)
        + "</article></body></html>";
  }

  @Test
  void everyWordOfARandomPageMapsBackToItselfAsThePageWritesIt() {
    Randomized.tries(100, g -> {
      String html = page(g);
      HtmlText page = HtmlText.page(html);
      Matcher words = Pattern.compile("\\S+").matcher(page.text());
      while (words.find()) {
        String source = html.substring(page.sourceMap().sourceStart(words.start()),
            page.sourceMap().sourceEnd(words.end()));
        assertThat(Parser.unescapeEntities(source, false)).as("source of %s", words.group())
            .isEqualTo(words.group());
      }
    });
  }
}
