package org.dyad.engine.resources;

/**
 * A data file that cannot be read as its {@link Tsv} declares: missing, unreadable, or wrong at a line. The
 * message starts with {@code file:line: } (or {@code file: } when no line is to blame).
 */
public final class ResourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ResourceException(String message, Throwable cause) {
    super(message, cause);
  }

  ResourceException(String message) {
    super(message);
  }
}
