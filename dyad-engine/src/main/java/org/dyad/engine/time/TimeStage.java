package org.dyad.engine.time;

import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.Stage;

/**
 * The {@code time} stage: the document's time expressions ({@link TimeTagger}), anchored on its date. Asks for
 * the parse of a sentence with a verb and a date whose direction the tense decides.
 */
public final class TimeStage implements Stage {
  private final TimeTagger tagger = new TimeTagger();

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SENTENCES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.TIMEXES);
  }

  @Override
  public boolean needsParse(Sentence s) {
    return s.hasVerb() && tagger.mayNeedTense(s);
  }

  @Override
  public void process(Analysis a) {
    a.put(Keys.TIMEXES, tagger.tag(a.text(), a.document().date(), a.get(Keys.SENTENCES)));
  }
}
