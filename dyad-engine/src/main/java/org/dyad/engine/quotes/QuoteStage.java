package org.dyad.engine.quotes;

import java.util.Set;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.Stage;

/**
 * The {@code quotes} stage: direct quotes and reported speech with their speakers ({@link QuoteFinder}), each
 * sentence's attributions found under the stage's guard. Asks for the parse of every sentence that may hold
 * speech.
 */
public final class QuoteStage implements Stage {
  private final QuoteFinder finder = new QuoteFinder();

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SENTENCES, Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.QUOTES);
  }

  @Override
  public boolean needsParse(Sentence s) {
    return finder.mayHoldSpeech(s);
  }

  @Override
  public void process(Analysis a) {
    a.put(Keys.QUOTES, finder.find(a.text(), a.get(Keys.SENTENCES), new Entities(a.get(Keys.ENTITIES)),
        a.guard()));
  }
}
