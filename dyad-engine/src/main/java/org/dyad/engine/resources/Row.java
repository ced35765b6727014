package org.dyad.engine.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a {@link Tsv}: its cells by column name, and where it stands ({@code countries.tsv:57}) for
 * messages and for the rules that quote it. Cells are as written in the file; {@code -} or an empty cell means
 * none.
 */
public final class Row {
  private final String file;
  private final int line;
  private final Map<String, Integer> columns;
  private final String[] cells;

  Row(String file, int line, Map<String, Integer> columns, String[] cells) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.cells = cells;
  }

  /** The line number, from 1, counting every line of the file. */
  public int line() {
    return line;
  }

  /** {@code file:line}. */
  public String where() {
    return file + ":" + line;
  }

  /** The cell of {@code column} as written (possibly empty or {@code -}). */
  public String get(String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column " + column + " in " + file + " (columns " + columns.keySet()
          + ")");
    }
    return cells[i];
  }

  /** Whether the cell of {@code column} holds nothing: empty or {@code -}. */
  public boolean none(String column) {
    String c = get(column);
    return c.isEmpty() || c.equals("-");
  }

  /** The cell of {@code column}, or null when it holds nothing (empty or {@code -}). */
  public @Nullable String optional(String column) {
    return none(column) ? null : get(column);
  }

  /** The cell of {@code column}; an error at this row when it holds nothing. */
  public String require(String column) {
    if (none(column)) {
      throw error("no " + column);
    }
    return get(column);
  }

  /**
   * The alternatives of the cell of {@code column}: separated by {@code ;}, each stripped of surrounding white
   * space, empty ones dropped; no alternative when the cell holds nothing.
   */
  public List<String> list(String column) {
    List<String> out = new ArrayList<>();
    if (!none(column)) {
      for (String s : get(column).split(";")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  /** An error about this row: its message starts with {@code file:line: }. */
  public ResourceException error(String message) {
    return new ResourceException(where() + ": " + message);
  }
}
