package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.DateSource;
import org.dyad.model.Extraction;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeReadOnlyTest {
  @TempDir Path dir;

  @Test
  void queryAndExportRunWhileAnotherProcessServesTheSameDuckDbFileReadOnlyWhichRefusesPostedDocuments()
      throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    try (Store store = Store.open(db)) {
      store.put(List.of(new Extraction("k1", "Talks", LocalDate.of(2023, 12, 11), DateSource.METADATA, "Reuters",
          "Japan and South Korea held talks.", List.of(), List.of(), List.of(), List.of(), List.of(), Map.of())));
    }
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), ServeStore.class.getName(), db)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
        StandardCharsets.UTF_8))) {
      int port = Integer.parseInt(out.readLine());
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> documents = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/documents")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(documents.body()).contains("\"k1\"");

      Cli.Run query = Cli.run("query", "--db", db, "--format", "csv", "--sql", "SELECT id, credit FROM documents");
      assertThat(query.exit()).as(query.err()).isZero();
      assertThat(query.out()).isEqualTo("id,credit\r\nk1,Reuters\r\n");
      Cli.Run export = Cli.run("export", "--db", db, "--format", "csv", "--table", "documents");
      assertThat(export.exit()).as(export.err()).isZero();
      assertThat(export.out()).contains("k1,Talks,2023-12-11");

      HttpResponse<String> posted = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/documents"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"k2\", \"text\": \"Japan thanked Seoul.\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).isEqualTo(403);
      assertThat(posted.body()).contains("dyad serve --read-only");
    } finally {
      server.getOutputStream().close();
      server.waitFor();
    }
  }
}
