package org.dyad.engine.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The columns of a tab-separated data file, and the one reader of such files (the convention is in
 * {@code docs/RESOURCES.md}): UTF-8, a byte-order mark ignored, lines starting with {@code #} and blank lines
 * skipped, then a row of the column names, checked against the declared ones, then one row per line with
 * exactly as many cells (trailing empty cells count). Rows come in file order. Every error is a
 * {@link ResourceException} whose message starts with {@code file:line: }; an exception a row's consumer throws
 * is wrapped into one.
 *
 * <pre>{@code
 * Tsv.of("successor", "predecessor", "from").read(Succession.class, "succession.tsv", row ->
 *     rows.put(row.get("successor"), new Predecessor(row.get("predecessor"), LocalDate.parse(row.get("from")))));
 * }</pre>
 */
public final class Tsv {
  private final List<String> columns;
  private final Map<String, Integer> index = new LinkedHashMap<>();

  private Tsv(List<String> columns) {
    this.columns = List.copyOf(columns);
    for (int i = 0; i < columns.size(); i++) {
      if (index.put(columns.get(i), i) != null) {
        throw new IllegalArgumentException("column " + columns.get(i) + " declared twice");
      }
    }
  }

  /** A table of these columns, in this order. */
  public static Tsv of(String... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("a table needs a column");
    }
    return new Tsv(List.of(columns));
  }

  /** Reads the resource {@code name}, relative to the package of {@code anchor} unless it starts with "/". */
  public void read(Class<?> anchor, String name, Consumer<Row> each) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new ResourceException(file + ": no such resource " + name + " beside " + anchor.getName());
      }
      read(file, new InputStreamReader(in, StandardCharsets.UTF_8), each);
    } catch (IOException e) {
      throw new ResourceException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads {@code path}; rows are named by the file's name ({@code mine.tsv:12}). */
  public void read(Path path, Consumer<Row> each) {
    String file = path.getFileName().toString();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      read(file, in, each);
    } catch (IOException e) {
      throw new ResourceException(file + ": cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Reads the text of {@code in}, naming its rows {@code file:line}. Does not close {@code in}. */
  public void read(String file, Reader in, Consumer<Row> each) {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    boolean header = false;
    int n = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (!header) {
          if (!List.of(cells).equals(columns)) {
            throw new ResourceException(file + ":" + n + ": expected the column names " + String.join(" ", columns)
                + " (tab-separated), found: " + line);
          }
          header = true;
          continue;
        }
        if (cells.length != columns.size()) {
          throw new ResourceException(file + ":" + n + ": expected " + columns.size() + " cells ("
              + String.join(", ", columns) + "), found " + cells.length);
        }
        Row row = new Row(file, n, index, cells);
        try {
          each.accept(row);
        } catch (ResourceException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new ResourceException(row.where() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new ResourceException(file + ":" + n + ": cannot read: " + e.getMessage(), e);
    }
    if (!header) {
      throw new ResourceException(file + ": no row of column names (" + String.join(" ", columns) + ")");
    }
  }
}
