package org.dyad.engine.events.petrarch;

/**
 * A dictionary line that could not be read; the reader skips it and goes on.
 *
 * @param file the dictionary's file name
 * @param line the line number, from 1
 */
public record Problem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
