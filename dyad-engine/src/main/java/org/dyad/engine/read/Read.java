package org.dyad.engine.read;

import org.dyad.model.Document;

/** The outcome of reading one document: the document, or why it could not be read. */
public sealed interface Read {
  /** Where the input came from: {@code file}, {@code file:line} or {@code stdin:line}. */
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
  }

  /** An input that could not be read, and why. */
  record Failed(String origin, String message) implements Read {}
}
