package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 5, in real headless Chromium: an article holding a script, posted through the API and viewed,
 * runs nothing; a page of another origin (a second server on another port) cannot write into the store by any
 * request a page can make, while the same write from the UI's own page is stored. Each test is skipped, saying
 * why, where Chromium is not installed ({@code .ci/chromium.sh} installs it).
 */
@Timeout(300)
class BrowserAttackTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ARTICLE = "{\"id\": \"%s\", \"text\": \"Japan thanked South Korea on Monday.\"}";

  @TempDir static Path dir;
  static Server server;
  static HttpServer attacker;
  static Chromium chromium;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.startIn(dir, "browser attack tests");
    if (chromium == null) {
      return;
    }
    server = TestStore.serve(dir);
    attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    attacker.createContext("/", exchange -> {
      byte[] page = attackPage().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    attacker.start();
  }

  @BeforeEach
  void needsChromium() {
    Chromium.assumeInstalled(chromium);
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (attacker != null) {
      attacker.stop(0);
    }
    if (server != null) {
      server.close();
    }
  }

  private static String api() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * The page of the other origin: every write a page can attempt, a JSON fetch (preflighted), a text/plain fetch
   * without CORS (sent without asking), and a form posted into a frame; what each fetch gave is kept in a global.
   */
  private static String attackPage() {
    String to = api() + "/api/documents";
    return "<!doctype html><html><body><iframe name=sink></iframe>"
        + "<form id=f method=POST target=sink enctype=text/plain action='" + to + "'>"
        + "<input name='{\"id\": \"from-form\", \"text\": \"Japan thanked South Korea on Monday.\", \"x\": \"' value='\"}'>"
        + "</form><script>\n"
        + "window.results = {};\n"
        + "const note = (k, p) => p.then(r => window.results[k] = 'status ' + r.status + ' ' + r.type,"
        + " e => window.results[k] = 'failed: ' + e.message);\n"
        + "note('json', fetch('" + to + "', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        + " body: '" + ARTICLE.formatted("from-json") + "'}));\n"
        + "note('text', fetch('" + to + "', {method: 'POST', mode: 'no-cors', headers: {'Content-Type': 'text/plain'},"
        + " body: '" + ARTICLE.formatted("from-text") + "'}));\n"
        + "note('read', fetch('" + api() + "/health').then(r => r.text()).then(t => ({status: 'read ' + t})));\n"
        + "document.getElementById('f').submit();\n"
        + "</script></body></html>";
  }

  private static int status(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(api() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static long documents() throws Exception {
    String body = HTTP.send(HttpRequest.newBuilder(URI.create(api() + "/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return Long.parseLong(body.replaceFirst(".*\"documents\":(\\d+).*", "$1"));
  }

  @Test
  void anArticleWithAScriptPostedThroughTheApiRunsNothingWhenViewed() throws Exception {
    String script = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"
        + "<svg onload=\"window.pwned = 3\"></svg>";
    String article = "{\"id\": \"posted-script\", \"title\": \"<img src=x onerror=\\\"window.pwnedTitle = 1\\\">\","
        + " \"text\": \"" + script.replace("\"", "\\\"") + "\\n\\nJapan thanked South Korea on Monday, officials said.\"}";
    HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(api() + "/api/documents"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(article)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

    chromium.open(api() + "/#/doc/posted-script");
    assertThat(chromium.waitFor("document.querySelector('#article-text')", WAIT)).isTrue();
    Thread.sleep(500);
    assertThat(chromium.eval("document.querySelector('#article-text').textContent").asText()).startsWith(script);
    assertThat(chromium.eval("document.body.textContent").asText()).contains("<img src=x onerror=\"window.pwnedTitle");
    assertDidNothing();

    chromium.open(api() + "/#/search?q=officials");
    assertThat(chromium.waitFor("[...document.querySelectorAll('a')].some(a => a.textContent.includes('pwnedTitle'))",
        WAIT)).as("the title is listed as text").isTrue();
    Thread.sleep(500);
    assertDidNothing();
  }

  /** No element from the article, no handler attribute anywhere, and none of the globals its scripts set. */
  private static void assertDidNothing() throws Exception {
    assertThat(chromium.eval("document.querySelectorAll('main script, #article-text img, svg[onload], [onerror],"
        + " [onload]').length").asInt()).isZero();
    assertThat(chromium.eval("typeof window.pwned + ' ' + typeof window.pwnedTitle").asText())
        .isEqualTo("undefined undefined");
  }

  @Test
  void aPageOfAnotherOriginCannotWriteButTheUisOwnPageCan() throws Exception {
    long before = documents();
    chromium.open("http://127.0.0.1:" + attacker.getAddress().getPort() + "/");
    assertThat(chromium.waitFor("window.results && Object.keys(window.results).length === 3", WAIT)).isTrue();
    Thread.sleep(1000); // the form's post, which leaves no result in the page
    String results = chromium.eval("JSON.stringify(window.results)").asText();
    assertThat(results).as("what the other origin's page saw")
        .contains("\"json\":\"failed: Failed to fetch\"", "\"read\":\"failed: Failed to fetch\"");
    for (String id : new String[] {"from-json", "from-text", "from-form"}) {
      assertThat(status("/api/documents/" + id)).as(id + " " + results).isEqualTo(404);
    }
    assertThat(documents()).isEqualTo(before);

    chromium.open(api() + "/");
    assertThat(chromium.waitFor("document.readyState === 'complete'", WAIT)).isTrue();
    String own = chromium.eval("fetch('/api/documents', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        + " body: '" + ARTICLE.formatted("from-own-page") + "'}).then(r => r.status + ' ' + r.statusText)").asText();
    assertThat(own).startsWith("201");
    assertThat(status("/api/documents/from-own-page")).isEqualTo(200);
    assertThat(documents()).isEqualTo(before + 1);
  }
}
