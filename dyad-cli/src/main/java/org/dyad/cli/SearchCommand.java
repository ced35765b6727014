package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.Store;
import org.dyad.store.Table;
import org.dyad.store.search.Filters;
import org.dyad.store.search.Hits;
import org.dyad.store.search.SearchIndex;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dyad query search}: the articles that match a query, from the store's search index. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
      "Full-text search of the articles with the store's search index (dyad index builds it): best first, with a"
          + " snippet around the first match, the matches between « and ».",
      "QUERY is Lucene's syntax over title and text, every word required: tariff, \"trade deficit\" (a phrase),"
          + " yen OR dollar, title:yen, credit:reuters, actor:JPN. Words are runs of letters and digits, any case;"
          + " tariff does not find tariffs.",
      "Without an index, the text is scanned for QUERY as a phrase (any case, inside words too) and the filters"
          + " are refused."
    })
final class SearchCommand implements Callable<Integer> {
  @ParentCommand QueryCommand parent;

  @Mixin StoreOptions store = new StoreOptions();

  @Parameters(paramLabel = "QUERY", description = "What to look for.")
  String query = "";

  @Option(names = "--format", description = "table (default), csv or json.")
  Table.@Nullable Format format;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many hits first (default: 0).")
  int offset;

  @Option(names = "--title", description = "Only articles whose title has these words, in this order.")
  @Nullable String title;

  @Option(names = "--credit", description = "Only articles credited to this agency or outlet (Reuters).")
  @Nullable String credit;

  @Option(names = "--actor", description = "Only articles that name this actor: code (JPNGOV), country (JPN) or name.")
  @Nullable String actor;

  @Option(names = "--from", description = "Only articles dated this day (YYYY-MM-DD) or later.")
  @Nullable LocalDate from;

  @Option(names = "--to", description = "Only articles dated this day (YYYY-MM-DD) or earlier.")
  @Nullable LocalDate to;

  @Option(names = "--index", paramLabel = "DIR", description = "The index folder (default: beside the DuckDB file).")
  @Nullable Path index;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    String target = store.target(parent.store);
    Table.Format as = format != null ? format : parent.format;
    Optional<Path> folder = index != null ? Optional.of(index) : SearchIndex.besideStore(target);
    if (folder.isEmpty() || !SearchIndex.exists(folder.get())) {
      if (title != null || credit != null || actor != null || from != null || to != null || offset != 0) {
        throw new UsageException("--title, --credit, --actor, --from, --to and --offset need a search index: "
            + "build it with dyad index");
      }
      err.println("dyad: no search index " + folder.map(f -> "at " + f).orElse("for " + target)
          + " (dyad index builds it): scanning the text for the phrase instead");
      return QueryCommand.answer(target, as, q -> q.search(query, limit));
    }
    try (Store db = StoreOptions.openExisting(target, err, false)) {
      if (db == null) {
        return 1;
      }
      try (SearchIndex search = SearchIndex.openForReading(folder.get())) {
        if (search.state(db) != SearchIndex.State.CURRENT) {
          err.println("dyad: the search index " + folder.get() + " is not up to date with the store: dyad index"
              + " brings it up to date");
        }
        long t0 = System.nanoTime();
        Hits hits = search.search(query, new Filters(title, credit, actor, from, to), offset, limit);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.print(table(hits).render(as == null ? Table.Format.table : as));
        System.out.flush();
        err.printf(Locale.ROOT, "dyad: %d hit(s) in all, %d shown from %d, in %.3f s%n", hits.total(),
            hits.hits().size(), offset + (hits.hits().isEmpty() ? 0 : 1), seconds);
        return 0;
      }
    }
  }

  /** The hits as the other questions print their rows: the snippet's matches between « and ». */
  static Table table(Hits hits) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Hits.Hit h : hits.hits()) {
      rows.add(java.util.Arrays.asList(h.id(), h.date().toString(), h.title(),
          Math.round(h.score() * 1000) / 1000.0, h.snippet().marked("«", "»")));
    }
    return new Table(List.of("id", "date", "title", "score", "snippet"), rows);
  }
}
