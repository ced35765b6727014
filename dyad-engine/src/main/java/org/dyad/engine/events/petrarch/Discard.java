package org.dyad.engine.events.petrarch;

import java.util.List;

/**
 * A phrase that stops coding: of the sentence that holds it, or of the whole story ({@code +TYPHOON}).
 *
 * @param phrase upper-case words, consecutive in the text
 */
public record Discard(List<String> phrase, boolean story) {
  public Discard {
    phrase = List.copyOf(phrase);
  }
}
