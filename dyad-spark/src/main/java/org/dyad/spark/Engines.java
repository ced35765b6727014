package org.dyad.spark;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.dyad.engine.Engine;
import org.jspecify.annotations.Nullable;

/**
 * The one {@link Engine} of this JVM (an executor, or the driver on a local master), built when the first task
 * needs it and shared by every task thread after that: the models load once per JVM, never per record or per
 * partition. They are read from the class path (the CoreNLP models jar, inside the application jar or passed
 * with {@code --jars}).
 */
final class Engines {
  private static volatile @Nullable Engine engine;
  private static final AtomicLong FIRST_ARTICLE = new AtomicLong();

  private Engines() {}

  /** The engine, loading the models on first use. */
  static Engine get() {
    Engine e = engine;
    if (e == null) {
      synchronized (Engines.class) {
        e = engine;
        if (e == null) {
          long t0 = System.nanoTime();
          e = Engine.create();
          engine = e;
          System.err.printf(Locale.ROOT, "dyad: models loaded in %.1f s on %s%n", (System.nanoTime() - t0) / 1e9,
              ManagementFactory.getRuntimeMXBean().getName());
        }
      }
    }
    return e;
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
