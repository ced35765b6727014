package org.dyad.engine.quotes;

import java.util.List;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.model.Quote;

/** Finds direct and reported speech and resolves its speakers. Stateless and thread-safe. */
public final class QuoteFinder {
  public List<Quote> find(String text, List<Sentence> sentences, Entities entities) {
    return List.of();
  }
}
