package org.dyad.store.search;

/** The search index could not be read or written, or a query could not be understood. */
public class SearchException extends RuntimeException {
  public SearchException(String message) {
    super(message);
  }

  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
