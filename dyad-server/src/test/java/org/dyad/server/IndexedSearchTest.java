package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.dyad.store.Store;
import org.dyad.store.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedSearchTest {
  @TempDir Path dir;

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String T1 = "Japan said the trade deficit with the United States grew.";

  private static Extraction article(String id, String date, String title, String text) {
    return new Extraction(id, title, LocalDate.parse(date), DateSource.METADATA, "Reuters", text, List.of(),
        List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  /** A store of three articles; with {@code indexed}, its search index beside it. */
  private String store(boolean indexed) {
    String target = dir.resolve("news.duckdb").toString();
    try (Store s = Store.open(target)) {
      s.put(List.of(article("t1", "1987-03-02", "Tariffs", T1),
          article("t2", "1987-04-10", "Chips", "The trade-deficit talks went on in Tokyo."),
          article("t3", "1987-05-01", "Yen", "Trade deficits widened; the yen fell.")));
      if (indexed) {
        try (SearchIndex index = SearchIndex.open(SearchIndex.besideStore(target).orElseThrow())) {
          index.catchUp(s);
        }
      }
    }
    return target;
  }

  private static Server start(String target) {
    return Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2), target,
        d -> new Extraction(d.id(), d.title(), d.date(), d.dateSource(), d.credit(), d.text(), List.of(), List.of(),
            List.of(), List.of(), List.of(), Map.of()));
  }

  private static HttpResponse<String> search(Server s, String query) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + s.port() + "/api/documents?q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  @Test
  void withAnIndexASearchIsAnsweredFromItWithHighlightsAndFindsArticlesPostedSince() throws Exception {
    try (Server s = start(store(true))) {
      JsonNode page = JSON.readTree(search(s, "\"trade deficit\"").body());
      assertThat(page.get("total").asLong()).isEqualTo(2);
      assertThat(ids(page)).containsExactlyInAnyOrder("t1", "t2");
      JsonNode t1 = page.get("items").get(ids(page).indexOf("t1"));
      assertThat(t1.get("score").asDouble()).isPositive();
      JsonNode h = t1.get("highlights").get(0);
      assertThat(T1.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo("trade deficit");
      assertThat(t1.get("snippet").asText()).isEqualTo(T1.substring(t1.get("snippet_start").asInt()));

      HttpResponse<String> bad = search(s, "\"trade");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(bad.body()).get("error").asText()).startsWith("cannot read the query (");

      HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
          + "/api/documents")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
          "{\"id\": \"t4\", \"date\": \"1987-06-01\", \"text\": \"The trade deficit narrowed in May.\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
      assertThat(ids(JSON.readTree(search(s, "\"trade deficit\"").body()))).contains("t4").hasSize(3);
    }
  }

  @Test
  void aServerGivenAnIndexFolderBuildsItThereAndAReadOnlyServerReadsItAsItIs() throws Exception {
    String target = store(false);
    Path elsewhere = dir.resolve("elsewhere").resolve("news.search");
    Function<Document, Extraction> none = d -> {
      throw new AssertionError("no extraction");
    };
    Server.Settings settings = new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2);
    try (Server s = Server.start(settings, target, false, elsewhere, none)) {
      JsonNode page = JSON.readTree(search(s, "deficit").body());
      assertThat(page.get("total").asLong()).isEqualTo(3);
      assertThat(ids(JSON.readTree(search(s, "\"trade deficits\"").body()))).containsExactly("t3");
    }
    assertThat(SearchIndex.exists(elsewhere)).isTrue();
    assertThat(SearchIndex.besideStore(target).map(SearchIndex::exists)).contains(false);
    try (Server reader = Server.start(settings, target, true, elsewhere, none);
        Server another = Server.start(settings, target, true, elsewhere, none)) {
      for (Server s : List.of(reader, another)) {
        assertThat(JSON.readTree(search(s, "\"trade deficit\"").body()).get("items").get(0).has("score")).isTrue();
      }
    }
  }

  @Test
  void withoutAnIndexASearchScansTheTextAndTheLogSaysSoOnce() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (Server s = start(store(false))) {
      JsonNode page = JSON.readTree(search(s, "trade deficit").body());
      assertThat(ids(page)).containsExactly("t1", "t3");
      assertThat(page.get("items").get(0).has("score")).isFalse();
    } finally {
      System.setErr(err);
    }
    // the other lines are the request log's, one per request
    assertThat(log.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("dyad serve: GET ")))
        .containsExactly("dyad serve: no search index beside " + dir.resolve("news.duckdb")
            + " (dyad index builds it): searches scan the text");
  }
}
