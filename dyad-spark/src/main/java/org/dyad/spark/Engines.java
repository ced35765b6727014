package org.dyad.spark;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.engine.Engine;
import org.dyad.engine.nlp.CoreNlpParser;
import org.dyad.engine.nlp.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Engine} of this JVM (an executor, or the driver on a local master), built when the first task
 * needs it and shared by every task thread after that: the models load once per JVM, never per record or per
 * partition. They are read from the class path (the CoreNLP models jar, inside the application jar or passed
 * with {@code --jars}). Jobs that switch other stages off (tests run several in one JVM) get their own engine
 * over the same parser.
 */
final class Engines {
  private static volatile @Nullable Parser parser;
  private static final Map<List<String>, Engine> ENGINES = new ConcurrentHashMap<>();
  private static final AtomicLong FIRST_ARTICLE = new AtomicLong();

  private Engines() {}

  /** The engine with every stage on, loading the models on first use. */
  static Engine get() {
    return get(List.of());
  }

  /** The engine with the stages {@code stagesOff} switched off, loading the models on first use. */
  static Engine get(List<String> stagesOff) {
    return ENGINES.computeIfAbsent(List.copyOf(stagesOff),
        off -> Engine.builder().parser(parser()).without(off.toArray(String[]::new)).build());
  }

  private static Parser parser() {
    Parser p = parser;
    if (p == null) {
      synchronized (Engines.class) {
        p = parser;
        if (p == null) {
          long t0 = System.nanoTime();
          parser = p = new CoreNlpParser();
          System.err.printf(Locale.ROOT, "dyad: models loaded in %.1f s on %s%n", (System.nanoTime() - t0) / 1e9,
              ManagementFactory.getRuntimeMXBean().getName());
        }
      }
    }
    return p;
  }

  /** Notes that an article was extracted: the first one is when the JVM's first article came out. */
  static void extracted() {
    if (FIRST_ARTICLE.get() == 0 && FIRST_ARTICLE.compareAndSet(0, System.currentTimeMillis())) {
      double seconds = (FIRST_ARTICLE.get() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
      System.err.printf(Locale.ROOT, "dyad: first article extracted %.1f s after this JVM started%n", seconds);
    }
  }

  /** When this JVM's first article was extracted (epoch milliseconds), 0 before that. */
  static long firstArticle() {
    return FIRST_ARTICLE.get();
  }
}
