package org.dyad.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The records that a reader pushes (dyad's readers hand each record to a consumer) as the iterator that Spark
 * pulls: the reader runs on a thread of its own, a few records ahead, so that a WARC file of tens of thousands of
 * pages is never held in memory whole. Closing (at the end of the task, or when the task is killed) stops the
 * reader.
 */
final class Streamed<T> implements Iterator<T>, AutoCloseable {
  private static final Object END = new Object();

  private record Failure(Throwable cause) {}

  /** Thrown into the reader when nobody reads any more. */
  private static final class Abandoned extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandoned() {
      super("the task reading these records has ended", null, false, false);
    }
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
  private final Thread thread;
  private volatile boolean closed;
  private @Nullable Object next;

  Streamed(String name, Consumer<Consumer<T>> reader) {
    thread = new Thread(() -> {
      try {
        reader.accept(this::put);
        put(END);
      } catch (Abandoned e) {
        // nobody reads: stop
      } catch (Throwable e) {
        try {
          put(new Failure(e));
        } catch (Abandoned ignored) {
          // nobody reads the failure either
        }
      }
    }, "dyad-read " + name);
    thread.setDaemon(true);
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    thread.start();
  }

  private void put(Object o) {
    try {
      while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          throw new Abandoned();
        }
      }
    } catch (InterruptedException e) {
      throw new Abandoned();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading", e);
      }
    }
    if (next instanceof Failure f) {
      throw new IllegalStateException("reading failed: " + f.cause(), f.cause());
    }
    return next != END;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T t = (T) next;
    next = null;
    return t;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
