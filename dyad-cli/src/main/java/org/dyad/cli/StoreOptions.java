package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use a store. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "PATH|URL",
      description = "The store: a DuckDB file (default: " + Store.DEFAULT_PATH + ") or a jdbc:postgresql:// URL.")
  @Nullable String db;

  /** {@code db}, else {@code fallback}'s, else the default file. */
  String target(@Nullable StoreOptions fallback) {
    if (db != null) {
      return db;
    }
    return fallback != null && fallback.db != null ? fallback.db : Store.DEFAULT_PATH;
  }

  /**
   * Opens an existing store for reading, or says on {@code err} that there is none and returns null. A DuckDB
   * file is not created by a query.
   */
  static @Nullable Store openExisting(String target, PrintStream err) {
    if (!target.startsWith("jdbc:") && !Files.exists(Path.of(target))) {
      err.println("dyad: no store at " + target + " (run dyad ingest first, or use --db)");
      return null;
    }
    return Store.open(target);
  }
}
