package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.Store;
import org.dyad.store.search.SearchIndex;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad index}: the full-text search index of a store, built or brought up to date. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the full-text search index of a store (Apache Lucene), or brings it up to date: adds the articles"
          + " ingested since it was written, or rebuilds it whole when it disagrees with the store.",
      "The index of a DuckDB file is the folder beside it (news.duckdb: news.search/); dyad ingest keeps it up to"
          + " date, dyad query search and dyad serve use it. A PostgreSQL store needs --index DIR."
    })
final class IndexCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--index", paramLabel = "DIR", description = "The index folder (default: beside the DuckDB file).")
  @Nullable Path index;

  @Option(names = "--rebuild", description = "Empty the index and add every article again.")
  boolean rebuild;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    String target = store.target(null);
    Path folder = folder(target, index);
    try (Store db = StoreOptions.openExisting(target, err, false)) {
      if (db == null) {
        return 1;
      }
      long t0 = System.nanoTime();
      try (SearchIndex search = SearchIndex.open(folder)) {
        long added = rebuild ? search.rebuild(db) : search.catchUp(db);
        err.printf(Locale.ROOT, "dyad: search index %s: %d article(s) added, %d in all (%.1f s)%n", folder, added,
            search.size(), (System.nanoTime() - t0) / 1e9);
      }
      return 0;
    }
  }

  /**
   * The index folder of the store at {@code target}: {@code given}, else the one beside a DuckDB file.
   *
   * @throws UsageException for a store that has none beside it (PostgreSQL, a Parquet folder)
   */
  static Path folder(String target, @Nullable Path given) {
    if (given != null) {
      return given;
    }
    return SearchIndex.besideStore(target).orElseThrow(() -> new UsageException("the search index of "
        + (target.startsWith("jdbc:") ? "a PostgreSQL store" : target) + " is not beside it: give --index DIR"));
  }

  /**
   * What {@code dyad ingest} does once it has stored: the index beside a DuckDB store takes the new articles (and is
   * created by the first ingest); a store with no place beside it is told in one line.
   */
  static void afterIngest(Store db, String target, PrintStream err) {
    Optional<Path> folder = SearchIndex.besideStore(target);
    if (folder.isEmpty()) {
      err.println("dyad: no search index is kept beside " + db.target() + ": build one with dyad index --index DIR");
      return;
    }
    long t0 = System.nanoTime();
    try (SearchIndex search = SearchIndex.open(folder.get())) {
      long added = search.catchUp(db);
      err.printf(Locale.ROOT, "dyad: search index %s: %d article(s) added, %d in all (%.1f s)%n", folder.get(), added,
          search.size(), (System.nanoTime() - t0) / 1e9);
    }
  }
}
