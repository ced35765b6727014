package org.dyad.engine.read;

import org.dyad.model.Document;

/** The outcome of reading one document: the document, or why it could not be read. */
public sealed interface Read {
  /**
   * Where the input came from: {@code file}, {@code file:line} (JSON Lines), {@code file#item} (the n-th feed
   * item) or {@code file@offset} (the WARC record at that byte offset).
   */
  String origin();

  /** A document read, with any warnings about it (such as a date line without a year). */
  record Ok(Document document, java.util.List<String> warnings) implements Read {
    public Ok {
      warnings = java.util.List.copyOf(warnings);
    }

    @Override
    public String origin() {
      return document.origin();
    }

    /** The warnings as problems of the whole document, for the extraction's {@code problems}. */
    public java.util.List<org.dyad.model.Problem> problems() {
      return warnings.stream()
          .map(w -> new org.dyad.model.Problem("read", "read: " + w, 0, 0))
          .toList();
    }
  }

  /** An input that could not be read, and why. */
  record Failed(String origin, String message) implements Read {}
}
