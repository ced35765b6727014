package org.dyad.engine.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Randomised files for the reader: whatever cells, comments, blank lines and byte-order mark a file holds, the
 * rows come back as written, in order, at their line numbers; a row with one cell too many or too few is an
 * error at its line.
 */
class TsvPropertiesTest {
  /** A file: the declared columns, its lines, and for each data row its line number and cells. */
  record File(List<String> columns, List<String> lines, List<Integer> rowLines, List<List<String>> rows) {
    String text(boolean bom) {
      return (bom ? "\uFEFF" : "") + String.join("\n", lines) + "\n";
    }
  }

  /** A cell: any text without tabs or line breaks, often empty or "-". */
  static Arbitrary<String> cells() {
    return Arbitraries.oneOf(Arbitraries.of("", "-", " ", "a;b", "São Paulo", "#not a comment"),
        Arbitraries.strings().ofMaxLength(12).excludeChars('\t', '\n', '\r', '\u2028', '\u2029', '\u0085'));
  }

  @Provide
  Arbitrary<File> files() {
    Arbitrary<List<String>> columns = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6)
        .list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    return columns.flatMap(cols -> Combinators.combine(
            cells().list().ofSize(cols.size()).list().ofMaxSize(12),
            Arbitraries.integers().between(0, 3).list().ofSize(13))
        .as((rows, gaps) -> {
          List<String> lines = new ArrayList<>();
          List<Integer> at = new ArrayList<>();
          List<List<String>> kept = new ArrayList<>();
          lines.add("# a header comment");
          lines.add(String.join("\t", cols));
          for (int i = 0; i < rows.size(); i++) {
            for (int g = 0; g < gaps.get(i); g++) {
              lines.add(g % 2 == 0 ? "" : "# comment " + g);
            }
            String line = String.join("\t", rows.get(i));
            if (line.isBlank() || line.startsWith("#")) {
              continue; // a comment or blank line by the convention, not a row: the generator skips it
            }
            lines.add(line);
            at.add(lines.size());
            kept.add(rows.get(i));
          }
          return new File(cols, lines, at, kept);
        }));
  }

  private static List<Row> read(File f, boolean bom) {
    List<Row> out = new ArrayList<>();
    Tsv.of(f.columns().toArray(String[]::new)).read("t.tsv", new StringReader(f.text(bom)), out::add);
    return out;
  }

  @Property(tries = 300)
  void everyRowComesBackAsWrittenAtItsLine(@ForAll("files") File f, @ForAll boolean bom) {
    List<Row> rows = read(f, bom);
    assertThat(rows).extracting(Row::line).isEqualTo(f.rowLines());
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < f.columns().size(); c++) {
        assertThat(rows.get(i).get(f.columns().get(c))).isEqualTo(f.rows().get(i).get(c));
      }
    }
  }

  @Property(tries = 300)
  void alternativesAreTheCellSplitAtSemicolonsStrippedWithoutEmptyOnes(@ForAll("files") File f) {
    List<Row> rows = read(f, false);
    for (int i = 0; i < rows.size(); i++) {
      String cell = f.rows().get(i).get(0);
      List<String> expected = new ArrayList<>();
      if (!cell.isEmpty() && !cell.equals("-")) {
        for (String part : cell.split(";")) {
          if (!part.isBlank()) {
            expected.add(part.strip());
          }
        }
      }
      assertThat(rows.get(i).list(f.columns().get(0))).isEqualTo(expected);
    }
  }

  @Property(tries = 300)
  void aRowWithACellMoreOrLessIsAnErrorAtItsLine(@ForAll("files") File f, @ForAll @IntRange(max = 20) int pick,
      @ForAll boolean more) {
    if (f.rows().isEmpty()) {
      return;
    }
    int row = pick % f.rows().size();
    int line = f.rowLines().get(row);
    List<String> lines = new ArrayList<>(f.lines());
    // One column: "fewer" cannot be written, so write one more.
    String broken = more || f.columns().size() == 1 ? lines.get(line - 1) + "\tx"
        : "x" + "\tx".repeat(f.columns().size() - 2);
    lines.set(line - 1, broken);
    File bad = new File(f.columns(), lines, f.rowLines(), f.rows());
    assertThatThrownBy(() -> read(bad, false)).isInstanceOf(ResourceException.class)
        .hasMessageStartingWith("t.tsv:" + line + ": expected " + f.columns().size() + " cells");
  }
}
