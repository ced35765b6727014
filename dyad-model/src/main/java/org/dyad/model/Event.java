package org.dyad.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A coded political event: who did what to whom, when and where, with its evidence.
 *
 * @param id document-local id, {@code V1}, {@code V2} ...
 * @param code the CAMEO event code ("042")
 * @param root the CAMEO root code ("04")
 * @param name the CAMEO name of the code ("Make a visit")
 * @param plover the PLOVER event type ("CONSULT"), {@code null} where PLOVER codes no event (most 01x
 *     statements)
 * @param ploverMode the PLOVER mode that the Open Event Data Alliance's CAMEO -> PLOVER table gives the code
 *     ("visit", "restrict"), {@code null} where it gives none
 * @param goldstein the Goldstein value of the code, -10 to +10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0
 *     (with Goldstein 0 and an empty name) for a code that dyad's CAMEO codebook does not hold, which only a
 *     user's PETRARCH dictionary can produce
 * @param date the event's date, TIMEX3 style ("2023-12-10", "2023-03")
 * @param historical background or history ("disputes that have dominated relations for decades"), not news
 * @param mentions every place the document names this same event
 * @param evidence the clause that the code was read from
 * @param rule the pattern or rule that produced the code, so that a user can see why
 * @param act for an act announced for later and coded as CAMEO codes its announcement (an intent, 03x, or a
 *     threat, 13x: "Finland will give Tanzania a grant" is 0331), or refused and coded as its rejection (12x:
 *     "refused to lift the curfew" is 1241), the code of the act itself ("071", "0813"), which has not
 *     happened; {@code null} for every other event
 */
public record Event(
    String id,
    String code,
    String root,
    String name,
    @Nullable String plover,
    @Nullable String ploverMode,
    double goldstein,
    int quadClass,
    EventActor source,
    @Nullable EventActor target,
    String date,
    EventDateSource dateSource,
    @Nullable Place place,
    List<Modality> modality,
    boolean historical,
    List<Mention> mentions,
    Mention evidence,
    String rule,
    @Nullable String act) {
  public Event {
    modality = List.copyOf(modality);
    mentions = List.copyOf(mentions);
  }

  /** This event at another place (the same place geocoded). */
  public Event withPlace(@Nullable Place other) {
    return new Event(id, code, root, name, plover, ploverMode, goldstein, quadClass, source, target, date,
        dateSource, other, modality, historical, mentions, evidence, rule, act);
  }
}
