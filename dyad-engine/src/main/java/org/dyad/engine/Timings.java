package org.dyad.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage, summed over documents and threads: hand one to
 * {@link Engine#extract(org.dyad.model.Document, Timings)} from every worker, read {@link #nanos()} at the end.
 * Stage names are dotted ({@code nlp.pos}, {@code nlp.depparse}, {@code actors}); besides times it counts
 * documents, sentences, parsed sentences and tokens. Thread-safe; adding costs a map look-up and a
 * {@link LongAdder} increment.
 *
 * <pre>{@code
 * Timings t = new Timings();
 * engine.extract(doc, t);
 * t.nanos();   // {nlp.tokenize=..., nlp.pos=..., ..., actors=..., time=..., quotes=...}
 * t.count("tokens");
 * }</pre>
 */
public final class Timings {
  /** Timings that record nothing, for callers who do not measure. */
  public static final Timings NONE = new Timings(false);

  private final boolean on;
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  /** Stage names in the order they were first seen, so reports follow the pipeline. */
  private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();

  public Timings() {
    this(true);
  }

  private Timings(boolean on) {
    this.on = on;
  }

  /** Whether this records anything: callers may skip measuring when it does not. */
  public boolean on() {
    return on;
  }

  /** Adds {@code elapsed} nanoseconds to {@code stage}. */
  public void add(String stage, long elapsed) {
    if (on) {
      nanos.computeIfAbsent(stage, k -> {
        order.add(k);
        return new LongAdder();
      }).add(elapsed);
    }
  }

  /** Adds {@code n} to the counter {@code name} ({@code documents}, {@code tokens} ...). */
  public void count(String name, long n) {
    if (on) {
      counts.computeIfAbsent(name, k -> new LongAdder()).add(n);
    }
  }

  /** The counter {@code name}, 0 when never counted. */
  public long count(String name) {
    LongAdder a = counts.get(name);
    return a == null ? 0 : a.sum();
  }

  /** Nanoseconds per stage, in the order the stages first ran. */
  public Map<String, Long> nanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k : order) {
      LongAdder a = nanos.get(k);
      out.put(k, a == null ? 0 : a.sum());
    }
    return out;
  }
}
