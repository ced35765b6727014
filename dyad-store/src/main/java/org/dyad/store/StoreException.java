package org.dyad.store;

/** A database failure, with the statement or step that failed in its message. */
public final class StoreException extends RuntimeException {
  StoreException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  StoreException(String message) {
    super(message);
  }
}
