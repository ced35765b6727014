package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.List;
import org.dyad.engine.nlp.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Groups mentions into entities and gives each a canonical name, type, country (and where it came from), role
 * and actor code. Immutable after construction and thread-safe: all per-document state lives in a {@link Run}.
 */
public final class ActorResolver {
  private final Dictionary dictionary;
  private final Succession succession = Succession.standard();

  public ActorResolver(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The entities of one document, in order of first mention; {@code date}, the document's, decides which state
   * a capital spoke for ("Moscow" in 1987 is the Soviet Union) and which office a known person held.
   */
  public Entities resolve(String text, List<Sentence> sentences, LocalDate date) {
    return resolve(text, null, sentences, date, null);
  }

  /**
   * {@link #resolve(String, List, LocalDate)} for a story with a headline and a dateline ("BRASILIA, March 3")
   * that the input gives apart from its text: a domestic office the text gives no country ("Finance Minister
   * Dilson Funaro") takes the dateline's, else that of the country the story and its headline name most.
   */
  public Entities resolve(String text, @Nullable String title, List<Sentence> sentences, LocalDate date,
      @Nullable String dateline) {
    return resolve(text, title, sentences, date, dateline, null);
  }

  /**
   * {@link #resolve(String, String, List, LocalDate, String)} for a story whose outlet is known ("Kyodo", "Prothom
   * Alo (Bangladesh)"): with no dateline, an unmarked domestic office is of the outlet's country when the story
   * names that country.
   */
  public Entities resolve(String text, @Nullable String title, List<Sentence> sentences, LocalDate date,
      @Nullable String dateline, @Nullable String outlet) {
    return new Run(text, title, sentences, date, dateline, outlet, dictionary, succession).resolve();
  }
}
