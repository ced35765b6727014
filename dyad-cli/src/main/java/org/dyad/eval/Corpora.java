package org.dyad.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.model.Document;

/** Gold corpora read as {@code dyad extract} reads them, so that a benchmark sees what a user would get. */
final class Corpora {
  private Corpora() {}

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
