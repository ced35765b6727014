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
 * with {@code --jars}). Jobs that switch other stages off or keep one-sided events (tests run several in one JVM)
 * get their own engine over the same parser.
 */
final class Engines {
  private static volatile @Nullable Parser parser;
  private static final Map<Key, Engine> ENGINES = new ConcurrentHashMap<>();
  private static final AtomicLong FIRST_ARTICLE = new AtomicLong();

  private Engines() {}

  /**
   * The engine a run's settings ask for (its stages switched off, one-sided events kept or not), loading the
   * models on first use.
   */
  static Engine get(Settings settings) {
    return ENGINES.computeIfAbsent(new Key(settings.stagesOff(), settings.oneSidedEvents()), key -> {
      Engine engine = Engine.builder().parser(parser()).without(key.stagesOff().toArray(String[]::new)).build();
      return key.oneSidedEvents() ? engine.withOneSidedEvents() : engine;
    });
  }

  private record Key(List<String> stagesOff, boolean oneSidedEvents) {}

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
