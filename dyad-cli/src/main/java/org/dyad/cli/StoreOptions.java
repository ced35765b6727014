package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
   * Checks, before anything loads, that the store at {@code target} exists or can be created: a DuckDB file's
   * folder must exist.
   *
   * @throws UsageException naming the missing folder
   */
  static void checkCreatable(String target) {
    if (target.startsWith("jdbc:")) {
      return;
    }
    Path folder = Path.of(target).toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UsageException("cannot create " + target + ": no such folder " + folder
          + " (create it first, or use --db)");
    }
  }

  /**
   * Checks, before anything loads, that every source given exists ({@code -} is standard input).
   *
   * @throws UsageException naming the first missing one
   */
  static void checkSources(List<String> sources) {
    for (String s : sources) {
      if (!s.equals("-") && !Files.exists(Path.of(s))) {
        throw new UsageException("no such file or folder: " + s);
      }
    }
  }

  /**
   * Opens an existing store, or says on {@code err} that there is none and returns null. A DuckDB file is not
   * created by a query.
   *
   * @param write whether the command writes (dedupe); otherwise a DuckDB file is opened read-only, so that
   *     queries and exports run side by side
   */
  static @Nullable Store openExisting(String target, PrintStream err, boolean write) {
    if (!target.startsWith("jdbc:") && !Files.exists(Path.of(target))) {
      err.println("dyad: no store at " + target + " (run dyad ingest first, or use --db)");
      return null;
    }
    return write ? Store.open(target) : Store.openForReading(target);
  }
}
