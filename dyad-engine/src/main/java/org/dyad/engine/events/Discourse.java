package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What one document's reading remembers from sentence to sentence: the two actors of the latest event with
 * both, what "they" refers to, and the pair the story is about, what "the two leaders" and "both sides" refer
 * to. Anaphora look back, never into their own sentence, so a sentence's offers take effect when the sentence
 * is done.
 */
final class Discourse {
  /** The two actors of the latest event with both. */
  private List<Arg> lastPair = List.of();
  /**
   * The pairs of the sentences read, by their two countries (else actors) in order: how many events each had, and
   * the latest pair of actors of each.
   */
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, List<Arg>> pairs = new HashMap<>();
  /** The pairs this sentence offers to the next, in order. */
  private final List<List<Arg>> offered = new ArrayList<>();

  /** The pair "they" stands for in the current sentence. */
  List<Arg> pair() {
    return lastPair;
  }

  /**
   * The pair the story is about so far: the two countries with most events between them (the latest pair
   * when tied), by the latest actors that stood for them; what "the two leaders" and "both sides" stand for.
   */
  List<Arg> mainPair() {
    List<Arg> best = lastPair;
    int most = best.isEmpty() ? 0 : counts.getOrDefault(key(best), 0);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = pairs.get(e.getKey());
      }
    }
    return best;
  }

  /** Offers the source and target of an event of this sentence to the sentences after it. */
  void offer(Arg source, Arg target) {
    offered.add(List.of(source, target));
  }

  /** The sentence is read: its offers take effect. */
  void sentenceDone() {
    for (List<Arg> pair : offered) {
      String key = key(pair);
      counts.merge(key, 1, Integer::sum);
      pairs.put(key, pair);
      lastPair = pair;
    }
    offered.clear();
  }

  /** The sentence failed: its offers are withdrawn. */
  void sentenceFailed() {
    offered.clear();
  }

  private static String key(List<Arg> pair) {
    return String.join("|", Stream.of(pair.get(0), pair.get(1))
        .map(a -> a.actor().country() != null ? a.actor().country() : a.actor().key()).sorted().toList());
  }
}
