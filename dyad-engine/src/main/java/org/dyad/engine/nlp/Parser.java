package org.dyad.engine.nlp;

import java.util.List;
import java.util.function.ObjLongConsumer;

/** Splits a text into sentences of tagged, lemmatised, NER-tagged and dependency-parsed tokens. Thread-safe. */
public interface Parser {
  List<Sentence> parse(String text);

  /**
   * {@link #parse(String)}, handing the nanoseconds each of its steps takes to {@code elapsed}, by name
   * ({@code nlp.pos}, {@code nlp.ner} ...); parsers that cannot tell their steps apart report none.
   */
  default List<Sentence> parse(String text, ObjLongConsumer<String> elapsed) {
    return parse(text);
  }
}
