package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 5: SQL metacharacters in every parameter of every read route (query and path) are inert: each
 * request is answered 200 with no more rows than the same words without the metacharacters find, or refused
 * 400/404, never a 500; and afterwards every table is still there with all its rows.
 */
@Timeout(300)
class SqlMetacharacterTest {
  @TempDir static Path dir;
  static Server server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  /** Injections as an attacker writes them; the word {@code kishida} is in the store, so a leak would show. */
  private static final List<String> PAYLOADS = List.of("'", "\"", "kishida'", "kishida' OR '1'='1",
      "kishida' OR 1=1 --", "kishida\" OR \"\"=\"", "x'; DROP TABLE documents; --", "x'); DELETE FROM events; --",
      "%", "_", "%' OR '%'='", "x' UNION SELECT id, text FROM documents --", "x\\' OR 1=1 #", "1 OR 1=1",
      "JPN' OR 'a'='a", "2023-12-11' OR '1'='1", "*/ OR /*", "x\u0000' OR 1=1", "$$ OR 1=1 $$", "E'\\x27'");

  /** Each read route with its parameters: a sample request, and the names that take a value from the caller. */
  private record Route(String path, Map<String, String> query) {}

  private static final List<Route> ROUTES = List.of(
      new Route("/api/documents", Map.of("q", "Japan", "from", "2023-01-01", "to", "2023-12-31", "actor", "JPN",
          "offset", "0", "limit", "10")),
      new Route("/api/documents/{id}", Map.of()),
      new Route("/api/events", Map.of("source", "JPN", "target", "KOR", "actor", "JPN", "partner", "KOR",
          "code", "111", "root", "11", "from", "2023-01-01", "to", "2023-12-31", "offset", "0", "limit", "10")),
      new Route("/api/quotes", Map.of("speaker", "Kishida", "actor", "JPN", "offset", "0", "limit", "10")),
      new Route("/api/dyads/{a}/{b}/timeline", Map.of("by", "month", "from", "2023-01-01", "to", "2023-12-31")),
      new Route("/api/dyads/{a}/{b}/events", Map.of("from", "2023-01-01", "to", "2023-12-31", "offset", "0",
          "limit", "10")),
      new Route("/api/actors/top", Map.of("offset", "0", "limit", "10")),
      new Route("/api/actors/{actor}", Map.of()),
      new Route("/api/actors/{actor}/partners", Map.of("offset", "0", "limit", "10")));

  private static final Map<String, String> PATH_SAMPLES = Map.of("{id}", "xss", "{a}", "JPN", "{b}", "KOR",
      "{actor}", "JPN");

  @BeforeAll
  static void start() {
    server = TestStore.serve(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void sqlMetacharactersInEveryParameterAreInert() throws Exception {
    String tablesBefore = tables();
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (Route route : ROUTES) {
      List<String> names = new ArrayList<>(route.query().keySet());
      for (String segment : PATH_SAMPLES.keySet()) {
        if (route.path().contains(segment)) {
          names.add(segment);
        }
      }
      for (String name : names) {
        for (String payload : PAYLOADS) {
          tried++;
          Answer attacked = ask(route, name, payload);
          Answer plain = ask(route, name, payload.replaceAll("['\"%_;\\\\*/#$()=\\u0000-]", " ").strip());
          String where = route.path() + " " + name + "=" + payload + ": " + attacked.status + " " + attacked.body;
          if (attacked.status != 200 && attacked.status != 400 && attacked.status != 404) {
            wrong.add(where);
          } else if (attacked.status == 200 && rows(attacked) > Math.max(0, plain.status == 200 ? rows(plain) : 0)) {
            wrong.add(where + " (more rows than " + rows(plain) + " for the words alone)");
          }
        }
      }
    }
    assertThat(wrong).as("of %d requests", tried).isEmpty();
    assertThat(tried).isGreaterThan(500);
    assertThat(tables()).as("every table and its rows are still there").isEqualTo(tablesBefore);
  }

  private record Answer(int status, String body) {}

  private static Answer ask(Route route, String name, String value) throws Exception {
    String path = route.path();
    for (var sample : PATH_SAMPLES.entrySet()) {
      String v = sample.getKey().equals(name) ? value : sample.getValue();
      path = path.replace(sample.getKey(), URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    StringBuilder query = new StringBuilder();
    for (var p : route.query().entrySet()) {
      String v = p.getKey().equals(name) ? value : p.getValue();
      query.append(query.length() == 0 ? "?" : "&").append(p.getKey()).append('=')
          .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
    }
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path
        + query)).GET().build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body());
  }

  /** The rows an answer holds: a page's total, a timeline's events, an actor's names, or 1 for one document. */
  private static long rows(Answer a) throws Exception {
    JsonNode n = JSON.readTree(a.body());
    if (n.has("total")) {
      return n.get("total").asLong();
    }
    if (n.has("names")) {
      return n.get("names").size();
    }
    if (n.has("items")) {
      long sum = 0;
      for (JsonNode p : n.get("items")) {
        sum += p.path("events").asLong();
      }
      for (JsonNode v : n.path("vague")) {
        sum += v.path("events").asLong();
      }
      return sum;
    }
    return 1;
  }

  /** The rows of every table, as the API counts them: documents, events, quotes and top actors. */
  private static String tables() throws Exception {
    List<String> out = new ArrayList<>();
    for (String path : List.of("/health", "/api/events?limit=1", "/api/quotes?limit=1", "/api/actors/top?limit=1",
        "/api/dyads/JPN/KOR/timeline")) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      JsonNode n = JSON.readTree(r.body());
      out.add(path + " " + r.statusCode() + " " + (n.has("documents") ? n.get("documents") : n.has("total")
          ? n.get("total") : rows(new Answer(r.statusCode(), r.body()))));
    }
    return String.join("; ", out);
  }
}
