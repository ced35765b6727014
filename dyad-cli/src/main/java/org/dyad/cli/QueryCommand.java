package org.dyad.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dyad.store.Queries;
import org.dyad.store.Stories;
import org.dyad.store.Store;
import org.dyad.store.Table;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dyad query}: plain SQL or a ready question against a store. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Asks a store a question: --sql for plain SQL, or one of the ready questions below.",
      "Tables: documents, entities, mentions, timexes, quotes, events, event_mentions, stories, story_events."
    },
    subcommands = {
      QueryCommand.Timeline.class, QueryCommand.TopActors.class, QueryCommand.Events.class,
      QueryCommand.Quotes.class, SearchCommand.class, QueryCommand.Dedupe.class
    })
final class QueryCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--format", description = "table (default), csv or json.")
  Table.@Nullable Format format;

  @Option(names = "--sql", description = "A SQL statement to run.")
  @Nullable String sql;

  @Override
  public Integer call() {
    if (sql == null) {
      System.err.println("dyad query: give --sql \"...\" or a question (dyad query --help)");
      return 2;
    }
    String statement = sql;
    return answer(store.target(null), format, q -> q.sql(statement));
  }

  /**
   * Opens the store, asks, prints the table on standard output and the time it took on standard error; a store
   * that fails is told by {@link Main}.
   */
  static int answer(String target, Table.@Nullable Format format, Function<Queries, Table> question) {
    PrintStream err = System.err;
    try (Store db = StoreOptions.openExisting(target, err, false)) {
      if (db == null) {
        return 1;
      }
      long t0 = System.nanoTime();
      Table t = question.apply(new Queries(db));
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.print(t.render(format == null ? Table.Format.table : format));
      System.out.flush();
      err.printf(Locale.ROOT, "dyad: %d row(s) in %.3f s%n", t.rows().size(), seconds);
      return 0;
    }
  }

  /** What every question shares: the store and the format, given here or before the question's name. */
  abstract static class Question implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Mixin StoreOptions store = new StoreOptions();

    @Option(names = "--format", description = "table (default), csv or json.")
    Table.@Nullable Format format;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    abstract Table ask(Queries q);

    @Override
    public Integer call() {
      return answer(store.target(parent.store), format != null ? format : parent.format, this::ask);
    }
  }

  @Command(name = "timeline", mixinStandardHelpOptions = true,
      description = "Events between two countries, either way, per period: counts by QuadClass, stories, "
          + "mean and summed Goldstein.")
  static final class Timeline extends Question {
    @Option(names = "--a", required = true, description = "A country (ISO alpha-3, e.g. USA).")
    String a = "";

    @Option(names = "--b", required = true, description = "The other country (e.g. JPN).")
    String b = "";

    @Option(names = "--by", defaultValue = "month", description = "day, week, month (default) or year.")
    Queries.Period by = Queries.Period.month;

    @Override
    Table ask(Queries q) {
      return q.timeline(a, b, by);
    }
  }

  @Command(name = "top-actors", mixinStandardHelpOptions = true,
      description = "The actors with the most events, with the documents that name them.")
  static final class TopActors extends Question {
    @Override
    Table ask(Queries q) {
      return q.topActors(limit);
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "The events of an actor, by CAMEO code (USAGOV), country (USA) or name, with evidence.")
  static final class Events extends Question {
    @Option(names = "--actor", required = true, description = "Actor code, country code or entity name.")
    String actor = "";

    @Override
    Table ask(Queries q) {
      return q.events(actor, limit);
    }
  }

  @Command(name = "quotes", mixinStandardHelpOptions = true,
      description = "What a speaker said: quotes whose speaker's name contains NAME.")
  static final class Quotes extends Question {
    @Option(names = "--speaker", required = true, description = "A part of the speaker's name, any case.")
    String speaker = "";

    @Override
    Table ask(Queries q) {
      return q.quotes(speaker, limit);
    }
  }

  @Command(name = "dedupe", mixinStandardHelpOptions = true,
      description = "Recomputes the stories: reports of the same event (same actors and code, days within "
          + "the window) become one.")
  static final class Dedupe implements Callable<Integer> {
    @ParentCommand QueryCommand parent;

    @Mixin StoreOptions store = new StoreOptions();

    @Option(names = "--window", defaultValue = "" + Stories.DEFAULT_WINDOW_DAYS,
        description = "Days between reports of the same event (default: ${DEFAULT-VALUE}).")
    int window = Stories.DEFAULT_WINDOW_DAYS;

    @Override
    public Integer call() {
      try (Store db = StoreOptions.openExisting(store.target(parent.store), System.err, true)) {
        if (db == null) {
          return 1;
        }
        Stories.Counts c = db.collapseStories(window);
        System.out.printf("%d events, %d counted, %d stories%n", c.events(), c.counted(), c.stories());
        return 0;
      }
    }
  }
}
