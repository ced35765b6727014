package org.dyad.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Every benchmark {@code dyad eval} runs, in order. */
public final class Benchmarks {
  private Benchmarks() {}

  /**
   * The benchmarks; the store is built by {@code threads} extraction threads (which changes no figure). The
   * PolNeAR train and test splits run only on request ({@link Benchmark#onRequest}): train to find misses on news
   * not tuned on, test for final reports.
   */
  public static List<Benchmark> all(int threads) {
    return List.of(new TempEval3Benchmark(), new MeantimeBenchmark(), new PolnearBenchmark(), new GoldenBenchmark(),
        new PetrarchBenchmark(), new PloverBenchmark(), new EventsDevBenchmark(), new StoreBenchmark(threads), new PolnearBenchmark("train"),
        new PolnearBenchmark("test"));
  }

  /** Benchmark names, for help text and completion. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      all(1).forEach(b -> names.add(b.name()));
      return names.iterator();
    }
  }
}
