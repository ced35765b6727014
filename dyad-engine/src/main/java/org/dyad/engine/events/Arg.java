package org.dyad.engine.events;

import java.util.List;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Entity;
import org.jspecify.annotations.Nullable;

/**
 * An event's argument as the reading found it.
 *
 * @param actor the actor it resolves to
 * @param token the token that names it
 * @param entity the raw entity (a place, for visits), if one
 * @param path how it was reached from the predicate, quoted in the event's rule ("nsubj", "obl:to")
 */
record Arg(Draft.Actor actor, Token token, @Nullable Entity entity, String path) {
  static List<Arg> relabel(List<Arg> args, String prefix) {
    return args.stream().map(a -> new Arg(a.actor(), a.token(), a.entity(), prefix + a.path())).toList();
  }
}
