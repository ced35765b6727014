package org.dyad.engine.events;

import java.util.List;
import org.dyad.model.EventActor;
import org.dyad.model.EventDateSource;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Place;
import org.jspecify.annotations.Nullable;

/**
 * One mention of an event, before mentions of the same event are merged.
 *
 * @param lemma the predicate's lemma: mentions with different predicates merge only within the consult
 *     family (04) or from a headline
 * @param headline whether the mention stands in the document's title
 * @param act the code of the act announced or refused, when the code is that of its announcement or refusal
 *     ({@code Event#act})
 */
record Draft(
    CameoCode code,
    String lemma,
    Actor source,
    @Nullable Actor target,
    String date,
    EventDateSource dateSource,
    @Nullable Place place,
    List<Modality> modality,
    boolean historical,
    Mention mention,
    Mention evidence,
    String rule,
    boolean headline,
    @Nullable String act) {
  Draft {
    modality = List.copyOf(modality);
  }

  /** This event mentioned again at {@code again}, found by {@code how}: same actors, date and modality. */
  Draft mentionedAgain(Mention again, String how) {
    return new Draft(code, lemma, source, target, date, dateSource, place, modality, historical, again, evidence, how,
        false, act);
  }

  /**
   * An event's participant as the coder resolved it.
   *
   * @param key what makes two actors the same: the entity id, else the actor code
   */
  record Actor(String key, @Nullable String entity, @Nullable String actor, @Nullable String country) {
    EventActor toModel() {
      return new EventActor(entity, actor, country);
    }
  }
}
