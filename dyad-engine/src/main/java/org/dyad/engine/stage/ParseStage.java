package org.dyad.engine.stage;

import java.util.Set;
import org.dyad.engine.nlp.Parser;

/**
 * The first stage, {@code nlp}: splits the text into sentences of tagged tokens and parses those some stage of
 * the pipeline asks for ({@link Analysis#needsParse}) and that are no longer than the limit; a longer one stays
 * unparsed, with a problem over it, and so do the sentences after the document ran over its time budget
 * ({@link Analysis#overBudget}). Reports the time of the parser's own steps ({@code nlp.pos},
 * {@code nlp.depparse} ...).
 */
public final class ParseStage implements Stage {
  private final Parser parser;
  private final int maxTokens;

  /**
   * @param maxTokens the longest sentence parsed, in tokens: what a stage does with a sentence often grows faster
   *     than its length, and a run of thousands of tokens without a full stop is no sentence of news
   */
  public ParseStage(Parser parser, int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("a sentence limit is at least 1 token, not " + maxTokens);
    }
    this.parser = parser;
    this.maxTokens = maxTokens;
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.SENTENCES);
  }

  @Override
  public void process(Analysis a) {
    boolean[] told = {false};
    a.put(Keys.SENTENCES, parser.parse(a.text(), s -> {
      if (!a.needsParse(s)) {
        return false;
      }
      if (a.overBudget()) {
        if (!told[0]) {
          told[0] = true;
          a.problem(s.start(), a.text().length(), "the document is over its time budget: the sentences from here"
              + " on are not parsed");
        }
        return false;
      }
      if (s.size() > maxTokens) {
        a.problem(s.start(), s.end(), "a sentence of " + s.size() + " tokens, over the limit of " + maxTokens
            + ", is not parsed: its tokens are kept, its clauses are not read");
        return false;
      }
      return true;
    }, a::elapsed));
  }
}
