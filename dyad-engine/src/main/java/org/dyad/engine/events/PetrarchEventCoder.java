package org.dyad.engine.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.events.petrarch.Dictionaries;
import org.dyad.engine.events.petrarch.PetrarchCoder;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.model.EventDateSource;
import org.dyad.model.Mention;
import org.dyad.model.Modality;

/**
 * The PETRARCH coder as the events stage: the events a PETRARCH dictionary set codes over the sentences
 * ({@link PetrarchCoder}), as dyad's events: CAMEO names and values from dyad's codebook where it has the code,
 * the document's date, asserted, the verb as mention and its sentence as evidence, merged as dyad merges.
 */
final class PetrarchEventCoder implements EventCoder {
  private final Dictionaries dictionaries;
  private final PetrarchCoder petrarch;
  private final Codebook codebook = Codebook.standard();

  PetrarchEventCoder(Dictionaries dictionaries, boolean requireDyad) {
    this.dictionaries = dictionaries;
    this.petrarch = new PetrarchCoder(dictionaries, requireDyad);
  }

  @Override
  public EventCoder withOneSidedEvents() {
    return new PetrarchEventCoder(dictionaries, false);
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.SENTENCES);
  }

  @Override
  public void process(Analysis a) {
    String text = a.text();
    LocalDate date = a.document().date();
    List<Draft> drafts = new ArrayList<>();
    for (PetrarchCoder.Coded c : petrarch.code(a.get(Keys.SENTENCES), date, a.guard())) {
      CameoCode code = codebook.get(c.code()).orElse(new CameoCode(c.code(), "", 0, 0, null, null));
      Mention verb = Mention.of(text, c.start(), c.end());
      drafts.add(new Draft(code, verb.text().toLowerCase(Locale.ROOT), actor(c.source()), actor(c.target()),
          date.toString(), EventDateSource.DOCUMENT, null, List.of(Modality.ASSERTED), false, verb,
          Mention.of(text, c.sentenceStart(), c.sentenceEnd()), c.rule(), false, null));
    }
    a.put(Keys.EVENTS, Merger.merge(drafts, date));
  }

  private static Draft.Actor actor(String code) {
    return new Draft.Actor(code, null, code, null);
  }
}
