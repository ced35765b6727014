package org.dyad.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dyad.engine.Engine;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;
import org.dyad.store.Ingest;
import org.dyad.store.Queries;
import org.dyad.store.Stories;
import org.dyad.store.Store;
import org.dyad.store.Table;

/**
 * The store end to end on a real dispute: a DuckDB store built through the real ingest path from a slice of
 * Reuters-21578, asked the real dyad timeline question for the United States and Japan.
 *
 * <p>The slice: every article whose Reuters PLACES field (the collection's own, human-assigned country
 * categories) lists both {@code usa} and {@code japan}, whatever its date (452 articles, February to October
 * 1987, 430 once repeated texts are skipped). It holds the semiconductor dispute of spring 1987: on 27 March
 * Reagan announced 100% tariffs on $300m of Japanese electronics for Japan's breach of the chip pact; they took
 * effect on 17 April; Nakasone came to Washington from 29 April to 2 May.
 *
 * <p>Measures (higher is better, as floors require):
 *
 * <ul>
 *   <li>{@code store.usa_jpn.dispute_drop}: the mean Goldstein value of the counted USA–JPN events (either
 *       direction) outside the dispute period, minus the mean of those inside it, the dispute period being 27
 *       March to 30 April 1987 (announcement to Nakasone's arrival). A positive value is a drop the timeline
 *       shows; it is read from the day-by-day timeline, weighting each day by its events, so it is the same
 *       figure as the means of the monthly and weekly rows, cut at the period's bounds.
 *   <li>{@code store.usa_jpn.april_drop}: the mean of the same events outside the dispute period minus the
 *       mean of those of the calendar month of April: whether the month the tariffs took effect shows as a drop
 *       against the calm before and after the dispute. The days of 27 to 31 March count on neither side, so
 *       that better coding of the dispute's sharpest days (the weeks of 23 and 30 March) cannot lower it.
 *   <li>{@code store.timeline.ms_margin}: 1000 minus the time in milliseconds of the slowest of the three
 *       timeline questions (by day, week and month) on this store. The slice is small; the floor guards the
 *       query's shape (a lost index, a join gone quadratic), while the full store's time is for {@code dyad
 *       query} to show.
 * </ul>
 *
 * <p>The monthly and weekly timelines are printed on standard error for a person to read.
 */
public final class StoreBenchmark implements Benchmark {
  static final String FILE = "reuters21578/reuters21578.jsonl";
  static final LocalDate DISPUTE_FROM = LocalDate.of(1987, 3, 27);
  static final LocalDate DISPUTE_TO = LocalDate.of(1987, 4, 30);

  private final int threads;

  /** @param threads how many documents are extracted at once while the store is built */
  public StoreBenchmark(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  @Override
  public String name() {
    return "store";
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    PrintStream log = System.err;
    Path dir = Files.createTempDirectory("dyad-store-eval");
    Path db = dir.resolve("usa-jpn.duckdb");
    try (Store store = Store.open(db.toString())) {
      Ingest.Summary summary;
      try (Ingest ingest = new Ingest(store, engine::extract, threads, 32, new Ingest.Listener() {})) {
        new DocumentReader(null, LocalDate.now()).read(dataDir.resolve(FILE).toString(), System.in, r -> {
          if (r instanceof Read.Ok ok && inSlice(ok.document())) {
            ingest.add(ok);
          }
        });
        summary = ingest.finish();
      }
      Stories.Counts stories = store.collapseStories(Stories.DEFAULT_WINDOW_DAYS);
      log.printf(Locale.ROOT, "store: %d articles stored (%d repeated skipped) in %.1f s, %d events, %d stories%n",
          summary.stored(), summary.duplicates(), summary.seconds(), stories.events(), stories.stories());
      Queries q = new Queries(store);
      long slowest = 0;
      List<Row> days = new ArrayList<>();
      for (Queries.Period by : List.of(Queries.Period.day, Queries.Period.week, Queries.Period.month)) {
        long t0 = System.nanoTime();
        Table t = q.timeline("USA", "JPN", by);
        slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
        if (by == Queries.Period.day) {
          days = rows(t);
        } else {
          log.println("store: USA-JPN timeline by " + by);
          log.print(t.render(Table.Format.table));
        }
      }
      Split dispute = split(days, StoreBenchmark::inDispute);
      Split april = split(days.stream().filter(r -> !inDispute(r) || april(r)).toList(), StoreBenchmark::april);
      return List.of(
          new Score("store.usa_jpn.dispute_drop", dispute.drop(), dispute.detail("27 Mar-30 Apr 1987")),
          new Score("store.usa_jpn.april_drop", april.drop(), april.detail("April 1987") + " outside the dispute"),
          new Score("store.timeline.ms_margin", 1000 - slowest,
              "slowest timeline query " + slowest + " ms on " + summary.stored() + " articles"));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  static boolean inDispute(Row r) {
    return !r.period().isBefore(DISPUTE_FROM) && !r.period().isAfter(DISPUTE_TO);
  }

  static boolean april(Row r) {
    return r.period().getYear() == 1987 && r.period().getMonthValue() == 4;
  }

  /** An article of the slice: Reuters filed it under both the United States and Japan. */
  static boolean inSlice(Document d) {
    return d.metadata().get("places") instanceof Collection<?> places && places.contains("usa")
        && places.contains("japan");
  }

  /** One row of a timeline: the period's first day, its counted events and their summed Goldstein value. */
  record Row(LocalDate period, long events, double goldstein) {}

  static List<Row> rows(Table t) {
    int period = t.columns().indexOf("period");
    int events = t.columns().indexOf("events");
    int sum = t.columns().indexOf("sum_goldstein");
    List<Row> out = new ArrayList<>();
    for (List<?> r : t.rows()) {
      out.add(new Row(LocalDate.parse(String.valueOf(r.get(period))), ((Number) r.get(events)).longValue(),
          ((Number) r.get(sum)).doubleValue()));
    }
    return out;
  }

  /** The events inside and outside a period, with their mean Goldstein values. */
  record Split(long in, double inSum, long out, double outSum) {
    double inMean() {
      return in == 0 ? 0 : inSum / in;
    }

    double outMean() {
      return out == 0 ? 0 : outSum / out;
    }

    /** How far the period's mean falls below the rest's; 0 when either side has no events. */
    double drop() {
      return in == 0 || out == 0 ? 0 : outMean() - inMean();
    }

    String detail(String period) {
      return String.format(Locale.ROOT, "mean Goldstein %s %.2f (%d events), rest %.2f (%d events)", period,
          inMean(), in, outMean(), out);
    }
  }

  static Split split(List<Row> rows, java.util.function.Predicate<Row> inside) {
    long in = 0;
    long out = 0;
    double inSum = 0;
    double outSum = 0;
    for (Row r : rows) {
      if (inside.test(r)) {
        in += r.events();
        inSum += r.goldstein();
      } else {
        out += r.events();
        outSum += r.goldstein();
      }
    }
    return new Split(in, inSum, out, outSum);
  }
}
