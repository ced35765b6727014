package org.dyad.engine.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word sets of the pattern files ({@code &diplomat}, {@code &weapon}, {@code &v.cancel}), defined by rows whose
 * code is the set's name. Filled while the files are read, in order: a set holds for the rows after it.
 */
final class WordSets {
  private final Map<String, List<String>> sets = new HashMap<>();

  void define(String name, List<String> words) {
    String key = name.toLowerCase(Locale.ROOT);
    if (sets.containsKey(key)) {
      throw new IllegalArgumentException("word set " + name + " defined twice");
    }
    sets.put(key, List.copyOf(expandAll(words)));
  }

  /** The words {@code word} stands for: the members of a set {@code &name}, else the word itself. */
  List<String> expand(String word) {
    if (!word.startsWith("&")) {
      return List.of(word);
    }
    List<String> members = sets.get(word.toLowerCase(Locale.ROOT));
    if (members == null) {
      throw new IllegalArgumentException("unknown word set " + word);
    }
    return members;
  }

  private List<String> expandAll(List<String> words) {
    return words.stream().flatMap(w -> expand(w.strip().toLowerCase(Locale.ROOT)).stream()).toList();
  }
}
