package org.dyad.engine.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.resources.Row;
import org.dyad.engine.resources.Tsv;

/**
 * What code a predicate can get: the patterns of dyad ({@code patterns.tsv}), a user's, and those converted from
 * PETRARCH's dictionary ({@code petrarch-patterns.tsv}), indexed by predicate lemma; the senses that are no
 * events ({@code senses.tsv}); the codes of announced acts ({@code announcements.tsv}). Immutable once built.
 */
final class Lexicon {
  /** The columns of a pattern file. */
  static final Tsv COLUMNS = Tsv.of("code", "predicates", "marker", "objects", "subjects", "comment");

  private final List<Pattern> all;
  private final Map<String, List<Pattern>> byLemma;
  private final Set<String> eventNouns;
  private final Senses senses;
  private final Announcements announcements;

  private Lexicon(List<Pattern> all, Senses senses, Announcements announcements) {
    this.all = List.copyOf(all);
    this.senses = senses;
    this.announcements = announcements;
    Map<String, List<Pattern>> index = new HashMap<>();
    Set<String> nouns = new HashSet<>();
    for (Pattern p : all) {
      p.predicates().forEach((lemma, pos) -> {
        index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
        if ((pos == Pattern.Pos.NOUN || pos == Pattern.Pos.ANY) && !p.codesNothing()) {
          nouns.add(lemma);
        }
      });
    }
    index.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(Pattern::tier)
        .thenComparing(Comparator.comparingInt(Pattern::specificity).reversed())
        .thenComparingInt(Pattern::order)).toList());
    this.byLemma = Map.copyOf(index);
    this.eventNouns = Set.copyOf(nouns);
  }

  /**
   * dyad's lexicon and a user's pattern files: these stand with dyad's own patterns, after them, and before the
   * patterns converted from PETRARCH.
   */
  static Lexicon load(Codebook codebook, List<Path> userFiles) {
    WordSets sets = new WordSets();
    List<Pattern> all = new ArrayList<>();
    COLUMNS.read(Lexicon.class, "patterns.tsv", r -> add(all, r, 0, sets, codebook));
    for (Path f : userFiles) {
      COLUMNS.read(f, r -> add(all, r, 0, sets, codebook));
    }
    COLUMNS.read(Lexicon.class, "petrarch-patterns.tsv", r -> add(all, r, 1, sets, codebook));
    return new Lexicon(all, Senses.load(sets), Announcements.load(codebook));
  }

  private static void add(List<Pattern> all, Row r, int tier, WordSets sets, Codebook codebook) {
    List<String> cells = List.of(r.get("code"), r.get("predicates"), r.get("marker"), r.get("objects"),
        r.get("subjects"));
    Pattern p = Pattern.parse(r.where(), all.size(), tier, cells, sets, codebook);
    if (p != null) {
      all.add(p);
    }
  }

  /** The patterns whose predicate is {@code lemma}: dyad's and the user's first, then by specificity, then in order. */
  List<Pattern> patterns(String lemma) {
    return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Every pattern loaded, in order. */
  List<Pattern> all() {
    return all;
  }

  /** Whether some pattern takes {@code lemma} as an event noun: such nouns are events, not actors. */
  boolean isEventNoun(String lemma) {
    return eventNouns.contains(lemma.toLowerCase(Locale.ROOT));
  }

  Senses senses() {
    return senses;
  }

  Announcements announcements() {
    return announcements;
  }
}
