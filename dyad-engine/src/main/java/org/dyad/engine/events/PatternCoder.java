package org.dyad.engine.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Guard;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.model.Event;
import org.jspecify.annotations.Nullable;

/**
 * dyad's event coder: CAMEO codes from the verb and event-noun patterns of its {@link Lexicon} (dyad's, the
 * user's and those converted from PETRARCH), their arguments read as dyad's actors, with modality, date, place and evidence. Per-document state
 * lives in a {@link Reading}; a sentence that fails loses its own events only. Events are read with one side as
 * well (they merge with the dyads told of the same act), and kept only when the coder was asked for them
 * ({@link #withOneSidedEvents()}).
 */
final class PatternCoder implements EventCoder {
  private static final Set<String> DEFINITE = Words.set("definite_det");

  private final Codebook codebook;
  private final Lexicon lexicon;
  private final boolean oneSided;

  PatternCoder(List<Path> extraPatternFiles) {
    this(Codebook.standard(), extraPatternFiles);
  }

  private PatternCoder(Codebook codebook, List<Path> extraPatternFiles) {
    this(codebook, Lexicon.load(codebook, extraPatternFiles), false);
  }

  private PatternCoder(Codebook codebook, Lexicon lexicon, boolean oneSided) {
    this.codebook = codebook;
    this.lexicon = lexicon;
    this.oneSided = oneSided;
  }

  @Override
  public EventCoder withOneSidedEvents() {
    return new PatternCoder(codebook, lexicon, true);
  }

  /** The patterns, senses and announcements that give a predicate its code. */
  Lexicon lexicon() {
    return lexicon;
  }

  /** Whether some pattern takes {@code lemma} as an event noun: such nouns are events, not actors. */
  boolean isPredicate(String lemma) {
    return lexicon.isEventNoun(lemma);
  }

  Codebook codebook() {
    return codebook;
  }

  /**
   * The parse of a sentence that may name an actor, or that names an event told before by a definite noun
   * ("The attack killed 20 people"), which becomes one more mention of it.
   */
  @Override
  public boolean needsParse(Sentence s) {
    return EventCoder.super.needsParse(s) || s.hasVerb() && namesEventAgain(s);
  }

  private boolean namesEventAgain(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isNoun() && DEFINITE.contains(tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT))
          && isPredicate(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SENTENCES, Keys.ENTITIES, Keys.TIMEXES, Keys.QUOTES);
  }

  @Override
  public void process(Analysis a) {
    String text = a.text();
    LocalDate date = a.document().date();
    String title = a.document().title();
    Reading r = new Reading(this, text, date, new Entities(a.get(Keys.ENTITIES)), a.get(Keys.TIMEXES),
        a.get(Keys.QUOTES));
    Guard guard = a.guard();
    for (Sentence s : a.get(Keys.SENTENCES)) {
      if (s.parsed()) {
        guard.run(s.start(), s.end(), () -> r.read(s, isTitle(text, s, title)));
      }
    }
    List<Event> events = Merger.merge(r.drafts(), date);
    a.put(Keys.EVENTS, oneSided ? events : events.stream().filter(e -> e.target() != null).toList());
  }

  private static boolean isTitle(String text, Sentence s, @Nullable String title) {
    return title != null && text.substring(s.start(), s.end()).strip().equals(title.strip());
  }
}
