package org.dyad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dyad.store.Store;

/**
 * A few {@link Store}s open on the same database, lent to one request at a time. DuckDB shares one database
 * between the connections of a process; PostgreSQL gives each its own session. Writes go one at a time.
 */
final class StorePool implements AutoCloseable {
  private final List<Store> all = new ArrayList<>();
  private final BlockingQueue<Store> idle;
  private final Object writing = new Object();
  private final boolean readOnly;

  /** {@code size} stores on {@code target}; read-only ones let other processes read a DuckDB file too. */
  StorePool(String target, int size, boolean readOnly) {
    this.readOnly = readOnly;
    idle = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Store s = readOnly ? Store.openForReading(target) : Store.open(target);
        all.add(s);
        idle.add(s);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Whether the stores were opened read-only. */
  boolean readOnly() {
    return readOnly;
  }

  /** What the store was opened on, a password masked. */
  String target() {
    return all.get(0).target();
  }

  /** Runs {@code work} on a store of the pool, waiting up to 30 s for one to be free. */
  <T> T read(Function<Store, T> work) {
    Store s;
    try {
      s = idle.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted while waiting for the store");
    }
    if (s == null) {
      throw new ApiException(503, "the store is busy; try again");
    }
    try {
      return work.apply(s);
    } finally {
      idle.add(s);
    }
  }

  /** Runs {@code work} on a store of the pool, no other write running meanwhile. */
  <T> T write(Function<Store, T> work) {
    synchronized (writing) {
      return read(work);
    }
  }

  /** Closes every store; the first that fails to (a checkpoint on a full disk) is thrown once all are closed. */
  @Override
  public void close() {
    RuntimeException failed = null;
    for (Store s : all) {
      try {
        s.close();
      } catch (RuntimeException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }
}
