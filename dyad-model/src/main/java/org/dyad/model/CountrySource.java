package org.dyad.model;

/** Where an entity's country came from: what the text says, what a dictionary knows, or an inference. */
public enum CountrySource {
  /** The text names it with the actor: a country, nationality or capital in its name, title or apposition. */
  TEXT,
  /** A dictionary of people or organisations knows the actor ("Vladimir Putin", "Xinhua"). */
  DICTIONARY,
  /** Inferred: a domestic office with no country takes the country of the story's dateline. */
  DATELINE,
  /** Inferred: a domestic office with no country takes the country the story is mostly about. */
  DOMINANT
}
