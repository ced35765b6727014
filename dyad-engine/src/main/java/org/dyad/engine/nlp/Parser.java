package org.dyad.engine.nlp;

import java.util.List;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;

/** Splits a text into sentences of tagged, lemmatised, NER-tagged and dependency-parsed tokens. Thread-safe. */
public interface Parser {
  /**
   * The sentences of {@code text}, the dependency parse run only on those {@code parse} accepts (asked of each
   * sentence as the taggers left it, without heads); the others come out with {@link Sentence#parsed()} false.
   * The nanoseconds each step takes go to {@code elapsed}, by name ({@code nlp.pos}, {@code nlp.depparse} ...);
   * a parser that cannot tell its steps apart reports none.
   */
  List<Sentence> parse(String text, Predicate<Sentence> parse, ObjLongConsumer<String> elapsed);

  /** The sentences of {@code text}, every one parsed. */
  default List<Sentence> parse(String text) {
    return parse(text, s -> true, (step, nanos) -> {});
  }
}
