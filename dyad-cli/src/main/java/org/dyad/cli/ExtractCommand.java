package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.engine.Engine;
import org.dyad.engine.EngineOptions;
import org.dyad.engine.Json;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Extraction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad extract}: articles in, one extraction per article out, in input order. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts actors, events, dates, places and quotes from news articles, every fact with character offsets.",
      "SOURCE is a plain-text article, a JSON Lines file (.jsonl: id, date, title, text|body), a directory "
          + "of them, or - for standard input."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    json,
    text
  }

  @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, directories or - (stdin).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default), json or text.")
  Format format = Format.jsonl;

  @Option(names = "--date", description = "Anchor date for every document (YYYY-MM-DD); overrides date lines.")
  @Nullable LocalDate date;

  @Mixin EngineFlags engineFlags = new EngineFlags();

  @Option(names = "--log-every", defaultValue = "100",
      description = "Without a terminal on standard error, a progress line every N documents (default: "
          + "${DEFAULT-VALUE}); on one, a progress bar.")
  int logEvery = 100;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    StoreOptions.checkSources(sources);
    EngineOptions options = engineFlags.options();
    int threads = options.threads();
    Engine engine = EngineHolder.load(err, options);
    DocumentReader reader = new DocumentReader(date, LocalDate.now());
    // A bar on a terminal, unless the extractions go to the same screen; for many documents, not for one.
    boolean terminal = Progress.terminal(2) && !Progress.terminal(1);
    long total = terminal ? Progress.count(reader, sources) : -1;
    Progress progress = new Progress("extract", err, terminal && total != 1, total, logEvery);
    progress.start();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-worker");
      t.setDaemon(true);
      return t;
    });
    int[] failures = {0};
    Output output = new Output(out, format, err, progress, failures);
    Deque<Future<Extraction>> window = new ArrayDeque<>();
    try {
      for (String source : sources) {
        reader.read(source, System.in, read -> {
          if (read instanceof Read.Failed f) {
            progress.say("dyad: " + f.origin() + ": " + f.message());
            failures[0]++;
            return;
          }
          Read.Ok ok = (Read.Ok) read;
          ok.warnings().forEach(w -> progress.say("dyad: " + ok.origin() + ": warning: " + w));
          window.add(pool.submit(() -> EngineFlags.tellLimits(ok.extractedBy(engine::extract), ok.origin(),
              progress::say)));
          while (window.size() > 4 * threads) {
            output.write(take(window));
          }
        });
      }
      while (!window.isEmpty()) {
        output.write(take(window));
      }
    } finally {
      progress.close();
      pool.shutdownNow();
    }
    output.finish();
    return failures[0] == 0 ? 0 : 1;
  }

  private static Extraction take(Deque<Future<Extraction>> window) {
    try {
      return window.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  /** Writes extractions in one of the formats. */
  private static final class Output {
    private final PrintStream out;
    private final Format format;
    private final ObjectWriter line = Json.mapper().writer();
    private final ObjectWriter pretty = Json.mapper().writerWithDefaultPrettyPrinter();
    private final PrintStream log;
    private final Progress progress;
    private final int[] failures;
    private final long started = System.nanoTime();
    private int written;

    Output(PrintStream out, Format format, PrintStream log, Progress progress, int[] failures) {
      this.out = out;
      this.format = format;
      this.log = log;
      this.progress = progress;
      this.failures = failures;
    }

    void write(Extraction x) {
      try {
        switch (format) {
          case jsonl -> out.println(line.writeValueAsString(x));
          case json -> out.print((written == 0 ? "[\n" : ",\n") + pretty.writeValueAsString(x));
          case text -> out.print(TextReport.render(x));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written++;
      StandardOutput.check(out); // flushes; stops the command when the reader has gone
      progress.step(written + failures[0], "written " + written + ", failed " + failures[0]);
    }

    void finish() {
      if (format == Format.json) {
        out.println(written == 0 ? "[]" : "\n]");
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      log.printf("dyad: %d document(s) in %.1f s%n", written, seconds);
    }
  }
}
