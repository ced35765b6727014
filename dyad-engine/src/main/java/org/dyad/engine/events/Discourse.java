package org.dyad.engine.events;

import java.util.List;

/**
 * What one document's reading remembers from sentence to sentence: the two actors of the latest event with
 * both, what "they" and "the leaders" refer to. Anaphora look back, never into their own sentence, so a
 * sentence's offer takes effect when the sentence is done.
 */
final class Discourse {
  /** The two actors of the latest event with both. */
  private List<Arg> lastPair = List.of();
  /** The pair this sentence offers to the next. */
  private List<Arg> nextPair = List.of();

  /** The pair "they" stands for in the current sentence. */
  List<Arg> pair() {
    return lastPair;
  }

  /** Offers the source and target of an event of this sentence to the sentences after it. */
  void offer(Arg source, Arg target) {
    nextPair = List.of(source, target);
  }

  /** The sentence is read: its offer takes effect. */
  void sentenceDone() {
    lastPair = nextPair;
  }

  /** The sentence failed: its offer is withdrawn. */
  void sentenceFailed() {
    nextPair = lastPair;
  }
}
