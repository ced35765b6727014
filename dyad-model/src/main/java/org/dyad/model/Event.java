package org.dyad.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A coded political event: who did what to whom, when and where, with its evidence.
 *
 * <p>What an event means for counting is decided here, not by whoever stores or counts it: whether it
 * {@link #happened()}, the {@link #day} it is counted on, whether it stands in the article's {@link #inLead lead}.
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
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n[ \\t]+");

  public Event {
    modality = List.copyOf(modality);
    mentions = List.copyOf(mentions);
  }

  /**
   * Whether the event counts as one that took place: neither negated, hypothetical nor planned. A planned event
   * ("Nakasone will visit Washington") has not happened yet; counted on its future date it would stand in a
   * timeline once per article that announces it, before the event itself. An announced coercive act is coded as
   * the threat it is when it is said (by the event coder), and that threat counts.
   */
  public boolean happened() {
    return !modality.contains(Modality.NEGATED) && !modality.contains(Modality.HYPOTHETICAL)
        && !modality.contains(Modality.PLANNED);
  }

  /**
   * The day the event is counted on: its own {@link #date} when that is a day; for an ISO week ("last week",
   * {@code 1987-W13}), a month or a year, the document's date when it falls inside it, else the first day of
   * it (a week's Monday); otherwise (an unknown date, {@code PAST_REF}) the document's date.
   *
   * @param documentDate the anchor date of the event's document
   */
  public LocalDate day(LocalDate documentDate) {
    try {
      Matcher m = DAY.matcher(date);
      if (m.lookingAt()) {
        return LocalDate.parse(m.group());
      }
      m = WEEK.matcher(date);
      if (m.lookingAt()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(ChronoField.DAY_OF_WEEK, 1);
        return !documentDate.isBefore(monday) && documentDate.isBefore(monday.plusDays(7)) ? documentDate : monday;
      }
      m = MONTH.matcher(date);
      if (m.matches()) {
        LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return first.equals(documentDate.withDayOfMonth(1)) ? documentDate : first;
      }
      m = YEAR.matcher(date);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        return year == documentDate.getYear() ? documentDate : LocalDate.of(year, 1, 1);
      }
    } catch (DateTimeException e) {
      return documentDate;
    }
    return documentDate;
  }

  /**
   * Whether the event's evidence lies in the lead of {@code text}, its document's text: the first paragraph of
   * at least 80 characters (a title and a dateline standing alone are skipped). Paragraphs end at a blank line or
   * at a line indented by white space.
   */
  public boolean inLead(String text) {
    int from = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    while (m.find()) {
      if (text.substring(from, m.start()).strip().length() >= 80) {
        return evidence.start() < m.start();
      }
      from = m.end();
    }
    return true;
  }

  /** This event at another place (the same place geocoded). */
  public Event withPlace(@Nullable Place other) {
    return new Event(id, code, root, name, plover, ploverMode, goldstein, quadClass, source, target, date,
        dateSource, other, modality, historical, mentions, evidence, rule, act);
  }
}
