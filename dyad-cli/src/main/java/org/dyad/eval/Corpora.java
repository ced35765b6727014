package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.engine.Json;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;

/** Gold corpora read as {@code dyad extract} reads them, so that a benchmark sees what a user would get. */
final class Corpora {
  private static final ObjectMapper JSON = Json.mapper();

  private Corpora() {}

  /** The records of a gold JSON Lines file, in file order; blank lines are skipped. */
  static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  /** Every readable document of a JSON Lines (or plain text) file, by id, in file order. */
  static Map<String, Document> documents(Path file) {
    Map<String, Document> docs = new LinkedHashMap<>();
    new DocumentReader(null, LocalDate.now()).read(file.toString(), System.in, r -> {
      if (r instanceof Read.Ok ok) {
        docs.put(ok.document().id(), ok.document());
      }
    });
    if (docs.isEmpty()) {
      throw new UncheckedIOException(new IOException("no documents in " + file));
    }
    return docs;
  }
}
