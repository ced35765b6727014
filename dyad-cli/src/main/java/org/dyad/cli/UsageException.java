package org.dyad.cli;

/**
 * A command line that parses but asks for what cannot be (a stage switched off that another needs, a missing
 * dictionary folder): {@link Main} says it in one line on standard error and exits with 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
