package org.dyad.store;

import java.io.IOException;

/**
 * Another process that holds a store open until its standard input closes (for StoreTest): for writing, or
 * read-only when a second argument says {@code read}.
 */
final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws IOException {
    try (Store store = args.length > 1 && args[1].equals("read") ? Store.openForReading(args[0])
        : Store.open(args[0])) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our standard input
      }
    }
  }
}
