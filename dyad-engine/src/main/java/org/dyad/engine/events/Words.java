package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.resources.Tsv;

/**
 * The word lists of {@code words.tsv}: the grammar words (light verbs, modal auxiliaries, prepositions of a
 * target, ...) by which the reading finds an event's actors, modality and date. Read once per JVM; each list
 * in file order.
 */
final class Words {
  private static final Map<String, List<String>> LISTS = load("words.tsv");

  private Words() {}

  /** The words of list {@code name}, in file order; throws for a list the file does not have. */
  static List<String> list(String name) {
    List<String> words = LISTS.get(name);
    if (words == null) {
      throw new IllegalStateException("words.tsv has no list " + name);
    }
    return words;
  }

  /** The words of list {@code name} as a set (iterated in file order). */
  static Set<String> set(String name) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(list(name)));
  }

  private static Map<String, List<String>> load(String resource) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    Tsv.of("list", "word").read(Words.class, resource, r ->
        lists.computeIfAbsent(r.require("list"), k -> new ArrayList<>()).add(r.require("word")));
    Map<String, List<String>> out = new LinkedHashMap<>();
    lists.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }
}
