package org.dyad.engine.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dyad.engine.Randomized;
import org.dyad.engine.Randomized.Gen;
import org.junit.jupiter.api.Test;

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

  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** A cell: any text without tabs or line breaks, often empty or "-". */
  static String cell(Gen g) {
    if (g.bool()) {
      return g.of("", "-", " ", "a;b", "S\u00e3o Paulo", "#not a comment");
    }
    return g.string(12).replaceAll("[\t\n\r\u2028\u2029\u0085]", "");
  }

  /** A file of random columns, rows, comments and blank lines. */
  static File file(Gen g) {
    List<String> cols = new ArrayList<>();
    int n = g.between(1, 5);
    while (cols.size() < n) {
      String c = g.string(1, 6, LETTERS);
      if (!cols.contains(c)) {
        cols.add(c);
      }
    }
    List<List<String>> rows = g.list(0, 12, () -> g.list(cols.size(), cols.size(), () -> cell(g)));
    List<String> lines = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    List<List<String>> kept = new ArrayList<>();
    lines.add("# a header comment");
    lines.add(String.join("\t", cols));
    for (List<String> row : rows) {
      int gaps = g.between(0, 3);
      for (int k = 0; k < gaps; k++) {
        lines.add(k % 2 == 0 ? "" : "# comment " + k);
      }
      String line = String.join("\t", row);
      if (line.isBlank() || line.startsWith("#")) {
        continue; // a comment or blank line by the convention, not a row: the generator skips it
      }
      lines.add(line);
      at.add(lines.size());
      kept.add(row);
    }
    return new File(cols, lines, at, kept);
  }

  private static List<Row> read(File f, boolean bom) {
    List<Row> out = new ArrayList<>();
    Tsv.of(f.columns().toArray(String[]::new)).read("t.tsv", new StringReader(f.text(bom)), out::add);
    return out;
  }

  @Test
  void everyRowComesBackAsWrittenAtItsLine() {
    Randomized.tries(300, g -> {
      File f = file(g);
      List<Row> rows = read(f, g.bool());
      assertThat(rows).extracting(Row::line).isEqualTo(f.rowLines());
      for (int i = 0; i < rows.size(); i++) {
        for (int c = 0; c < f.columns().size(); c++) {
          assertThat(rows.get(i).get(f.columns().get(c))).isEqualTo(f.rows().get(i).get(c));
        }
      }
    });
  }

  @Test
  void alternativesAreTheCellSplitAtSemicolonsStrippedWithoutEmptyOnes() {
    Randomized.tries(300, g -> {
      File f = file(g);
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
    });
  }

  @Test
  void aRowWithACellMoreOrLessIsAnErrorAtItsLine() {
    Randomized.tries(300, g -> {
      File f = file(g);
      if (f.rows().isEmpty()) {
        return;
      }
      int line = f.rowLines().get(g.between(0, f.rows().size() - 1));
      List<String> lines = new ArrayList<>(f.lines());
      // One column: "fewer" cannot be written, so write one more.
      String broken = g.bool() || f.columns().size() == 1 ? lines.get(line - 1) + "\tx"
          : "x" + "\tx".repeat(f.columns().size() - 2);
      lines.set(line - 1, broken);
      File bad = new File(f.columns(), lines, f.rowLines(), f.rows());
      assertThatThrownBy(() -> read(bad, false)).isInstanceOf(ResourceException.class)
          .hasMessageStartingWith("t.tsv:" + line + ": expected " + f.columns().size() + " cells");
    });
  }
}
