package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One thing a pattern looks for in a predicate's complement or subject: a word (a lemma or a form), the
 * modifiers it must carry and the preposition that must introduce it. Written {@code [prep:][modifier ...]head},
 * each word possibly a word set {@code &name}: "talks", "humanitarian aid", "to:border", "in:&detention".
 *
 * @param prep the case marker the word must have ("to"), {@code null} for any
 * @param modifiers for each modifier the words that may fill it (a dependent of the head)
 * @param heads the words that may head it
 */
record Term(@Nullable String prep, List<Set<String>> modifiers, Set<String> heads) {
  Term {
    modifiers = List.copyOf(modifiers);
    heads = Set.copyOf(heads);
  }

  /**
   * The terms one written alternative stands for. A set whose members are phrases ("armed forces") gives a
   * term per shape; a set as a modifier takes the last word of each member.
   */
  static List<Term> parse(String written, WordSets sets) {
    String s = written.strip().toLowerCase(Locale.ROOT);
    String prep = null;
    int colon = s.indexOf(':');
    if (colon > 0) {
      prep = s.substring(0, colon).strip();
      s = s.substring(colon + 1).strip();
    }
    String[] words = s.split("\\s+");
    if (s.isEmpty() || words.length == 0) {
      throw new IllegalArgumentException("empty term in '" + written + "'");
    }
    List<Set<String>> modifiers = new ArrayList<>();
    for (int i = 0; i < words.length - 1; i++) {
      Set<String> fill = new LinkedHashSet<>();
      for (String m : sets.expand(words[i])) {
        String[] mw = m.split("\\s+");
        fill.add(mw[mw.length - 1]);
      }
      modifiers.add(fill);
    }
    List<Term> out = new ArrayList<>();
    Set<String> plainHeads = new LinkedHashSet<>();
    for (String h : sets.expand(words[words.length - 1])) {
      String[] hw = h.split("\\s+");
      if (hw.length == 1) {
        plainHeads.add(h);
      } else {
        List<Set<String>> mods = new ArrayList<>(modifiers);
        for (int i = 0; i < hw.length - 1; i++) {
          mods.add(Set.of(hw[i]));
        }
        out.add(new Term(prep, mods, Set.of(hw[hw.length - 1])));
      }
    }
    if (!plainHeads.isEmpty()) {
      out.add(0, new Term(prep, modifiers, plainHeads));
    }
    return out;
  }

  /** Whether {@code word} (a lemma or a form, lower case) can head this term. */
  boolean heads(String word) {
    return heads.contains(word);
  }
}
