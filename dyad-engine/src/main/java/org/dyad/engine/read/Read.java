package org.dyad.engine.read;

import java.util.List;
import java.util.function.Function;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.dyad.model.Problem;

/** The outcome of reading one document: the document, or why it could not be read. */
public sealed interface Read {
  /**
   * Where the input came from: {@code file}, {@code file:line} (JSON Lines), {@code file#item} (the n-th feed
   * item), {@code file@offset} (the WARC record at that byte offset) or {@code http:/api/...} (posted).
   */
  String origin();

  /** A document read, with any warnings about it (such as a date line without a year). */
  record Ok(Document document, List<String> warnings) implements Read {
    public Ok {
      warnings = List.copyOf(warnings);
    }

    @Override
    public String origin() {
      return document.origin();
    }

    /** The warnings as problems of the whole document, of stage {@code read}. */
    public List<Problem> problems() {
      return warnings.stream().map(w -> new Problem("read", w, 0, 0)).toList();
    }

    /**
     * The extraction of this document by {@code extractor} (an engine's {@code extract}), with the warnings as
     * problems after the extractor's own: how every door (extract, ingest, the server, the Spark job) turns a
     * document read into an extraction.
     */
    public Extraction extractedBy(Function<Document, Extraction> extractor) {
      return extractor.apply(document).withProblems(problems());
    }
  }

  /** An input that could not be read, and why. */
  record Failed(String origin, String message) implements Read {}
}
