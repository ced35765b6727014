package org.dyad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;
import org.dyad.model.Extraction;

/**
 * The engine's work for posted articles, done on a few worker threads with a short queue, not on the threads
 * that answer requests: a request waits for its articles up to {@link #WAIT_SECONDS}; when the queue is full it
 * is refused at once (503, {@code Retry-After}), so a burst of posts cannot hold every request thread.
 */
final class Extractions implements AutoCloseable {
  static final int WAIT_SECONDS = 120;
  private static final int QUEUE = 16;

  private final Function<Document, Extraction> extractor;
  private final ThreadPoolExecutor workers;

  Extractions(Function<Document, Extraction> extractor, int threads) {
    this.extractor = extractor;
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
        r -> {
          Thread t = new Thread(r, "dyad-extract");
          t.setDaemon(true);
          return t;
        });
  }

  /** Extracts the articles of one request on a worker, in their order. */
  List<Extraction> run(List<Read.Ok> articles) {
    Future<List<Extraction>> job;
    try {
      job = workers.submit(() -> {
        List<Extraction> out = new ArrayList<>();
        for (Read.Ok a : articles) {
          out.add(a.extractedBy(extractor));
        }
        return out;
      });
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "the extraction queue is full; try again");
    }
    try {
      return job.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new ApiException(503, "the extraction took longer than " + WAIT_SECONDS + " s");
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted while extracting");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  /** The requests whose articles wait for a worker. */
  int waiting() {
    return workers.getQueue().size();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
