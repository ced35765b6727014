package org.dyad.engine.events.petrarch;

import java.util.List;

/**
 * One element of a verb pattern.
 *
 * @param kind what the element matches
 * @param phrases for {@link Kind#WORDS}: the alternatives (a word, a synset's phrases, {@code BY/WITH}), each a
 *     list of consecutive upper-case words; empty for the other kinds
 * @param adjacent whether the element must follow the previous one (towards the verb) with nothing between:
 *     the two were joined by {@code _}
 */
public record Element(Kind kind, List<List<String>> phrases, boolean adjacent) {
  public Element {
    phrases = phrases.stream().map(List::copyOf).toList();
  }

  /** What an element matches. */
  public enum Kind {
    /** One of {@code phrases}. */
    WORDS,
    /** {@code $}: an actor, the event's source. */
    SOURCE,
    /** {@code +}: an actor, the event's target. */
    TARGET,
    /** {@code %}: coordinated actors that act on each other. */
    COMPOUND,
    /** {@code ^}: any one noun phrase, skipped. */
    SKIP
  }
}
