package org.dyad.engine.stage;

import java.util.Set;
import org.dyad.engine.nlp.Parser;

/**
 * The first stage, {@code nlp}: splits the text into sentences of tagged tokens and parses those some stage of
 * the pipeline asks for ({@link Analysis#needsParse}). Reports the time of the parser's own steps
 * ({@code nlp.pos}, {@code nlp.depparse} ...).
 */
public final class ParseStage implements Stage {
  private final Parser parser;

  public ParseStage(Parser parser) {
    this.parser = parser;
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
    a.put(Keys.SENTENCES, parser.parse(a.text(), a::needsParse, a::elapsed));
  }
}
