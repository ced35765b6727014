package org.dyad.cli;

import java.io.PrintStream;
import java.util.List;
import org.dyad.engine.nlp.CoreNlpDefault;
import org.dyad.model.Document;

/** Runs {@link CoreNlpDefault}, the yardstick of {@code dyad bench --baseline corenlp}, on one thread. */
final class CoreNlpBaseline {
  static final String ANNOTATORS = CoreNlpDefault.ANNOTATORS;

  private CoreNlpBaseline() {}

  /** What the baseline did: articles, its own token count, seconds. */
  record Result(int articles, long tokens, double seconds) {}

  static Result run(List<Document> docs, int warmup, PrintStream out) {
    long t0 = System.nanoTime();
    CoreNlpDefault pipeline = new CoreNlpDefault();
    double loading = (System.nanoTime() - t0) / 1e9;
    out.printf("%nbaseline: CoreNLP %s, models loaded in %.1f s%n", ANNOTATORS, loading);
    for (int i = 0; i < Math.min(warmup, docs.size()); i++) {
      pipeline.annotate(docs.get(i).text());
    }
    BenchCommand.Memory memory = BenchCommand.Memory.start();
    long tokens = 0;
    t0 = System.nanoTime();
    for (Document d : docs) {
      tokens += pipeline.annotate(d.text());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    BenchCommand.Memory.Peak peak = memory.stop();
    out.printf("baseline: %d articles (after %d warm-up), %d tokens in %.1f s: %.2f articles/s, %.0f tokens/s%n",
        docs.size(), Math.min(warmup, docs.size()), tokens, seconds, docs.size() / seconds, tokens / seconds);
    out.printf("  peak heap %d MB, GC %d collections %.2f s, peak RSS %s%n", peak.heapMb(), peak.collections(),
        peak.gcSeconds(), peak.rss());
    out.println("  CoreNLP's own timing (warm-up included):");
    for (String line : pipeline.timingInformation().split("\n")) {
      out.println("    " + line);
    }
    return new Result(docs.size(), tokens, seconds);
  }
}
