package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A store kept as a folder of Parquet files, read through an in-memory DuckDB: one subfolder per table
 * ({@code events/}, {@code documents/} ...), holding Parquet files at any depth (a Spark job's
 * {@code doc_date=2023-12-11/part-....parquet}) with the table's columns. Each table found becomes a view over
 * its files; a table without files stays empty. Files under a folder whose name starts with {@code _} or
 * {@code .} (a Spark job's {@code _temporary}) are not the table's. Such a store is read, never written: DuckDB
 * reads the files where they lie, as they were when the store was opened.
 */
final class ParquetFolder {
  /** The tables beyond the store's own that a folder may hold: the records the Spark job could not read. */
  static final List<String> EXTRA_TABLES = List.of("problems");

  private ParquetFolder() {}

  /** True when {@code target} names a folder (a store file or a JDBC URL does not). */
  static boolean is(String target) {
    return !target.startsWith("jdbc:") && Files.isDirectory(Path.of(target));
  }

  /** Replaces each table of the freshly migrated in-memory store {@code db} that {@code folder} holds by a view. */
  static void attach(Connection db, Path folder) {
    String base = folder.toAbsolutePath().normalize().toString();
    if (base.matches(".*[*?\\[\\]{}].*")) {
      throw new StoreException("a Parquet folder's path cannot hold glob characters (* ? [ ] { }): " + base);
    }
    Map<String, String> tables = new LinkedHashMap<>();
    for (Rows.Table t : Rows.Table.values()) {
      // The store's columns in its order and types, whatever types the writer of the files chose.
      tables.put(t.name(), t.columns().stream()
          .map(c -> "CAST(" + c.name() + " AS " + c.type().name() + ") AS " + c.name())
          .collect(Collectors.joining(", ")));
    }
    EXTRA_TABLES.forEach(t -> tables.put(t, "*"));
    int found = 0;
    try (Statement s = db.createStatement()) {
      for (String table : tables.keySet()) {
        List<String> files = parquetFiles(folder.resolve(table));
        if (files.isEmpty()) {
          continue;
        }
        found++;
        if (!EXTRA_TABLES.contains(table)) {
          s.execute("DROP TABLE " + table);
        }
        StringBuilder list = new StringBuilder();
        for (String f : files) {
          list.append(list.length() == 0 ? "[" : ", ").append('\'').append(f.replace("'", "''")).append('\'');
        }
        s.execute("CREATE VIEW " + table + " AS SELECT " + tables.get(table) + " FROM read_parquet(" + list
            + "], hive_partitioning = false)");
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the Parquet folder " + base, e);
    }
    if (found == 0) {
      throw new StoreException(base + " is a folder without store tables (documents/, events/ ... of Parquet files)");
    }
  }

  /** The Parquet files of a table's folder, in name order, none from a folder named {@code _...} or {@code .…}. */
  private static List<String> parquetFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p))
          .filter(p -> {
            for (Path part : dir.relativize(p)) {
              if (part.toString().startsWith("_") || part.toString().startsWith(".")) {
                return false;
              }
            }
            return true;
          })
          .map(p -> p.toAbsolutePath().normalize().toString())
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new StoreException("cannot list " + dir + ": " + e.getMessage());
    }
  }
}
