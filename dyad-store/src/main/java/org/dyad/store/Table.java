package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a query: named columns and rows of plain values (strings, numbers, booleans, dates as
 * {@code YYYY-MM-DD}, null for SQL NULL), rendered for a person or for a program.
 */
public record Table(List<String> columns, List<List<@Nullable Object>> rows) {
  /** How a table is written out. */
  public enum Format {
    /** Aligned columns for a terminal; long cells are cut at 60 characters. */
    table,
    /** RFC 4180 comma-separated values with a header line. */
    csv,
    /** A JSON array of objects, one per row. */
    json
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WIDEST = 60;

  public Table {
    columns = List.copyOf(columns);
    List<List<@Nullable Object>> copy = new ArrayList<>();
    for (List<@Nullable Object> r : rows) {
      copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /** Reads every row of {@code r}. */
  static Table of(ResultSet r) throws SQLException {
    ResultSetMetaData meta = r.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<@Nullable Object>> rows = new ArrayList<>();
    while (r.next()) {
      List<@Nullable Object> row = new ArrayList<>();
      for (int i = 1; i <= columns.size(); i++) {
        row.add(plain(r.getObject(i)));
      }
      rows.add(row);
    }
    return new Table(columns, rows);
  }

  /** JDBC values as the plain values of this class: numbers stay numbers, the rest become strings. */
  private static @Nullable Object plain(@Nullable Object v) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Integer
        || v instanceof Double) {
      return v;
    }
    if (v instanceof BigDecimal || v instanceof Float || v instanceof Short || v instanceof Byte) {
      Number n = (Number) v;
      return v instanceof BigDecimal b && b.scale() <= 0 ? (Object) n.longValue() : (Object) n.doubleValue();
    }
    if (v instanceof java.math.BigInteger b) {
      return b.longValue();
    }
    return v.toString();
  }

  /** The table in {@code format}. */
  public String render(Format format) {
    return switch (format) {
      case table -> text();
      case csv -> csv();
      case json -> json();
    };
  }

  private String text() {
    int[] width = new int[columns.size()];
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    for (List<@Nullable Object> row : rows) {
      List<String> line = new ArrayList<>();
      for (@Nullable Object v : row) {
        String s = cell(v).replaceAll("\\s+", " ");
        line.add(s.length() > WIDEST ? s.substring(0, WIDEST - 1) + "…" : s);
      }
      cells.add(line);
    }
    for (List<String> line : cells) {
      for (int i = 0; i < line.size(); i++) {
        width[i] = Math.max(width[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int l = 0; l < cells.size(); l++) {
      List<String> line = cells.get(l);
      for (int i = 0; i < line.size(); i++) {
        boolean number = l > 0 && rows.get(l - 1).get(i) instanceof Number;
        String s = line.get(i);
        String pad = " ".repeat(width[i] - s.length());
        out.append(i == 0 ? "" : "  ").append(number ? pad + s : s + (i == line.size() - 1 ? "" : pad));
      }
      out.append('\n');
      if (l == 0) {
        for (int i = 0; i < width.length; i++) {
          out.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.append('\n');
      }
    }
    out.append('(').append(rows.size()).append(rows.size() == 1 ? " row)\n" : " rows)\n");
    return out.toString();
  }

  private static String cell(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    return v.toString();
  }

  private String csv() {
    StringBuilder out = new StringBuilder();
    out.append(csvLine(new ArrayList<>(columns)));
    for (List<@Nullable Object> row : rows) {
      out.append(csvLine(row));
    }
    return out.toString();
  }

  /** One CSV line: fields holding a comma, a quote or a line break are quoted, quotes doubled. */
  static String csvLine(List<@Nullable Object> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      String s = v == null ? "" : v.toString();
      if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
        s = '"' + s.replace("\"", "\"\"") + '"';
      }
      out.append(i == 0 ? "" : ",").append(s);
    }
    return out.append("\r\n").toString();
  }

  private String json() {
    ArrayNode array = JSON.createArrayNode();
    for (List<@Nullable Object> row : rows) {
      array.add(object(columns, row));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain values are always JSON", e);
    }
  }

  /** A row as a JSON object. */
  static ObjectNode object(List<String> columns, List<@Nullable Object> row) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < columns.size(); i++) {
      o.set(columns.get(i), JSON.valueToTree(row.get(i)));
    }
    return o;
  }
}
