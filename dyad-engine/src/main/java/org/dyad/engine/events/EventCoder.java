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
import org.dyad.engine.events.petrarch.Dictionaries;
import org.dyad.engine.events.petrarch.PetrarchCoder;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Event;
import org.dyad.model.EventDateSource;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
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
  private final @Nullable PetrarchCoder petrarch;

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
    this(extraPatternFiles, null);
  }

  /**
   * A coder on a PETRARCH dictionary set instead of dyad's patterns and actors: events carry the dictionaries'
   * actor and event codes; a code that dyad's CAMEO codebook does not know keeps its name empty and its
   * Goldstein value and QuadClass 0.
   */
  public static EventCoder petrarch(Dictionaries dictionaries) {
    return new EventCoder(List.of(), new PetrarchCoder(dictionaries));
  }

  /** {@link #petrarch(Dictionaries)} with PETRARCH's {@code require_dyad} option set. */
  public static EventCoder petrarch(Dictionaries dictionaries, boolean requireDyad) {
    return new EventCoder(List.of(), new PetrarchCoder(dictionaries, requireDyad));
  }

  private EventCoder(List<Path> extraPatternFiles, @Nullable PetrarchCoder petrarch) {
    this.petrarch = petrarch;
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
    if (petrarch != null) {
      return Merger.merge(petrarchDrafts(text, documentDate, sentences), documentDate);
    }
    Reading r = new Reading(this, text, documentDate, entities, timexes, quotes);
    for (Sentence s : sentences) {
      if (s.parsed()) {
        r.read(s, isTitle(text, s, title));
      }
    }
    return Merger.merge(r.drafts(), documentDate);
  }

  private List<Draft> petrarchDrafts(String text, LocalDate documentDate, List<Sentence> sentences) {
    List<Draft> drafts = new ArrayList<>();
    for (PetrarchCoder.Coded c : petrarch.code(sentences, documentDate)) {
      CameoCode code = codebook.get(c.code()).orElse(new CameoCode(c.code(), "", 0, 0, null, null));
      Mention verb = Mention.of(text, c.start(), c.end());
      drafts.add(new Draft(code, verb.text().toLowerCase(Locale.ROOT), actor(c.source()), actor(c.target()),
          documentDate.toString(), EventDateSource.DOCUMENT, null, List.of(Modality.ASSERTED), false, verb,
          Mention.of(text, c.sentenceStart(), c.sentenceEnd()), c.rule(), false));
    }
    return drafts;
  }

  private static Draft.Actor actor(String code) {
    return new Draft.Actor(code, null, code, null);
  }

  private static boolean isTitle(String text, Sentence s, @Nullable String title) {
    return title != null && text.substring(s.start(), s.end()).strip().equals(title.strip());
  }
}
