package org.dyad.engine.time;

import java.time.LocalDate;
import java.util.List;
import org.dyad.engine.nlp.Sentence;
import org.dyad.model.Timex;

/** Finds time expressions and normalises them against the document date. Stateless and thread-safe. */
public final class TimeTagger {
  public List<Timex> tag(String text, LocalDate anchor, List<Sentence> sentences) {
    return List.of();
  }
}
