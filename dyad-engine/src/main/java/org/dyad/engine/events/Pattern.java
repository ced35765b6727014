package org.dyad.engine.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.resources.Row;
import org.dyad.engine.resources.Tsv;

/**
 * One line of a pattern file: a CAMEO code and the predicate that gives it.
 *
 * @param id where the pattern stands ("patterns.tsv:57"), quoted in every event's rule
 * @param order the pattern's position across all loaded files, for ties
 * @param code the CAMEO code
 * @param predicates lemmas of the predicate (verbs and event nouns)
 * @param markers particles or prepositions of which the predicate must govern one; empty for none
 * @param objects lemmas of which one must stand in the predicate's complement; empty for none
 * @param subjects lemmas of which one must head the subject; empty for none
 */
record Pattern(
    String id, int order, String code, Set<String> predicates, Set<String> markers, Set<String> objects,
    Set<String> subjects) {
  Pattern {
    predicates = Set.copyOf(predicates);
    markers = Set.copyOf(markers);
    objects = Set.copyOf(objects);
    subjects = Set.copyOf(subjects);
  }

  /** How specific the pattern is: objects count most, then markers, then subjects. */
  int specificity() {
    return (objects.isEmpty() ? 0 : 4) + (markers.isEmpty() ? 0 : 2) + (subjects.isEmpty() ? 0 : 1);
  }

  /** The columns of a pattern file. */
  static final Tsv COLUMNS = Tsv.of("code", "predicates", "marker", "objects", "subjects", "comment");

  /** The patterns shipped with dyad ({@code patterns.tsv}). */
  static List<Pattern> standard(Codebook codebook) {
    List<Pattern> out = new ArrayList<>();
    COLUMNS.read(Pattern.class, "patterns.tsv", r -> out.add(pattern(r, out.size(), codebook)));
    return out;
  }

  /** The patterns of a user's file, in the same format, ordered after the {@code first} ones loaded before. */
  static List<Pattern> read(Path file, int first, Codebook codebook) {
    List<Pattern> out = new ArrayList<>();
    COLUMNS.read(file, r -> out.add(pattern(r, first + out.size(), codebook)));
    return out;
  }

  private static Pattern pattern(Row r, int order, Codebook codebook) {
    String code = r.require("code").strip();
    if (codebook.get(code).isEmpty()) {
      throw r.error("unknown CAMEO code " + code);
    }
    return new Pattern(r.where(), order, code, words(r, "predicates"), words(r, "marker"), words(r, "objects"),
        words(r, "subjects"));
  }

  private static Set<String> words(Row r, String column) {
    return Set.copyOf(r.list(column).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }
}
