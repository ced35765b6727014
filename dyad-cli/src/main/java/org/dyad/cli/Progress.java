package org.dyad.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyad.engine.read.DocumentReader;
import org.jspecify.annotations.Nullable;

/**
 * The progress of a command over many documents, on standard error: a bar with documents per second and an ETA
 * when standard error is a terminal, else a log line every N documents. Lines said while the bar shows clear it
 * first, so that they do not run into it.
 */
final class Progress implements AutoCloseable {
  private final String task;
  private final PrintStream err;
  private final boolean terminal;
  private final long total;
  private final int every;
  private long started = -1;
  private volatile @Nullable ProgressBar bar;
  private long lastLogged;

  /**
   * @param task the command's name, the bar's label
   * @param terminal whether to draw a bar ({@link #terminal(int)}) or write log lines
   * @param total the documents to come, -1 when not known (standard input)
   * @param every without a terminal, a line every this many documents
   */
  Progress(String task, PrintStream err, boolean terminal, long total, int every) {
    this.task = task;
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.every = Math.max(1, every);
  }

  /**
   * Whether standard error ({@code fd} 2) or standard output (1) is a terminal. Java tells only whether standard
   * input and output both are ({@link System#console}), which {@code dyad extract dir > out.jsonl} is not; on
   * Linux, the file descriptor says.
   */
  static boolean terminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  /** The documents {@code sources} hold, for the bar's ETA: a quick first pass; -1 for standard input. */
  static long count(DocumentReader reader, List<String> sources) {
    if (sources.contains("-")) {
      return -1;
    }
    long[] n = {0};
    for (String source : sources) {
      reader.read(source, new ByteArrayInputStream(new byte[0]), r -> n[0]++);
    }
    return n[0];
  }

  /**
   * Starts the clock and shows the bar: once the models are loaded, so that loading them does not count against
   * the rate.
   */
  synchronized void start() {
    if (started < 0) {
      started = System.nanoTime();
    }
    if (terminal && bar == null) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setUnit(" docs", 1).showSpeed().setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }
  }

  /**
   * {@code done} documents so far; {@code counts} ("stored 3, skipped 1, failed 0") follows the speed on the
   * bar and the count on a log line.
   */
  synchronized void step(long done, String counts) {
    start();
    ProgressBar b = bar;
    if (b != null) {
      b.stepTo(done);
      // ProgressBar writes the extra message right after the speed ("43.6 docs/s"): it brings its own space.
      b.setExtraMessage(" " + counts);
    } else if (done - lastLogged >= every) {
      lastLogged = done;
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf(Locale.ROOT, "dyad: %d documents (%s), %.2f articles/s%n", done, counts, done / seconds);
    }
  }

  /** A line of its own, such as a warning. */
  synchronized void say(String line) {
    if (bar != null) {
      err.print("\r\033[K");
    }
    err.println(line);
  }

  @Override
  public synchronized void close() {
    ProgressBar b = bar;
    if (b != null) {
      b.close();
    }
  }
}
