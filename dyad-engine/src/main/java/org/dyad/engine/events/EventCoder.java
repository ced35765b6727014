package org.dyad.engine.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Timex;
import org.jspecify.annotations.Nullable;

/**
 * Codes the political events of a document in CAMEO: predicate, source, target, modality, date, place,
 * evidence. Immutable and thread-safe once built; per-document state lives in a {@link Reading}.
 *
 * <pre>{@code
 * EventCoder coder = new EventCoder(List.of(Path.of("my-patterns.tsv")));
 * List<Event> events = coder.code(text, title, date, sentences, entities, timexes, quotes);
 * }</pre>
 */
public final class EventCoder {
  private final Codebook codebook;
  private final Map<String, List<Pattern>> byLemma;

  /** A coder on dyad's own patterns. */
  public EventCoder() {
    this(List.of());
  }

  /**
   * A coder on dyad's patterns plus the user's pattern files (same format as {@code patterns.tsv}); a
   * user's pattern wins over dyad's of the same specificity only by standing earlier, so user files add
   * predicates rather than override them.
   */
  public EventCoder(List<Path> extraPatternFiles) {
    this.codebook = Codebook.standard();
    List<Pattern> all = new ArrayList<>(Pattern.standard(codebook));
    for (Path p : extraPatternFiles) {
      all.addAll(Pattern.read(p, all.size(), codebook));
    }
    Map<String, List<Pattern>> index = new HashMap<>();
    for (Pattern p : all) {
      for (String lemma : p.predicates()) {
        index.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
      }
    }
    index.replaceAll((k, v) -> v.stream()
        .sorted(Comparator.comparingInt(Pattern::specificity).reversed().thenComparingInt(Pattern::order))
        .toList());
    this.byLemma = Map.copyOf(index);
  }

  /** The patterns whose predicate is {@code lemma}, most specific first. */
  List<Pattern> patterns(String lemma) {
    return byLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Whether some pattern names {@code lemma} as a predicate: such nouns are events, not actors. */
  boolean isPredicate(String lemma) {
    return byLemma.containsKey(lemma.toLowerCase(Locale.ROOT));
  }

  Codebook codebook() {
    return codebook;
  }

  /**
   * Every event of one document, merged so that each real event appears once with all its mentions, with
   * ids {@code V1}, {@code V2} ... in order of first mention.
   *
   * @param title the document's title, when known: events of a headline merge with their later mentions
   */
  public List<Event> code(String text, @Nullable String title, LocalDate documentDate, List<Sentence> sentences,
      Entities entities, List<Timex> timexes, List<Quote> quotes) {
    Reading r = new Reading(this, text, documentDate, entities, timexes, quotes);
    for (Sentence s : sentences) {
      if (s.parsed()) {
        r.read(s, isTitle(text, s, title));
      }
    }
    return Merger.merge(r.drafts(), documentDate);
  }

  private static boolean isTitle(String text, Sentence s, @Nullable String title) {
    return title != null && text.substring(s.start(), s.end()).strip().equals(title.strip());
  }
}
