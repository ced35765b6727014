package org.dyad.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;
import org.dyad.model.Extraction;

/**
 * Pours documents into a store: extraction on a pool of threads sharing one extractor, writing from the caller's
 * thread in input order, a batch of documents per transaction.
 *
 * <p>Call {@link #add} with each outcome of the reader ({@link DocumentReader}), from one thread, then
 * {@link #finish}. A document already in the store is skipped before it is extracted, so
 * a run that was killed and is run again only extracts what had not been committed. An extraction that throws
 * an exception is reported and skipped (and retried by the next run); an {@link Error} stops the ingest, losing
 * only the batch not yet committed.
 */
public final class Ingest implements AutoCloseable {
  /** Hears how the ingest goes. Called on the thread that calls {@link #add}. */
  public interface Listener {
    /** After each document is done with (stored, skipped or failed). */
    default void progress(Summary soFar) {}

    /** An input or an extraction failed; the ingest goes on. */
    default void failed(String origin, String message) {}
  }

  /**
   * The tally.
   *
   * @param read documents read (failed reads included)
   * @param stored documents stored
   * @param duplicates documents skipped because their id or text was already stored
   * @param failed inputs that could not be read or extracted
   * @param seconds time since the ingest began
   */
  public record Summary(long read, long stored, long duplicates, long failed, double seconds) {
    /** Documents done with per second. */
    public double rate() {
      return seconds <= 0 ? 0 : (stored + duplicates + failed) / seconds;
    }
  }

  private record Pending(Document document, Future<Extraction> extraction) {}

  private final Store store;
  private final Function<Document, Extraction> extractor;
  private final int threads;
  private final int batchSize;
  private final Listener listener;
  private final ExecutorService pool;
  private final Deque<Pending> window = new ArrayDeque<>();
  private final List<Extraction> batch = new ArrayList<>();
  private final long started = System.nanoTime();
  private long read;
  private long stored;
  private long duplicates;
  private long failed;

  /**
   * @param extractor the extraction, called from {@code threads} threads at once: it must be thread-safe
   * @param batchSize documents per transaction: more is faster, fewer loses less to a crash
   */
  public Ingest(Store store, Function<Document, Extraction> extractor, int threads, int batchSize, Listener listener) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1");
    }
    this.store = store;
    this.extractor = extractor;
    this.threads = threads;
    this.batchSize = batchSize;
    this.listener = listener;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-ingest");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Takes one outcome of the reader: a document is extracted ({@link Read.Ok#extractedBy}: its reading warnings
   * become problems) and stored, unless the store has it already; an input that could not be read is counted
   * and told to the listener.
   */
  public void add(Read outcome) {
    read++;
    if (outcome instanceof Read.Failed f) {
      failed++;
      listener.failed(f.origin(), f.message());
      listener.progress(summary());
      return;
    }
    Read.Ok ok = (Read.Ok) outcome;
    Document document = ok.document();
    if (store.contains(document.id(), document.text())) {
      duplicates++;
      listener.progress(summary());
      return;
    }
    window.add(new Pending(document, pool.submit(() -> ok.extractedBy(extractor))));
    while (window.size() > 4 * threads) {
      take();
    }
  }

  /** Waits for every extraction, commits the last batch and returns the tally. */
  public Summary finish() {
    while (!window.isEmpty()) {
      take();
    }
    flush();
    return summary();
  }

  private void take() {
    Pending p = window.removeFirst();
    try {
      batch.add(p.extraction().get());
      if (batch.size() >= batchSize) {
        flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      failed++;
      listener.failed(p.document().origin(), "extraction failed: " + e.getCause());
      listener.progress(summary());
    }
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    for (Store.Outcome o : store.put(batch)) {
      if (o == Store.Outcome.STORED) {
        stored++;
      } else {
        duplicates++;
      }
      listener.progress(summary());
    }
    batch.clear();
  }

  private Summary summary() {
    return new Summary(read, stored, duplicates, failed, (System.nanoTime() - started) / 1e9);
  }

  /** Stops the worker threads; extractions not yet stored are dropped. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
