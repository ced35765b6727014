package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.read.TextHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  @TempDir static Path dir;
  static Server server;
  static Server guarded;
  static String target;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    target = TestStore.build(dir);
    server = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2), target,
        TestStore.engine()::extract);
    guarded = Server.start(new Server.Settings("127.0.0.1", 0, "s3cret", 1000, 1), target, d -> {
      throw new IllegalStateException("a detail the client must not see");
    });
  }

  @AfterAll
  static void stop() {
    guarded.close();
    server.close();
  }

  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  static Answer get(Server s, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(s, path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r);
  }

  static Answer post(Server s, String path, String type, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r);
  }

  static URI uri(Server s, String path) {
    return URI.create("http://127.0.0.1:" + s.port() + path);
  }

  static void assertError(Answer a, int status) throws IOException {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(a.json().get("status").asInt()).isEqualTo(status);
    assertThat(a.json().get("error").asText()).isNotBlank();
  }

  @Test
  void theOpenApiDocumentListsEveryRouteOfTheServerAndNoOther() throws Exception {
    JsonNode doc = get(server, "/openapi.json").json();
    Set<Server.Route> documented = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue().fieldNames().forEachRemaining(method -> documented.add(new Server.Route(method, p.getKey())));
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(server.routes());
    for (Server.Route r : server.routes()) {
      String path = r.path().replace("{a}", "JPN").replace("{b}", "KOR").replace("{actor}", "KOR")
          .replace("{id}", "seed-article");
      Answer a = r.method().equals("get") ? get(server, path + "?from=2023-01-01&to=2023-12-31")
          : post(server, path, "text/plain", "Japan thanked South Korea.");
      assertThat(a.body()).as(r.toString()).doesNotContain("no such page");
      assertThat(a.status()).as(r + " " + a.body()).isBetween(200, 201);
    }
  }

  @Test
  void theOpenApiDocumentNamesItsServerAndEveryOperation() throws Exception {
    JsonNode doc = get(server, "/openapi.json").json();
    assertThat(doc.get("servers").get(0).get("url").asText()).isNotBlank();
    Set<String> ids = new HashSet<>();
    doc.get("paths").forEach(p -> p.forEach(op -> ids.add(op.path("operationId").asText())));
    assertThat(ids).doesNotContain("").hasSize(server.routes().size());
  }

  @Test
  void theApiIsBrowsableInSwaggerUiServedFromItsWebJar() throws Exception {
    Answer docs = get(server, "/api/docs");
    assertThat(docs.status()).isEqualTo(200);
    String bundle = docs.body().replaceAll("(?s).*src=\"([^\"]*swagger-ui-bundle\\.js)\".*", "$1");
    assertThat(bundle).startsWith("/webjars/swagger-ui/5.");
    assertThat(get(server, bundle).status()).isEqualTo(200);
    assertThat(get(server, "/api-docs.js").body()).contains("/openapi.json");
  }

  @Test
  void aWrongMethodIsA405AndEveryRequestIsLoggedOnALine() throws Exception {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri(server, "/api/events")).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());
      assertError(new Answer(r.statusCode(), r.body(), r), 405);
      get(server, "/api/events?limit=1");
    } finally {
      System.setErr(err);
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("DELETE /api/events 405")
        .contains("GET /api/events?limit=1 200");
  }

  @Test
  void noPageOfAnotherSiteMayReadTheApiUnlessItsOriginIsAllowed() throws Exception {
    assertThat(allowedOrigin(server, "http://example.org")).isEmpty();
    try (Server open = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 1,
        List.of("https://analysts.example.org")), target, TestStore.engine()::extract)) {
      assertThat(allowedOrigin(open, "https://analysts.example.org")).contains("https://analysts.example.org");
      assertThat(allowedOrigin(open, "http://example.org")).isEmpty();
    }
  }

  private static java.util.Optional<String> allowedOrigin(Server s, String origin) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(s, "/api/events?limit=1")).header("Origin", origin).GET().build(),
        HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin");
  }

  @Test
  void healthSaysHowManyArticlesTheStoreHolds() throws Exception {
    JsonNode h = get(server, "/health").json();
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("documents").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(h.get("posting").asText()).isEqualTo("open");
  }

  @Test
  void articlesAreSearchedByWordsDatesAndActorsAPageAtATime() throws Exception {
    JsonNode found = get(server, "/api/documents?q=Kishida").json();
    assertThat(found.get("total").asLong()).isEqualTo(1);
    assertThat(found.get("items").get(0).get("id").asText()).isEqualTo("seed-article");
    JsonNode page = get(server, "/api/documents?to=2023-11-30&limit=1&offset=1").json();
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("offset").asLong()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo("xss");
    assertThat(get(server, "/api/documents?actor=JPN&from=2023-12-01&to=2023-12-31").json().get("total").asLong()).isEqualTo(1);
    assertError(get(server, "/api/documents?offset=-1"), 400);
    assertError(get(server, "/api/documents?limit=1000"), 400);
    assertError(get(server, "/api/documents?from=December"), 400);
  }

  @Test
  void anArticleComesBackWithItsExtractionAndAnUnknownOneIsA404() throws Exception {
    JsonNode x = get(server, "/api/documents/seed-article").json();
    assertThat(x.get("date").asText()).isEqualTo("2023-12-11");
    assertThat(x.get("quotes").findValuesAsText("name")).contains("Yoon Suk Yeol");
    assertThat(x.get("events").size()).isPositive();
    assertError(get(server, "/api/documents/no-such-article"), 404);
    assertError(get(server, "/api/nothing-here"), 404);
  }

  @Test
  void anArticleHoldingAScriptComesBackAsJsonTextNeverAsHtml() throws Exception {
    Answer a = get(server, "/api/documents/xss");
    assertThat(a.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(a.response().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(a.json().get("text").asText()).startsWith(TestStore.SCRIPT);
    assertThat(a.body()).contains("\"text\":\"<script>alert(1)</script><img src=x onerror=\\\"window.pwned=1\\\">");
    Answer page = get(server, "/");
    assertThat(page.response().headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'").doesNotContain("unsafe-inline");
    String app = resource("web/app.js") + resource("web/article.js") + resource("web/dyad.js")
        + resource("web/actor.js");
    assertThat(app).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .contains("document.createTextNode(piece)");
  }

  @Test
  void eventsAreFilteredBySidesCodesAndDays() throws Exception {
    JsonNode all = get(server, "/api/events?from=2023-01-01").json().get("items");
    assertThat(all.size()).isPositive();
    JsonNode kor = get(server, "/api/events?source=KOR&target=JPN").json().get("items");
    assertThat(kor.size()).isPositive();
    kor.forEach(e -> assertThat(e.get("source").asText()).startsWith("KOR"));
    String root = kor.get(0).get("root").asText();
    get(server, "/api/events?root=" + root).json().get("items")
        .forEach(e -> assertThat(e.get("root").asText()).isEqualTo(root));
    JsonNode second = get(server, "/api/events?from=2023-01-01&offset=1&limit=1").json();
    assertThat(second.get("total").asInt()).isEqualTo(all.size());
    assertThat(second.get("items").get(0)).isEqualTo(all.get(1));
    JsonNode withJapan = get(server, "/api/events?actor=KOR&partner=JPN").json();
    assertThat(withJapan.get("total").asInt()).isGreaterThanOrEqualTo(kor.size());
    withJapan.get("items").forEach(e -> assertThat(e.get("source").asText().substring(0, 3) + e.get("target").asText()
        .substring(0, 3)).isIn("KORJPN", "JPNKOR"));
    assertError(get(server, "/api/events?partner=JPN"), 400);
    assertError(get(server, "/api/events?code=abc"), 400);
    assertError(get(server, "/api/events?source=K%27OR"), 400);
    assertError(get(server, "/api/events?to=2023-02-30"), 400);
  }

  @Test
  void quotesAreFoundBySpeakerAndActor() throws Exception {
    JsonNode yoon = get(server, "/api/quotes?speaker=yoon").json().get("items");
    assertThat(yoon.size()).isPositive();
    yoon.forEach(q -> assertThat(q.get("speaker").asText()).contains("Yoon"));
    assertThat(get(server, "/api/quotes?speaker=yoon&limit=1").json().get("total").asInt()).isEqualTo(yoon.size());
    assertThat(get(server, "/api/quotes?speaker=nobody-at-all").json().get("items").size()).isZero();
  }

  @Test
  void theDyadTimelineCountsByPeriodAndAPointListsItsEvents() throws Exception {
    JsonNode t = get(server, "/api/dyads/jpn/KOR/timeline?by=month").json();
    assertThat(t.get("a").asText()).isEqualTo("JPN");
    JsonNode items = t.get("items");
    assertThat(items.size()).isPositive();
    // Other tests post articles of 2024 ("South Korea warned Japan."), so December is found by its period.
    JsonNode december = null;
    for (JsonNode item : items) {
      if (item.get("period").asText().equals("2023-12-01")) {
        december = item;
      }
    }
    assertThat(december).as("the month of the seed article").isNotNull();
    JsonNode events = get(server, "/api/dyads/JPN/KOR/events?from=2023-12-01&to=2023-12-31").json().get("items");
    assertThat(events.size()).isEqualTo(december.get("events").asInt());
    JsonNode autumn = get(server, "/api/dyads/JPN/KOR/timeline?by=month&from=2023-09-15&to=2023-12-31").json()
        .get("items");
    assertThat(autumn.findValuesAsText("period")).as("every month of the range, none left out")
        .containsExactly("2023-09-01", "2023-10-01", "2023-11-01", "2023-12-01");
    assertThat(autumn.get(0).get("events").asInt()).as("a month without an event counts zero").isZero();
    JsonNode weeks = get(server, "/api/dyads/JPN/KOR/timeline?by=week&to=2023-12-31").json();
    assertThat(weeks.get("vague").toString()).as("Yoon's trip 'in March' has no day")
        .contains("{\"date\":\"2023-03\",\"from\":\"2023-03-01\",\"to\":\"2023-03-31\",\"events\":1}");
    assertThat(weeks.get("items").get(0).get("period").asText()).as("the axis holds the band").isEqualTo("2023-02-27");
    assertError(get(server, "/api/dyads/JPN/KOR/timeline?from=2023-12-01&to=2023-01-01"), 400);
    assertError(get(server, "/api/dyads/JPN/KOR/timeline?by=fortnight"), 400);
    assertError(get(server, "/api/dyads/JP/KOR/timeline"), 400);
    assertError(get(server, "/api/dyads/JPN/KOR/events?from=2023-12-01"), 400);
  }

  @Test
  void theTopActorsAndWhomAnActorDealtWithMost() throws Exception {
    JsonNode top = get(server, "/api/actors/top?limit=5").json().get("items");
    assertThat(top.size()).isBetween(1, 5);
    assertThat(top.get(0).has("name")).isTrue();
    JsonNode partners = get(server, "/api/actors/KOR/partners").json().get("items");
    assertThat(partners.findValuesAsText("partner")).anyMatch(p -> p.startsWith("JPN"))
        .as("no actor of the country itself").noneMatch(p -> p.startsWith("KOR"));
    assertThat(get(server, "/api/actors/KOR").json().get("names").findValuesAsText("name")).contains("South Korea");
    assertError(get(server, "/api/actors/top?limit=x"), 400);
  }

  @Test
  void extractingAnArticleStoresNothing() throws Exception {
    long before = get(server, "/health").json().get("documents").asLong();
    Answer json = post(server, "/api/extract", "application/json",
        "{\"text\": \"Japan praised South Korea on Friday.\", \"date\": \"2024-03-01\", \"id\": \"x1\"}");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.json().get("id").asText()).isEqualTo("x1");
    assertThat(json.json().get("timexes").get(0).get("value").asText()).isEqualTo("2024-03-01");
    Answer text = post(server, "/api/extract", "text/plain; charset=utf-8", "Japan praised South Korea.");
    assertThat(text.json().get("entities").size()).isPositive();
    assertThat(get(server, "/health").json().get("documents").asLong()).isEqualTo(before);
    assertError(post(server, "/api/extract", "application/json", "{\"text\": "), 400);
    assertError(post(server, "/api/extract", "application/json", "{\"title\": \"no text\"}"), 400);
    assertError(post(server, "/api/extract", "application/json", "{\"text\": \"x\", \"date\": \"soon\"}"), 400);
    assertError(post(server, "/api/extract", "application/xml", "<text/>"), 415);
  }

  @Test
  void aPostedArticleIsReadAsIngestReadsItNamedByItsTextWithItsReadingWarningsAsProblems() throws Exception {
    String article = "Japan praised South Korea.";
    JsonNode text = post(server, "/api/extract", "text/plain", article).json();
    assertThat(text.get("id").asText()).isEqualTo(TextHash.id("api-", article));
    assertThat(text.get("dateSource").asText()).isEqualTo("TODAY");
    JsonNode problem = text.get("problems").get(0);
    assertThat(problem.get("stage").asText() + ": " + problem.get("message").asText()).isEqualTo("read: no date"
        + " found; relative dates are anchored on today, " + LocalDate.now() + " (use --date)");
    JsonNode rewrapped = post(server, "/api/extract", "text/plain", "Japan praised\n  South Korea.").json();
    assertThat(rewrapped.get("id").asText()).as("the same text re-wrapped").isEqualTo(text.get("id").asText());
    JsonNode json = post(server, "/api/extract", "application/json", "{\"text\": \"" + article + "\", \"date\":"
        + " \"2024-03-01T09:30:00Z\", \"url\": \"https://example.org/1\"}").json();
    assertThat(json.get("id").asText()).isEqualTo(text.get("id").asText());
    assertThat(json.get("date").asText() + " " + json.get("dateSource").asText()).isEqualTo("2024-03-01 METADATA");
    assertThat(json.get("metadata").get("url").asText()).isEqualTo("https://example.org/1");
    assertThat(json.get("problems")).isEmpty();
  }

  @Test
  void postedArticlesAreStoredOnceAndFoundAfterwards() throws Exception {
    String body = "[{\"id\": \"posted-1\", \"date\": \"2024-01-05\", \"text\": \"Japan thanked South Korea for its aid on"
        + " Thursday.\"}, {\"id\": \"posted-2\", \"date\": \"2024-01-06\", \"text\": \"South Korea warned Japan.\"}]";
    Answer first = post(server, "/api/documents", "application/json", body);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("items").findValuesAsText("outcome")).containsExactly("stored", "stored");
    Answer again = post(server, "/api/documents", "application/json", body);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("items").findValuesAsText("outcome")).containsExactly("duplicate", "duplicate");
    assertThat(get(server, "/api/documents/posted-2").status()).isEqualTo(200);
    assertThat(get(server, "/api/documents?from=2024-01-01&to=2024-01-31").json().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void postingNeedsTheTokenWhenOneIsSet() throws Exception {
    assertError(post(guarded, "/api/documents", "text/plain", "Japan thanked South Korea."), 401);
    assertError(post(guarded, "/api/extract", "text/plain", "Japan thanked South Korea.", "Authorization",
        "Bearer wrong"), 401);
    assertThat(get(guarded, "/health").json().get("posting").asText()).isEqualTo("token");
    assertThat(get(guarded, "/api/documents").status()).as("reading needs no token").isEqualTo(200);
  }

  @Test
  void postingIsOffWhenTheServerListensBeyondLoopbackWithoutAToken() throws Exception {
    // Bound to every interface; the test itself only talks to it over loopback.
    try (Server open = Server.start(new Server.Settings("0.0.0.0", 0, null, 1000, 1), target,
        d -> {
          throw new IllegalStateException("never extracts");
        })) {
      assertError(post(open, "/api/extract", "text/plain", "Japan thanked South Korea."), 403);
      assertThat(get(open, "/api/documents").status()).as("reading stays open").isEqualTo(200);
    }
  }

  @Test
  void aLoopbackServerAnswersOnlyRequestsAddressedToALoopbackNameWithItsPort() throws Exception {
    int port = server.port();
    assertThat(rawGet("/health", "localhost:" + port)).startsWith("HTTP/1.1 200");
    assertThat(rawGet("/health", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
    assertThat(rawGet("/health", "[::1]:" + port)).startsWith("HTTP/1.1 200");
    // DNS rebinding: a page of attacker.example whose name now points at 127.0.0.1.
    for (String host : new String[] {"attacker.example:" + port, "localhost.attacker.example:" + port,
        "127.0.0.1.nip.io:" + port, "localhost:" + (port == 65535 ? 1 : port + 1), "localhost"}) {
      String get = rawGet("/api/documents/seed-article", host);
      assertThat(get).as(host).startsWith("HTTP/1.1 403").contains("application/json").contains("\"status\":403")
          .doesNotContain("Kishida");
      assertThat(rawGet("/", host)).as("the web UI, " + host).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void aWriteFromAPageOfAnotherSiteIsRefused() throws Exception {
    long before = get(server, "/health").json().get("documents").asLong();
    String article = "{\"id\": \"cross-site\", \"text\": \"Japan thanked South Korea.\"}";
    for (String origin : new String[] {"https://attacker.example", "null", "http://localhost:" + server.port()}) {
      assertError(post(server, "/api/documents", "application/json", article, "Origin", origin), 403);
    }
    assertThat(get(server, "/health").json().get("documents").asLong()).isEqualTo(before);
    Answer own = post(server, "/api/extract", "application/json", article, "Origin", "http://127.0.0.1:" + server.port());
    assertThat(own.status()).as("a page of the server itself, " + own.body()).isEqualTo(200);
  }

  @Test
  void aWebPageWritesOnlyJsonWhichNeedsAPreflightAcrossSites() throws Exception {
    String own = "http://127.0.0.1:" + server.port();
    assertError(post(server, "/api/extract", "text/plain", "Japan thanked South Korea.", "Origin", own), 415);
    assertError(post(server, "/api/documents", "text/plain", "Japan thanked South Korea.", "Sec-Fetch-Site",
        "same-origin"), 415);
    assertError(post(server, "/api/documents", "application/x-www-form-urlencoded", "text=Japan+thanked+Korea",
        "Sec-Fetch-Site", "same-origin"), 415);
    assertError(post(server, "/api/documents", "multipart/form-data; boundary=x", "--x--"), 415);
    assertThat(post(server, "/api/extract", "text/plain", "Japan thanked South Korea.").status())
        .as("curl and scripts, which send no Origin, still post text").isEqualTo(200);
  }

  private static String rawGet(String path, String host) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aRequestJettyRefusesBeforeTheApiSeesItStillGetsAJsonError() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write("GET /api/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400").contains("application/json").contains("\"status\":400")
          .doesNotContain("<html");
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() throws Exception {
    String big = "Japan thanked South Korea. ".repeat(100);
    assertError(post(guarded, "/api/extract", "text/plain", big, "Authorization", "Bearer s3cret"), 413);
    HttpRequest chunked = HttpRequest.newBuilder(uri(guarded, "/api/extract"))
        .header("Content-Type", "text/plain").header("Authorization", "Bearer s3cret")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
            big.getBytes(StandardCharsets.UTF_8)))).build();
    HttpResponse<String> r = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("a body without a length is cut off at the limit too").isEqualTo(413);
  }

  @Test
  void aFailureIsA500WithoutItsCause() throws Exception {
    Answer a = post(guarded, "/api/extract", "text/plain", "Japan thanked South Korea.", "Authorization",
        "Bearer s3cret");
    assertError(a, 500);
    assertThat(a.body()).doesNotContain("detail").doesNotContain("Exception").doesNotContain("at org.");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Server.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
