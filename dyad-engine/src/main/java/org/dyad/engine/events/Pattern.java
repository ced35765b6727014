package org.dyad.engine.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /** The patterns shipped with dyad ({@code patterns.tsv}). */
  static List<Pattern> standard(Codebook codebook) {
    try (InputStream in = Pattern.class.getResourceAsStream("patterns.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource patterns.tsv");
      }
      return parse("patterns.tsv", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines().toList(), 0, codebook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The patterns of a user's file, in the same format, ordered after the {@code first} ones loaded before. */
  static List<Pattern> read(Path file, int first, Codebook codebook) {
    try {
      return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8), first,
          codebook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Pattern> parse(String name, List<String> lines, int first, Codebook codebook) {
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      String where = name + ":" + (i + 1);
      if (f.length < 5) {
        throw new IllegalArgumentException(where + ": expected code, predicates, marker, objects, subjects");
      }
      codebook.get(f[0].strip()).orElseThrow(() -> new IllegalArgumentException(where + ": unknown CAMEO code"));
      out.add(new Pattern(where, first + out.size(), f[0].strip(), words(f[1]), words(f[2]), words(f[3]),
          words(f[4])));
    }
    return out;
  }

  private static Set<String> words(String column) {
    String c = column.strip().toLowerCase(Locale.ROOT);
    return c.equals("-") || c.isEmpty() ? Set.of()
        : Set.copyOf(Arrays.stream(c.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
  }
}
