package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading recipes of {@code docs/gdelt.md}, run as written on a GDELT export with and without its header: DuckDB's
 * {@code read_csv} through JDBC, pandas and R through the machine's own Python and R (skipped, visibly, where they
 * are missing). Each reads GDELT's 61 column names in order, every row, CAMEO codes as text and empty fields as
 * missing.
 */
class ExportRecipesTest {
  private static final Path DOCS = Path.of("../docs");

  @TempDir Path dir;
  private Path plain;
  private Path headed;

  @BeforeEach
  void export() throws Exception {
    plain = dir.resolve("plain.tsv");
    headed = dir.resolve("headed.tsv");
    try (Store store = Store.open(dir.resolve("s.duckdb").toString())) {
      store.put(QueriesTest.tariffDispute());
      new Export(store).write(Export.Format.gdelt, Export.What.stories, plain);
      new Export(store).withGdeltHeader().write(Export.Format.gdelt, Export.What.stories, headed);
    }
  }

  @Test
  void duckDbsOwnReadCsvReadsAnExportWithGdeltsColumnNames() throws Exception {
    List<String> recipes = blocks("sql");
    assertThat(recipes).hasSize(2);
    for (int i = 0; i < 2; i++) {
      Path export = i == 0 ? headed : plain;
      String sql = recipes.get(i).replace("'events.tsv'", "'" + export.toAbsolutePath() + "'");
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = duck.createStatement();
          ResultSet r = s.executeQuery("SELECT * FROM (" + sql.strip().replaceAll(";$", "")
              + ") ORDER BY SQLDATE, EventCode")) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= r.getMetaData().getColumnCount(); c++) {
          names.add(r.getMetaData().getColumnName(c));
        }
        List<String> first = new ArrayList<>();
        int rows = 0;
        while (r.next()) {
          if (rows++ == 0) {
            assertThat(r.getLong("GLOBALEVENTID")).isPositive();
            first = List.of(r.getString("EventCode"), String.valueOf(r.getObject("ActionGeo_FullName") == null));
          }
        }
        assertRead(export, names, rows, first);
      }
    }
  }

  @Test
  void pandasReadsAnExportWithGdeltsColumnNames() throws Exception {
    Path python = interpreter(List.of("/usr/bin/python3", "python3"), "-c", "import pandas").orElse(null);
    assumeTrue(python != null, "no Python with pandas on this machine (Debian: python3-pandas)");
    String check = """

        first = events.sort_values(["SQLDATE", "EventCode"]).iloc[0]
        print("\\t".join(events.columns))
        print(len(events))
        print(first["EventCode"])
        print(str(pd.isna(first["ActionGeo_FullName"])).lower())
        """;
    runRecipes(blocks("python"), check, python.toString(), "recipe.py");
  }

  @Test
  void rReadsAnExportWithGdeltsColumnNames() throws Exception {
    Path r = interpreter(List.of("/usr/bin/Rscript", "Rscript"), "-e", "1").orElse(null);
    assumeTrue(r != null, "no R on this machine (Debian: r-base-core)");
    String check = """

        first <- events[order(events$SQLDATE, events$EventCode), ][1, ]
        cat(paste(names(events), collapse = "\\t"), "\\n", sep = "")
        cat(nrow(events), "\\n", sep = "")
        cat(first$EventCode, "\\n", sep = "")
        cat(tolower(as.character(is.na(first$ActionGeo_FullName))), "\\n", sep = "")
        """;
    runRecipes(blocks("r"), check, r.toString(), "recipe.R");
  }

  /** Runs the two recipes (without, then with a header) in a folder holding the export and the column file. */
  private void runRecipes(List<String> recipes, String check, String interpreter, String file) throws Exception {
    assertThat(recipes).hasSize(2);
    for (int i = 0; i < 2; i++) {
      Path export = i == 0 ? plain : headed;
      Path work = Files.createDirectories(dir.resolve(file + i));
      Files.copy(DOCS.resolve("gdelt-columns.tsv"), work.resolve("gdelt-columns.tsv"));
      Files.copy(export, work.resolve("events.tsv"));
      Files.writeString(work.resolve(file), recipes.get(i) + check);
      List<String> out = run(work, interpreter, file);
      assertThat(out).as("%s printed", file).hasSize(4);
      assertRead(export, List.of(out.get(0).split("\t")), Integer.parseInt(out.get(1).strip()),
          List.of(out.get(2).strip(), out.get(3).strip()));
    }
  }

  private static void assertRead(Path export, List<String> names, int rows, List<String> first) throws IOException {
    String what = export.getFileName().toString();
    assertThat(names).as(what).isEqualTo(Export.GDELT_COLUMNS);
    long lines = Files.readAllLines(export).size() - (export.getFileName().toString().equals("headed.tsv") ? 1 : 0);
    assertThat(rows).as(what + ": every row").isEqualTo(lines).isEqualTo(11);
    assertThat(first.get(0)).as(what + ": a CAMEO code read as text").isEqualTo("036");
    assertThat(first.get(1)).as(what + ": an empty field is missing").isEqualTo("true");
  }

  /** The fenced blocks of one language in {@code docs/gdelt.md}, comments and all. */
  private static List<String> blocks(String language) throws IOException {
    String markdown = Files.readString(DOCS.resolve("gdelt.md"));
    Matcher m = Pattern.compile("(?s)```" + language + "\n(.*?)```").matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** The first of the candidates that runs the probe with exit 0. */
  private static Optional<Path> interpreter(List<String> candidates, String... probe) {
    for (String candidate : candidates) {
      try {
        List<String> command = new ArrayList<>(List.of(candidate));
        command.addAll(List.of(probe));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return Optional.of(Path.of(candidate));
        }
        p.destroyForcibly();
      } catch (IOException e) {
        // not installed under this name: try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static List<String> run(Path work, String interpreter, String file) throws Exception {
    Process p = new ProcessBuilder(interpreter, file).directory(work.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", file).isTrue();
    assertThat(p.exitValue()).as("%s failed: %s", file, err).isZero();
    return out.lines().toList();
  }
}
