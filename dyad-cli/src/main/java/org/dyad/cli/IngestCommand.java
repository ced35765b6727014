package org.dyad.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.engine.Engine;
import org.dyad.engine.EngineOptions;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.store.Ingest;
import org.dyad.store.Stories;
import org.dyad.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: articles in, extractions kept in a store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts every article and keeps the results in a store (DuckDB file or PostgreSQL), then collapses "
          + "reports of the same event into stories.",
      "SOURCE is a plain-text article, a JSON Lines file (.jsonl: id, date, title, text|body), either one "
          + "gzipped (.gz), a directory of them, or - for standard input. Articles already stored (same id or "
          + "same text) are skipped, so an interrupted ingest is resumed by running it again."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, directories or - (stdin).")
  List<String> sources = new ArrayList<>();

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--date", description = "Anchor date for every document (YYYY-MM-DD); overrides date lines.")
  @Nullable LocalDate date;

  @Mixin EngineFlags engineFlags = new EngineFlags();

  @Option(names = "--batch", defaultValue = "32",
      description = "Documents per transaction (default: ${DEFAULT-VALUE}); a crash loses at most one batch.")
  int batch = 32;

  @Option(names = "--window", defaultValue = "" + Stories.DEFAULT_WINDOW_DAYS,
      description = "Days between reports of the same event (default: ${DEFAULT-VALUE}).")
  int window = Stories.DEFAULT_WINDOW_DAYS;

  @Option(names = "--log-every", defaultValue = "100",
      description = "Without a terminal, a progress line every N documents (default: ${DEFAULT-VALUE}).")
  int logEvery = 100;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    String target = store.target(null);
    StoreOptions.checkSources(sources);
    StoreOptions.checkCreatable(target);
    EngineOptions options = engineFlags.options();
    Engine.Builder engineBuilder = EngineHolder.prepare(err, options);
    boolean terminal = Progress.terminal(2);
    DocumentReader reader = new DocumentReader(date, LocalDate.now());
    try (Store db = Store.open(target)) {
      long total = terminal ? Progress.count(reader, sources) : -1;
      Progress progress = new Progress("ingest", err, terminal, total, logEvery);
      db.onLostConnection(progress::say);
      LazyEngine engine = new LazyEngine(err, engineBuilder, progress::start);
      Ingest.Summary summary;
      int[] warnings = {0};
      Ingest.Listener listener = new Ingest.Listener() {
        @Override
        public void progress(Ingest.Summary s) {
          progress.step(s.stored() + s.duplicates() + s.failed(),
              String.format(Locale.ROOT, "stored %d, skipped %d, failed %d", s.stored(), s.duplicates(), s.failed()));
        }

        @Override
        public void failed(String origin, String message) {
          progress.say("dyad: " + origin + ": " + message);
        }
      };
      try (Ingest ingest = new Ingest(db,
          d -> EngineFlags.tellLimits(engine.get().extract(d), d.origin(), progress::say), options.threads(),
          Math.max(1, batch), listener)) {
        for (String source : sources) {
          reader.read(source, System.in, read -> {
            if (read instanceof Read.Ok ok) {
              for (String w : ok.warnings()) {
                if (++warnings[0] <= 10) {
                  progress.say("dyad: " + ok.origin() + ": warning: " + w);
                }
              }
            }
            ingest.add(read);
          });
        }
        summary = ingest.finish();
      } finally {
        progress.close();
      }
      if (warnings[0] > 10) {
        err.printf("dyad: %d warnings in all (the first 10 shown)%n", warnings[0]);
      }
      IndexCommand.afterIngest(db, target, err);
      long t0 = System.nanoTime();
      Stories.Counts stories = db.collapseStories(window);
      err.printf(Locale.ROOT, "dyad: read %d, stored %d, duplicates skipped %d, failed %d in %.1f s (%.2f articles/s)"
              + " into %s%n", summary.read(), summary.stored(), summary.duplicates(), summary.failed(),
          summary.seconds(), summary.rate(), db.target());
      err.printf(Locale.ROOT, "dyad: %d events in the store, %d counted, collapsed into %d stories (%.1f s)%n",
          stories.events(), stories.counted(), stories.stories(), (System.nanoTime() - t0) / 1e9);
      return summary.failed() == 0 ? 0 : 1;
    }
  }

  /** Loads the models when the first document needs them: a re-run with nothing new to extract loads none. */
  private static final class LazyEngine {
    private final PrintStream log;
    private final Engine.Builder builder;
    private final Runnable loaded;
    private @Nullable Engine engine;

    LazyEngine(PrintStream log, Engine.Builder builder, Runnable loaded) {
      this.log = log;
      this.builder = builder;
      this.loaded = loaded;
    }

    synchronized Engine get() {
      if (engine == null) {
        engine = EngineHolder.load(log, builder);
        loaded.run();
      }
      return engine;
    }
  }
}
