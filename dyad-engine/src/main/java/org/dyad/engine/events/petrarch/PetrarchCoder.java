package org.dyad.engine.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.stage.Guard;
import org.jspecify.annotations.Nullable;

/**
 * Codes sentences with a PETRARCH dictionary set over dyad's dependency parse: who did what to whom, in the
 * dictionaries' own actor and event codes. Immutable and thread-safe. The work on one sentence is a
 * {@link Pass}: the dictionaries' phrases found in it ({@link Marks}), the actors of its noun phrases
 * ({@link NounPhrases}), the verb patterns matched around each verb ({@link PatternMatch}).
 *
 * <pre>{@code
 * PetrarchCoder coder = new PetrarchCoder(DictionaryReader.readDirectory(dir));
 * List<PetrarchCoder.Coded> events = coder.code(sentences, LocalDate.of(1995, 1, 1));
 * }</pre>
 */
public final class PetrarchCoder {
  final Map<String, List<Verb>> verbs = new HashMap<>();
  final Map<String, List<Phrase<Actor>>> actors = new HashMap<>();
  final Map<String, List<Phrase<Agent>>> agents = new HashMap<>();
  private final List<Discard> discards;
  final boolean requireDyad;

  /** A dictionary phrase, indexed by its first word. */
  record Phrase<T>(List<String> words, T entry) {}

  /**
   * One coded event.
   *
   * @param source the source's actor code, with agents ("ARNGOV", "---GOV" for an agent of no known country)
   * @param target the target's
   * @param code the event code from the dictionary
   * @param start document offset of the verb
   * @param end document offset after the verb
   * @param sentenceStart document offset of the verb's sentence, the event's evidence
   * @param sentenceEnd document offset after the sentence
   * @param rule the dictionary line that gave the code
   */
  public record Coded(
      String source, String target, String code, int start, int end, int sentenceStart, int sentenceEnd,
      String rule) {}

  public PetrarchCoder(Dictionaries d) {
    this(d, true);
  }

  /**
   * @param requireDyad PETRARCH's {@code require_dyad} option: when false, an event whose target cannot be
   *     found is still coded, with the target {@code ---} ("---GOV --- 023" for "..., the official news agency
   *     said")
   */
  public PetrarchCoder(Dictionaries d, boolean requireDyad) {
    this.requireDyad = requireDyad;
    for (Verb v : d.verbs()) {
      for (String f : v.forms()) {
        verbs.computeIfAbsent(f, k -> new ArrayList<>()).add(v);
      }
    }
    for (Actor a : d.actors()) {
      for (List<String> p : a.phrases()) {
        actors.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Phrase<>(p, a));
      }
    }
    for (Agent a : d.agents()) {
      agents.computeIfAbsent(a.phrase().get(0), k -> new ArrayList<>()).add(new Phrase<>(a.phrase(), a));
    }
    this.discards = d.discards();
  }

  /** {@link #code(List, LocalDate, Guard)}, a failure in any sentence let through. */
  public List<Coded> code(List<Sentence> sentences, LocalDate date) {
    return code(sentences, date, Guard.NONE);
  }

  /**
   * The events of one document's parsed sentences, nothing when a story discard phrase stands in one of them;
   * each sentence is coded under {@code guard}, so that one that fails loses its own events only.
   */
  public List<Coded> code(List<Sentence> sentences, LocalDate date, Guard guard) {
    List<Coded> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.parsed()) {
        continue;
      }
      Discard d = discarded(s);
      if (d != null && d.story()) {
        return List.of();
      }
      if (d == null) {
        guard.run(s.start(), s.end(), () -> out.addAll(new Pass(this, s, date).code()));
      }
    }
    return out;
  }

  private @Nullable Discard discarded(Sentence s) {
    for (Discard d : discards) {
      for (int i = 0; i + d.phrase().size() <= s.size(); i++) {
        boolean all = true;
        for (int j = 0; j < d.phrase().size() && all; j++) {
          all = upper(s.token(i + j).text()).equals(d.phrase().get(j));
        }
        if (all) {
          return d;
        }
      }
    }
    return null;
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
