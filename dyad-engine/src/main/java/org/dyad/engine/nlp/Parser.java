package org.dyad.engine.nlp;

import java.util.List;

/** Splits a text into sentences of tagged, lemmatised, NER-tagged and dependency-parsed tokens. Thread-safe. */
public interface Parser {
  List<Sentence> parse(String text);
}
