package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.model.DateSource;
import org.dyad.model.Extraction;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyExtractorTest {
  @TempDir Path dir;

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode get(Server s, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void theModelsAreLoadedOnTheFirstArticlePostedAndNotToReadOrSearch() throws Exception {
    String target = dir.resolve("news.duckdb").toString();
    try (Store s = Store.open(target)) {
      s.put(List.of(new Extraction("r1", "Rice", LocalDate.of(1987, 3, 2), DateSource.METADATA, "Reuters",
          "Rice tariffs were cut.", List.of(), List.of(), List.of(), List.of(), List.of(), Map.of())));
    }
    AtomicInteger builds = new AtomicInteger();
    LazyExtractor models = new LazyExtractor(() -> {
      builds.incrementAndGet();
      return d -> new Extraction(d.id(), d.title(), d.date(), d.dateSource(), d.credit(), d.text(), List.of(),
          List.of(), List.of(), List.of(), List.of(), Map.of());
    });
    try (Server s = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2), target,
        models)) {
      assertThat(get(s, "/health").get("models").asText()).isEqualTo("not loaded");
      assertThat(get(s, "/api/documents?q=tariff").get("total").asLong()).isEqualTo(1);
      assertThat(get(s, "/api/documents/r1").get("text").asText()).isEqualTo("Rice tariffs were cut.");
      assertThat(builds).hasValue(0);

      for (String text : List.of("Wheat prices rose.", "Maize prices fell.")) {
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
            + "/api/extract")).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(JSON.readTree(posted.body()).get("text").asText()).isEqualTo(text);
      }
      assertThat(builds).hasValue(1);
      assertThat(get(s, "/health").get("models").asText()).isEqualTo("loaded");
    }
  }
}
