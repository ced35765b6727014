package org.dyad.engine.events.petrarch;

import java.util.List;

/**
 * A PETRARCH dictionary set as read: verbs (each pointing at its block of patterns), actors, agents, discards,
 * and the lines that could not be read.
 */
public record Dictionaries(
    List<Verb> verbs, List<Actor> actors, List<Agent> agents, List<Discard> discards, List<Problem> problems) {
  public Dictionaries {
    verbs = List.copyOf(verbs);
    actors = List.copyOf(actors);
    agents = List.copyOf(agents);
    discards = List.copyOf(discards);
    problems = List.copyOf(problems);
  }
}
