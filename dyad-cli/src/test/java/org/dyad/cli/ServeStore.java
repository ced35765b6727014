package org.dyad.cli;

import java.io.IOException;
import org.dyad.server.Server;

/**
 * Another process that serves a store read-only, as {@code dyad serve --read-only} does but without the NLP
 * models, until its standard input closes (for ServeReadOnlyTest); prints its port.
 */
final class ServeStore {
  private ServeStore() {}

  public static void main(String[] args) throws IOException {
    Server.Settings settings = new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2);
    try (Server server = Server.start(settings, args[0], true, d -> {
      throw new IllegalStateException("no engine in this test server");
    })) {
      System.out.println(server.port());
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our standard input
      }
    }
  }
}
