package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 5: a path that climbs out of the web UI's folder, in any spelling ({@code ..}, {@code %2e%2e},
 * encoded slashes, double encoding, backslashes, overlong UTF-8), finds nothing: no file of the system, no class
 * or resource beside the UI's files, no file of the working folder.
 */
@Timeout(120)
class PathTraversalTest {
  @TempDir static Path dir;
  static Server server;

  /** Files a climb could reach: of the system, of the class path beside the UI, of the working folder. */
  private static final List<String> TARGETS = List.of("etc/passwd", "Server.class", "org/dyad/server/Server.class",
      "META-INF/MANIFEST.MF", "pom.xml");

  /** Spellings of one step up, and of the slash after it. */
  private static final List<String> UP = List.of("../", "%2e%2e/", "%2E%2E/", ".%2e/", "%2e./", "..%2f", "%2e%2e%2f",
      "..%2F", "%252e%252e%252f", "%252e%252e/", "..%252f", "..\\", "..%5c", "%2e%2e%5c", "%252e%252e%255c",
      "%c0%ae%c0%ae/", "..;/", "..%00/", "%2e%2e%00/");

  /** Where a climb starts: the UI's root, a folder of it, the WebJars, the API with a path parameter. */
  private static final List<String> FROM = List.of("/", "/js/", "/webjars/swagger-ui/", "/api/documents/",
      "/api/actors/");

  /** How many steps up: one (still inside the UI from a folder of it), and enough to reach the root of the disk. */
  private static final int[] DEPTHS = {1, 8};

  @BeforeAll
  static void start() {
    server = TestStore.serve(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPathClimbingOutOfTheUiInAnySpellingFindsNothing() throws Exception {
    List<String> found = new ArrayList<>();
    int tried = 0;
    for (String from : FROM) {
      for (String up : UP) {
        for (int depth : DEPTHS) {
          for (String target : TARGETS) {
            String path = from + up.repeat(depth) + target;
            String answer = rawGet(path);
            tried++;
            String status = answer.lines().findFirst().orElse("no answer");
            if (!status.matches("HTTP/1.1 (400|403|404|405) .*|no answer") || leaks(answer)) {
              found.add(path + " -> " + status + (leaks(answer) ? " LEAKS" : ""));
            }
          }
        }
      }
    }
    assertThat(found).as("of %d paths tried", tried).isEmpty();
    assertThat(tried).isEqualTo(FROM.size() * UP.size() * DEPTHS.length * TARGETS.size());
  }

  @Test
  void theFilesOfTheUiAreStillServedAndTheSameRequestsFindThemSoTheRefusalsAboveMeanSomething() throws Exception {
    assertThat(rawGet("/")).startsWith("HTTP/1.1 200").contains("<html");
    assertThat(rawGet("/openapi.json")).startsWith("HTTP/1.1 200").contains("\"openapi\"");
    assertThat(rawGet("/api/documents/xss")).startsWith("HTTP/1.1 200");
  }

  /** What any of the targets would show: a password file, a class file, a manifest, a POM. */
  private static boolean leaks(String answer) {
    return answer.contains("root:x:0:0") || answer.contains("\u00ca\u00fe\u00ba\u00be") || answer.contains("Manifest-Version")
        || answer.contains("<project");
  }

  private static String rawGet(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      try {
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      } catch (SocketTimeoutException e) {
        return "no answer";
      }
    }
  }
}
