package org.dyad.store;

import java.io.IOException;

/** Another process that holds a store open for writing until its standard input closes (for StoreTest). */
final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws IOException {
    try (Store store = Store.open(args[0])) {
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our standard input
      }
    }
  }
}
