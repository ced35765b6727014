package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 5: slow bodies are cut by the read timeout, headers over the limit are refused, and the server
 * still answers {@code /health} while many slow bodies are open.
 */
@Timeout(120)
class RequestLimitsTest {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  @TempDir static Path dir;
  static String target;
  static Server server;

  @BeforeAll
  static void start() {
    target = TestStore.build(dir);
    server = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2, List.of(),
        READ_TIMEOUT), target, TestStore.engine()::extract);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A connection that has sent the head of a post of {@code length} bytes of text and {@code sent} of them. */
  private static Socket slowPost(Server to, int length, int sent) throws IOException {
    Socket s = new Socket("127.0.0.1", to.port());
    s.setSoTimeout(30_000);
    OutputStream out = s.getOutputStream();
    out.write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1:" + to.port() + "\r\nContent-Type: text/plain\r\n"
        + "Content-Length: " + length + "\r\n\r\n" + "J".repeat(sent)).getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return s;
  }

  /** The status line of the answer on {@code s}, or "closed" when the server closed it without one. */
  private static String statusLine(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      line.append((char) c);
    }
    return line.length() == 0 ? "closed" : line.toString().strip();
  }

  @Test
  void aBodyThatTricklesOneByteAtATimeIsCutAtTheReadTimeoutWith408() throws Exception {
    long t0 = System.nanoTime();
    try (Socket s = slowPost(server, 1000, 1)) {
      Thread trickle = new Thread(() -> {
        try {
          for (int i = 0; i < 999; i++) {
            Thread.sleep(100);
            s.getOutputStream().write('a');
            s.getOutputStream().flush();
          }
        } catch (IOException | InterruptedException e) {
          // cut by the server, as it should be
        }
      });
      trickle.setDaemon(true);
      trickle.start();
      assertThat(statusLine(s)).startsWith("HTTP/1.1 408");
      trickle.interrupt();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(seconds).as("cut after the read timeout, long before the 100 s the body would take")
        .isBetween(1.5, 10.0);
  }

  @Test
  void aBodyThatStopsComingIsCutAtTheReadTimeout() throws Exception {
    long t0 = System.nanoTime();
    try (Socket s = slowPost(server, 1000, 10)) {
      String status = statusLine(s);
      assertThat(status).as("408, or the connection closed by the idle timeout").matches("HTTP/1.1 408.*|closed");
    }
    assertThat((System.nanoTime() - t0) / 1e9).isBetween(1.5, 15.0);
  }

  @Test
  void headersOverTheLimitAreRefusedWith431AndUnderItAnswered() throws Exception {
    assertThat(rawGet("/health", "X-Padding: " + "a".repeat(9000) + "\r\n")).startsWith("HTTP/1.1 431");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      many.append("X-H").append(i).append(": ").append("b".repeat(50)).append("\r\n");
    }
    assertThat(rawGet("/health", many.toString())).as("many headers adding up over 8 KiB").startsWith("HTTP/1.1 431");
    assertThat(rawGet("/health", "X-Padding: " + "a".repeat(6000) + "\r\n")).startsWith("HTTP/1.1 200");
  }

  @Test
  void healthIsAnsweredWhileMoreSlowBodiesThanTheServerReadsAreOpen() throws Exception {
    int open = Server.MAX_UPLOADS + 20;
    List<Socket> slow = new ArrayList<>();
    try (Server patient = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2,
        List.of(), Duration.ofSeconds(60)), target, TestStore.engine()::extract)) {
      for (int i = 0; i < open; i++) {
        slow.add(slowPost(patient, 1000, 1));
      }
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + patient.port() + "/health")).timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"ok\"");
      Thread.sleep(200);
      Map<String, Integer> statuses = new TreeMap<>();
      for (Socket s : slow) {
        String status = s.getInputStream().available() > 0 ? statusLine(s) : "still sending";
        if (status.startsWith("HTTP/1.1 503")) {
          assertThat(headers(s)).as("a 503 asks the client to come back").containsEntry("retry-after", "5");
        }
        statuses.merge(status.replaceFirst("^(HTTP/1.1 \\d+).*", "$1"), 1, Integer::sum);
      }
      assertThat(statuses).as("the bodies beyond %d refused at once, the others still being read", Server.MAX_UPLOADS)
          .isEqualTo(Map.of("HTTP/1.1 503", open - Server.MAX_UPLOADS, "still sending", Server.MAX_UPLOADS));
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void anExtractionRefusedForAFullQueueIsA503WithRetryAfter() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> queued = new ArrayList<>();
    try (Server busy = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2), target,
        d -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return TestStore.engine().extract(d);
        })) {
      String base = "http://127.0.0.1:" + busy.port();
      // the workers are held; posts wait in the queue until it is full
      while (!get(http, base + "/health").body().contains("\"extractions_waiting\":16")) {
        assertThat(queued).as("posts before the queue is full").hasSizeLessThan(64);
        queued.add(http.sendAsync(extract(base), HttpResponse.BodyHandlers.ofString()));
        Thread.sleep(50);
      }
      HttpResponse<String> refused = http.send(extract(base), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(refused.body()).contains("the extraction queue is full");
      release.countDown();
      for (CompletableFuture<HttpResponse<String>> q : queued) {
        assertThat(q.get(60, TimeUnit.SECONDS).statusCode()).as("a queued post, once the workers are free")
            .isEqualTo(200);
      }
    } finally {
      release.countDown();
    }
  }

  private static HttpRequest extract(String base) {
    return HttpRequest.newBuilder(URI.create(base + "/api/extract")).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("Japan thanked South Korea.")).build();
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The headers after the status line on {@code s}, names in lower case. */
  private static Map<String, String> headers(Socket s) throws IOException {
    Map<String, String> out = new TreeMap<>();
    String line;
    while (!(line = statusLine(s)).isEmpty() && !line.equals("closed")) {
      int colon = line.indexOf(':');
      assertThat(colon).as(line).isPositive();
      out.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
    }
    return out;
  }

  private static String rawGet(String path, String headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n"
          + headers + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      try {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (SocketTimeoutException e) {
        return "no answer";
      }
    }
  }
}
