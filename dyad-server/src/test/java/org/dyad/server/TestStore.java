package org.dyad.server;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.engine.Engine;
import org.dyad.engine.SharedParser;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.store.Ingest;
import org.dyad.store.Stories;
import org.dyad.store.Store;

/**
 * The store the server tests run on, built once per JVM with the real engine: the example article, an article
 * whose text holds a script, and a short report of a dispute between Japan and South Korea.
 */
final class TestStore {
  static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=\"window.pwned=1\">";
  private static Engine engine;

  private TestStore() {}

  static synchronized Engine engine() {
    if (engine == null) {
      engine = SharedParser.engine();
    }
    return engine;
  }

  /** A server on a free loopback port, with the default settings, over the store built in {@code dir}. */
  static Server serve(Path dir) {
    return Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2), build(dir),
        engine()::extract);
  }

  /** Builds the store in {@code dir} and returns its path. */
  static String build(Path dir) {
    String target = dir.resolve("test.duckdb").toString();
    List<Read> docs = new ArrayList<>();
    new DocumentReader(null, LocalDate.of(2023, 12, 11)).read(Path.of("..", "examples", "seed-article.txt").toString(),
        new ByteArrayInputStream(new byte[0]), docs::add);
    docs.add(new Read.Ok(new Document("xss", "A page with a script", SCRIPT
        + "\n\nJapan criticized South Korea on Monday, officials said.\n", LocalDate.of(2023, 11, 20),
        DateSource.METADATA, "Test", "test", Map.of()), List.of()));
    docs.add(new Read.Ok(new Document("protest", "Seoul protests", "South Korea accused Japan of lying on Tuesday.\n",
        LocalDate.of(2023, 10, 3), DateSource.METADATA, "Test", "test", Map.of()), List.of()));
    try (Store store = Store.open(target);
        Ingest ingest = new Ingest(store, engine()::extract, 1, 8, new Ingest.Listener() {})) {
      docs.forEach(ingest::add);
      ingest.finish();
      store.collapseStories(Stories.DEFAULT_WINDOW_DAYS);
    }
    return target;
  }
}
