package org.dyad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.engine.Engine;
import org.dyad.engine.Json;
import org.dyad.engine.Timings;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench}: the engine's speed on a corpus, end to end (NLP, every stage, JSON out), on one thread
 * and on all of them, with the time of every stage, peak heap and RSS, and start-up time; optionally against
 * CoreNLP's default pipeline in the same process.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures dyad's speed: articles/s and tokens/s on 1 and on all threads, time per stage (NLP per "
          + "annotator), peak heap and RSS, start-up time.",
      "--baseline corenlp also runs CoreNLP's default English pipeline with coref and quote attribution on "
          + "the same articles on one thread and prints the ratio. It needs a big heap: run it as "
          + "DYAD_JAVA_OPTS=-Xmx8g dyad bench --baseline corenlp."
    })
final class BenchCommand implements Callable<Integer> {
  /** The heap below which the CoreNLP baseline is not even tried (it peaked at 5.6 GB RSS). */
  private static final long BASELINE_HEAP = 6L << 30;

  enum Baseline {
    corenlp
  }

  @Option(names = "--corpus", defaultValue = "../shared/data/reuters21578/reuters21578.jsonl",
      description = "A JSON Lines corpus (text or body field) (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("../shared/data/reuters21578/reuters21578.jsonl");

  @Option(names = {"-n", "--articles"}, defaultValue = "500",
      description = "Measure the first N articles that have a text (default: ${DEFAULT-VALUE}).")
  int articles = 500;

  @Option(names = "--warmup", defaultValue = "100",
      description = "Articles extracted first and not measured, so the JIT has compiled the hot code "
          + "(default: ${DEFAULT-VALUE}).")
  int warmup = 100;

  @Option(names = "--threads", description = "The second run's worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--baseline", description = "Also run ${COMPLETION-CANDIDATES} on the same articles "
      + "(needs DYAD_JAVA_OPTS=-Xmx8g).")
  @Nullable Baseline baseline;

  @Option(names = "--baseline-articles", description = "Run the baseline on only the first N of the articles "
      + "(default: all of them).")
  @Nullable Integer baselineArticles;

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    long commandStarted = uptimeMillis();
    if (baseline != null && Runtime.getRuntime().maxMemory() < BASELINE_HEAP) {
      err.printf("dyad: the CoreNLP baseline needs a heap of 6 GB or more (this JVM has %d MB): run it as "
          + "DYAD_JAVA_OPTS=-Xmx8g dyad bench --baseline corenlp%n", Runtime.getRuntime().maxMemory() >> 20);
      return 2;
    }
    if (!Files.isRegularFile(corpus)) {
      err.println("dyad: no corpus at " + corpus.toAbsolutePath() + " (use --corpus)");
      return 2;
    }
    long t0 = System.nanoTime();
    List<Document> docs = read(err);
    double reading = seconds(t0);
    if (docs.isEmpty()) {
      err.println("dyad: no article with a text in " + corpus);
      return 2;
    }
    t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    Engine engine = Engine.create();
    double loading = seconds(t0);
    double loadingCpu = (processCpuNanos() - cpu0) / 1e9;
    t0 = System.nanoTime();
    Json.mapper().writeValueAsBytes(engine.extract(docs.get(0)));
    double first = seconds(t0);
    long firstOut = uptimeMillis() - Math.round(reading * 1000);
    out.printf("dyad bench: %d articles of %s, %d warm-up, java %s, %d cores, max heap %d MB%n", docs.size(),
        corpus, warmup, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    out.printf("start-up: JVM to command %.1f s, model loading %.1f s (%.1f CPU-s), first article %.2f s: first "
        + "article out %.1f s after JVM start (not counting %.1f s reading the corpus)%n",
        commandStarted / 1000.0, loading, loadingCpu, first, firstOut / 1000.0, reading);

    t0 = System.nanoTime();
    for (int i = 0; i < warmup; i++) {
      engine.extract(docs.get(i % docs.size()));
    }
    out.printf("warm-up: %d articles in %.1f s%n", warmup, seconds(t0));

    Run one = run(engine, docs, 1);
    one.print(out, "1 thread");
    Run all = null;
    if (threads > 1) {
      all = run(engine, docs, threads);
      all.print(out, threads + " threads");
      out.printf("scaling 1 -> %d threads: %.2fx%n", threads, all.tokensPerSecond() / one.tokensPerSecond());
    }
    out.printf("peak RSS of the process so far (VmHWM): %s%n", Memory.rss());
    if (baseline != null) {
      List<Document> some = baselineArticles == null ? docs : docs.subList(0, Math.min(baselineArticles, docs.size()));
      CoreNlpBaseline.Result b = CoreNlpBaseline.run(some, Math.min(warmup, 10), out);
      long dyadTokens = b.articles() == docs.size() ? one.tokens : tokensOf(engine, some);
      double baseRate = dyadTokens / b.seconds();
      out.printf("baseline tokens/s on dyad's token count: %.0f%n", baseRate);
      out.printf("ratio dyad/baseline in tokens/s: %.1fx on 1 thread", one.tokensPerSecond() / baseRate);
      if (all != null) {
        out.printf(", %.1fx on %d threads", all.tokensPerSecond() / baseRate, threads);
      }
      out.println();
    }
    return 0;
  }

  private List<Document> read(PrintStream err) {
    List<Document> docs = new ArrayList<>();
    new DocumentReader(null, LocalDate.now()).read(corpus.toString(), System.in, r -> {
      if (r instanceof Read.Ok ok && docs.size() < articles) {
        docs.add(ok.document());
      }
    });
    return docs;
  }

  private static long tokensOf(Engine engine, List<Document> docs) {
    Timings t = new Timings();
    docs.forEach(d -> engine.extract(d, t));
    return t.count("tokens");
  }

  /** One measured pass over the corpus. */
  private record Run(double seconds, long articles, long tokens, Timings timings, long bytes,
      Memory.Peak memory) {
    double tokensPerSecond() {
      return tokens / seconds;
    }

    void print(PrintStream out, String label) {
      double cpu = timings.count("cpu nanos") / 1e9;
      out.printf("%n%s: %d articles, %d tokens, %d sentences (%d parsed) in %.1f s: %.1f articles/s, "
          + "%.0f tokens/s, %d KB of JSON%n", label, articles, tokens, timings.count("sentences"),
          timings.count("parsed sentences"), seconds, articles / seconds, tokensPerSecond(), bytes >> 10);
      out.printf("  the workers used %.1f CPU-s: %.0f tokens per CPU-second (what an unloaded core would do)%n",
          cpu, tokens / cpu);
      Map<String, Long> nanos = timings.nanos();
      long total = nanos.entrySet().stream().filter(e -> !e.getKey().contains(".")).mapToLong(Map.Entry::getValue)
          .sum();
      out.printf("  %-16s %10s %12s %7s%n", "stage", "thread-s", "ms/article", "share");
      for (Map.Entry<String, Long> e : nanos.entrySet()) {
        String name = e.getKey().contains(".") ? "  " + e.getKey().substring(e.getKey().indexOf('.') + 1)
            : e.getKey();
        out.printf("  %-16s %10.2f %12.2f %6.1f%%%n", name, e.getValue() / 1e9, e.getValue() / 1e6 / articles,
            100.0 * e.getValue() / total);
      }
      out.printf("  peak heap %d MB (sum of the pools' peaks), GC %d collections %.2f s, peak RSS %s%n",
          memory.heapMb(), memory.collections(), memory.gcSeconds(), memory.rss());
    }
  }

  private static Run run(Engine engine, List<Document> docs, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-bench");
      t.setDaemon(true);
      return t;
    });
    ObjectWriter json = Json.mapper().writer();
    Timings timings = new Timings();
    LongAdder bytes = new LongAdder();
    Memory memory = Memory.start();
    long t0 = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>(docs.size());
      for (Document d : docs) {
        done.add(pool.submit(() -> {
          long cpu = CPU.getCurrentThreadCpuTime();
          var x = engine.extract(d, timings);
          long j0 = System.nanoTime();
          try {
            bytes.add(json.writeValueAsBytes(x).length);
          } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
          }
          timings.add("json", System.nanoTime() - j0);
          timings.count("cpu nanos", CPU.getCurrentThreadCpuTime() - cpu);
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = seconds(t0);
    return new Run(seconds, timings.count("documents"), timings.count("tokens"), timings, bytes.sum(),
        memory.stop());
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static long uptimeMillis() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  /** Heap, GC and resident-set figures over one measured pass. */
  static final class Memory {
    private final long collections;
    private final long gcMillis;

    private Memory(long collections, long gcMillis) {
      this.collections = collections;
      this.gcMillis = gcMillis;
    }

    record Peak(long heapMb, long collections, double gcSeconds, String rss) {}

    /** Resets the heap pools' peaks and the process's peak RSS, and notes the GC counters. */
    static Memory start() {
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        p.resetPeakUsage();
      }
      try {
        Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM to the current RSS
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        // not Linux or not allowed: the peak is then the process's
      }
      return new Memory(gcCount(), gcMillis());
    }

    Peak stop() {
      long heap = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          heap += p.getPeakUsage().getUsed();
        }
      }
      return new Peak(heap >> 20, gcCount() - collections, (gcMillis() - gcMillis) / 1000.0, rss());
    }

    /** Peak and current resident set size from {@code /proc/self/status}, or "unknown". */
    static String rss() {
      try {
        String hwm = "?";
        String now = "?";
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmHWM:")) {
            hwm = mb(line);
          } else if (line.startsWith("VmRSS:")) {
            now = mb(line);
          }
        }
        return hwm + " MB (now " + now + " MB)";
      } catch (IOException | UncheckedIOException e) {
        return "unknown";
      }
    }

    private static String mb(String statusLine) {
      String kb = statusLine.replaceAll("[^0-9]", "");
      return kb.isEmpty() ? "?" : String.valueOf(Long.parseLong(kb) >> 10);
    }

    private static long gcCount() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
  }
}
