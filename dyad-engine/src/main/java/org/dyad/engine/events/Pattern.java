package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One row of a pattern file: a CAMEO code and the predicate that gives it (the format is in the header of
 * {@code patterns.tsv}).
 *
 * @param id where the pattern stands ("patterns.tsv:57"), quoted in every event's rule
 * @param order the pattern's position across all loaded files, for ties
 * @param tier 0 for dyad's own patterns and a user's, 1 for those converted from PETRARCH: a lower tier wins
 * @param code the CAMEO code, or {@link #NONE} for a sense that is no event
 * @param predicates the lemmas of the predicate, each with the part of speech it must have
 * @param markers alternatives, each the particles or prepositions that must all be governed; empty for none
 * @param objects alternatives, each the things that must all stand in the complement; empty for none
 * @param notObjects things whose presence in the complement rules the pattern out
 * @param subjects lemmas of which one must head the subject or modify the predicate before it; empty for any
 * @param notSubjects lemmas whose presence there rules the pattern out
 */
record Pattern(
    String id, int order, int tier, String code, Map<String, Pos> predicates, List<List<String>> markers,
    List<Need> objects, List<Term> notObjects, Set<String> subjects, Set<String> notSubjects) {
  /** The code of a pattern that codes nothing. */
  static final String NONE = "---";

  Pattern {
    predicates = Map.copyOf(predicates);
    markers = markers.stream().map(List::copyOf).toList();
    objects = List.copyOf(objects);
    notObjects = List.copyOf(notObjects);
    subjects = Set.copyOf(subjects);
    notSubjects = Set.copyOf(notSubjects);
  }

  /** The part of speech a predicate lemma must have. */
  enum Pos {
    ANY, VERB, NOUN, ADJECTIVE;

    /** Whether a token of these parts of speech may be the predicate; an adjective only when asked for ("/a"). */
    boolean admits(boolean verb, boolean noun, boolean adjective) {
      return switch (this) {
        case ANY -> verb || noun;
        case VERB -> verb;
        case NOUN -> noun;
        case ADJECTIVE -> adjective;
      };
    }
  }

  /** Things that must all stand in the complement; each is one of its terms. */
  record Need(List<List<Term>> all) {
    Need {
      all = all.stream().map(List::copyOf).toList();
    }
  }

  /** How specific the pattern is: objects count most, then markers, then subjects. */
  int specificity() {
    return (objects.isEmpty() ? 0 : 4) + (markers.isEmpty() ? 0 : 2) + (subjects.isEmpty() ? 0 : 1);
  }

  boolean codesNothing() {
    return code.equals(NONE);
  }

  /**
   * The pattern of one row, or {@code null} for a row that defines a word set (which it adds to {@code sets}).
   *
   * @param cells code, predicates, marker, objects, subjects (the comment is not read)
   */
  static Pattern parse(String id, int order, int tier, List<String> cells, WordSets sets, Codebook codebook) {
    String code = cells.get(0).strip();
    if (code.startsWith("&")) {
      sets.define(code, alternatives(cells.get(1)));
      return null;
    }
    if (!code.equals(NONE) && codebook.get(code).isEmpty()) {
      throw new IllegalArgumentException("unknown CAMEO code " + code);
    }
    Map<String, Pos> predicates = new LinkedHashMap<>();
    for (String p : alternatives(cells.get(1))) {
      for (String w : sets.expand(p)) {
        Pos pos = w.endsWith("/v") ? Pos.VERB : w.endsWith("/n") ? Pos.NOUN : w.endsWith("/a") ? Pos.ADJECTIVE
            : Pos.ANY;
        String lemma = pos == Pos.ANY ? w : w.substring(0, w.length() - 2);
        Pos before = predicates.get(lemma);
        predicates.put(lemma, before == null || before == pos ? pos : Pos.ANY);
      }
    }
    if (predicates.isEmpty()) {
      throw new IllegalArgumentException("no predicate");
    }
    List<List<String>> markers = new ArrayList<>();
    for (String m : alternatives(cells.get(2))) {
      markers.add(List.of(m.split("\\+")));
    }
    List<Need> objects = new ArrayList<>();
    List<Term> notObjects = new ArrayList<>();
    for (String o : alternatives(cells.get(3))) {
      if (o.startsWith("!")) {
        notObjects.addAll(Term.parse(o.substring(1), sets));
        continue;
      }
      List<List<Term>> all = new ArrayList<>();
      for (String part : o.split("\\+")) {
        all.add(Term.parse(part, sets));
      }
      objects.add(new Need(all));
    }
    Set<String> subjects = new LinkedHashSet<>();
    Set<String> notSubjects = new LinkedHashSet<>();
    for (String s : alternatives(cells.get(4))) {
      boolean not = s.startsWith("!");
      for (String w : sets.expand(not ? s.substring(1) : s)) {
        (not ? notSubjects : subjects).add(w.substring(w.lastIndexOf(' ') + 1));
      }
    }
    return new Pattern(id, order, tier, code, predicates, markers, objects, notObjects, subjects, notSubjects);
  }

  /** The alternatives of a cell, lower case; none for "-" or an empty cell. */
  static List<String> alternatives(String cell) {
    String c = cell.strip().toLowerCase(Locale.ROOT);
    if (c.isEmpty() || c.equals("-")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String a : c.split(";")) {
      if (!a.isBlank()) {
        out.add(a.strip());
      }
    }
    return out;
  }
}
