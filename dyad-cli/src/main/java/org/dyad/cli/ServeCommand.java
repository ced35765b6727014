package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.dyad.engine.Engine;
import org.dyad.engine.EngineOptions;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.dyad.server.LazyExtractor;
import org.dyad.server.Server;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the HTTP API and the web UI over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a store: the web UI at http://HOST:PORT/ and the HTTP API under /api (described at /openapi.json).",
      "Listens on 127.0.0.1 unless told otherwise. Posting articles (/api/extract, /api/documents) needs "
          + "Authorization: Bearer TOKEN when a token is set, and is refused beyond loopback without one. "
          + "Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port = 8080;

  @Option(names = "--token", description = "Bearer token for posting (default: the environment variable DYAD_TOKEN).")
  @Nullable String token;

  @Option(names = "--max-body", defaultValue = "5242880",
      description = "Largest request body in bytes (default: ${DEFAULT-VALUE}, 5 MB).")
  long maxBody = Server.DEFAULT_MAX_BODY;

  @Option(names = "--cors", paramLabel = "ORIGIN",
      description = "An origin (https://example.org) whose pages may read the API across sites; none by default.")
  java.util.List<String> cors = new java.util.ArrayList<>();

  @Option(names = "--connections", defaultValue = "4",
      description = "Store connections for concurrent requests (default: ${DEFAULT-VALUE}).")
  int connections = 4;

  @Option(names = "--read-only",
      description = "Open the store read-only: other processes (dyad query, dyad export, another read-only serve) "
          + "may read a DuckDB file meanwhile; posting documents is refused.")
  boolean readOnly;

  @Option(names = "--index", paramLabel = "DIR",
      description = "The search index folder (default: beside the DuckDB file); a PostgreSQL store's is built there"
          + " unless --read-only.")
  @Nullable Path index;

  @Mixin EngineFlags engineFlags = new EngineFlags();

  @Override
  public Integer call() throws InterruptedException {
    PrintStream err = System.err;
    String secret = token != null ? token : System.getenv("DYAD_TOKEN");
    if (secret != null && secret.isBlank()) {
      secret = null;
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port takes 0 to 65535 (0: any free port), not " + port);
    }
    if (connections < 1 || maxBody < 1) {
      throw new UsageException("--connections and --max-body take 1 or more, not " + Math.min(connections, maxBody));
    }
    String target = store.target(null);
    StoreOptions.checkCreatable(target);
    boolean missing = !target.startsWith("jdbc:") && !Files.exists(Path.of(target));
    if (readOnly && missing) {
      err.println("dyad: no store at " + target + " (run dyad ingest first, or use --db)");
      return 1;
    }
    EngineOptions options = engineFlags.options();
    Engine.Builder builder = EngineHolder.prepare(err, options);
    if (missing) {
      err.println("dyad: no store at " + target + " yet: serving a new, empty one");
    }
    LazyExtractor models = new LazyExtractor(() -> atMost(options.threads(), EngineHolder.load(err, builder)));
    Server.Settings settings = new Server.Settings(host, port, secret, maxBody, connections, cors);
    CountDownLatch stopped = new CountDownLatch(1);
    try (Server server = Server.start(settings, target, readOnly, index, models)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (RuntimeException e) {
          err.println("dyad: " + Main.oneLine(e)); // a checkpoint that failed: one line, not a stack trace
        } finally {
          stopped.countDown();
        }
      }, "dyad-serve-stop"));
      String shown = host.contains(":") ? "[" + host + "]" : host;
      err.printf("dyad: serving %s%s at http://%s:%d/ (API description: /openapi.json)%n", target,
          readOnly ? " read-only" : "", shown, server.port());
      if (secret == null && !server.postingIsOpen()) {
        err.println("dyad: posting is off: listening beyond loopback needs --token or DYAD_TOKEN");
      }
      stopped.await();
    }
    return 0;
  }

  /** The engine's extraction of at most {@code threads} posted articles at once; the others wait their turn. */
  private static Function<Document, Extraction> atMost(int threads, Engine engine) {
    Semaphore turns = new Semaphore(threads, true);
    return document -> {
      turns.acquireUninterruptibly();
      try {
        return engine.extract(document);
      } finally {
        turns.release();
      }
    };
  }
}
