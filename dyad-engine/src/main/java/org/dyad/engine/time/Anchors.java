package org.dyad.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.engine.time.Grammar.Found;
import org.dyad.engine.time.Grammar.Reference;
import org.dyad.engine.time.TimeTagger.Candidate;
import org.dyad.model.Mention;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * The second pass over a text's time expressions: those that count from another time of the text get their
 * value from it, and keep it as their anchor.
 *
 * <p>Two kinds. In earnings copy, "a year earlier", "the year-ago period" and "the quarter" take the quarter
 * last named (within {@value #REFERENCE_REACH} characters), and "the full year" takes that quarter's year;
 * else they keep the value counted from the document date; once the copy turns to "the nine months" (or six), they compare years again. In a
 * narrative, "the next day", "two days later", "the following month", "that year" and "that time" count from
 * the nearest earlier time expression that names a date or a period, or that leads to one (within {@value
 * #NARRATIVE_REACH} characters); a duration ("two days" of "two days later") keeps its value and gets the
 * date it leads to as {@code pointsTo}. "Two days after X" and "the day before X" count from X, so
 * only from a date named there ("two days after Oct. 12", "the day before Monday's vote"): the time the
 * narrative is at need not be X's; a date set off right before restates it ("Nov. 3, the day before X").
 * A relative expression whose nearest earlier time is missing, out of reach, unresolved or too coarse (a day
 * counted from a year) stays unresolved, with {@code X} for what it cannot know ("that same day" after "last
 * October" is {@code 1998-10-XX}): never the document date, which is what a reader would wrongly assume. A
 * clock time of no named day ("at 3 p.m.") is on the day the text is at, else on the document's.
 */
final class Anchors {
  private Anchors() {}

  /** How far (in characters) a named quarter stays the reference of "a year earlier". */
  static final int REFERENCE_REACH = 1500;
  /** How far back (in characters) the time a narrative is at may be named. */
  static final int NARRATIVE_REACH = 1000;

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  /** The months of the year so far, as earnings copy names them after the quarter ("the first nine months"). */
  private static final Pattern MONTHS_SO_FAR = Pattern.compile("(?i)the\\s+(?:\\w+\\s+)?(?:six|nine|6|9)\\s+months");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(?:T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d\\d)(?:-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d\\d)");
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})(?:-(?:H[12]|SP|SU|FA|WI))?");
  /** What may stand between "two days" (of "two days after") and the date it counts from. */
  private static final Pattern OBJECT_GAP = Pattern.compile("\\s+(?:(?:after|before)\\s+)?(?:the\\s+)?",
      Pattern.CASE_INSENSITIVE);
  private static final int OBJECT_REACH = 16;

  /**
   * A count of calendar units from the time the text is at.
   *
   * @param unit {@code day week weekend month quarter year decade century}; {@code day-at}, the day the text
   *     is at, counted from the nearest named day rather than from a coarser time named since ("ending the
   *     day"); {@code clock}, a time of day
   *     ({@code part} {@code 15:00}) on the anchor's day; {@code weekday}, with the ISO day number as the
   *     count ("the following Friday" +5, "the previous Friday" -5); or {@code time}: the anchor's own value
   *     ("that time"), which may be a stretch of time
   * @param count how many units later (negative: earlier); 0 for the anchor's own unit ("that year")
   * @param part a part of the day ({@code MO}), for "the next morning"
   * @param object whether it counts from what follows ("two days after Oct. 12", "a day after the vote"):
   *     then only a date named right there is safe to count from, never the time the narrative is at
   */
  record Relative(String unit, int count, @Nullable String part, boolean object) {
    /** The value when nothing is known to count from: {@code X} wherever the unit leaves it. */
    String unresolved() {
      return switch (unit) {
        case "week" -> "XXXX-WXX";
        case "weekend" -> "XXXX-WXX-WE";
        case "month" -> "XXXX-XX";
        case "quarter" -> "XXXX-QX";
        case "year" -> "XXXX";
        case "decade" -> "XXX";
        case "century" -> "XX";
        default -> "XXXX-XX-XX" + (part == null ? "" : "T" + part);
      };
    }

    /**
     * The value of "that day" or "that same week" within a coarser {@code anchor}: what the anchor knows, {@code X}
     * for the rest ("that same day" after "last October": {@code 1998-10-XX}); null when it knows nothing.
     */
    @Nullable String within(String anchor) {
      if (count != 0) {
        return null;
      }
      Matcher m = MONTH.matcher(anchor);
      String month = m.matches() ? anchor : null;
      int y = year(anchor);
      if (y < 0) {
        return null;
      }
      String year = Calendar.year(y);
      return switch (unit) {
        case "day", "day-at" -> (month != null ? month : year + "-XX") + "-XX" + (part == null ? "" : "T" + part);
        case "week", "weekend" -> year + "-WXX" + (unit.equals("weekend") ? "-WE" : "");
        case "month" -> year + "-XX";
        case "quarter" -> year + "-QX";
        default -> null;
      };
    }

    /** The value counted from {@code anchor}'s value, or null when the anchor is too coarse for the unit. */
    @Nullable String from(String anchor) {
      if (unit.equals("time")) {
        return anchor;
      }
      Matcher d = DAY.matcher(anchor);
      LocalDate day = d.matches() ? Grammar.date(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
          Integer.parseInt(d.group(3))) : null;
      Matcher w = WEEK.matcher(anchor);
      LocalDate monday = w.matches() ? LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(ChronoField.DAY_OF_WEEK, 1)
          : null;
      Matcher m = MONTH.matcher(anchor);
      YearMonth month = day != null ? YearMonth.from(day)
          : m.matches() ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
      Matcher q = QUARTER.matcher(anchor);
      return switch (unit) {
        case "day", "day-at", "clock" -> day == null ? null : Calendar.day(day.plusDays(count)) + (part == null ? "" : "T" + part);
        case "weekday" -> day == null ? null : Calendar.day(day.with(count > 0
            ? TemporalAdjusters.next(DayOfWeek.of(count)) : TemporalAdjusters.previous(DayOfWeek.of(-count))));
        case "week", "weekend" -> {
          LocalDate at = day != null ? day : monday;
          yield at == null ? null : Calendar.week(at.plusWeeks(count)) + (unit.equals("weekend") ? "-WE" : "");
        }
        case "month" -> {
          YearMonth x = month == null ? null : month.plusMonths(count);
          yield x == null ? null : Calendar.month(x.getYear(), x.getMonthValue());
        }
        case "quarter" -> {
          int index = month != null ? month.getYear() * 4 + (month.getMonthValue() - 1) / 3
              : q.matches() ? Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1 : -1;
          yield index < 0 ? null : Calendar.quarter(Math.floorDiv(index + count, 4), Math.floorMod(index + count, 4) + 1);
        }
        case "year", "decade", "century" -> {
          int y = monday != null ? monday.plusDays(3).getYear() : year(anchor);
          yield y < 0 ? null : unit.equals("year") ? Calendar.year(y + count)
              : unit.equals("decade") ? Integer.toString(Math.floorDiv(y, 10) + count)
              : String.format(Locale.ROOT, "%02d", Math.floorDiv(y, 100) + count);
        }
        default -> null;
      };
    }

    private static int year(String value) {
      Matcher y = YEAR_FIRST.matcher(value);
      if (y.matches() || DAY.matcher(value).matches() || MONTH.matcher(value).matches()
          || QUARTER.matcher(value).matches()) {
        return Integer.parseInt(value.substring(0, 4));
      }
      return -1;
    }
  }

  /** The timexes of {@code kept} (in text order, not overlapping), each with its reference resolved. */
  static List<Timex> resolve(String text, List<Candidate> kept) {
    List<Timex> out = new ArrayList<>(kept.size());
    @Nullable Timex quarter = null;
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      Found f = c.found();
      String value = f.value();
      Timex anchor = null;
      if (f.reference() != Reference.NONE && quarter != null && c.start() - quarter.start() < REFERENCE_REACH) {
        Matcher q = QUARTER.matcher(quarter.value());
        q.matches();
        value = switch (f.reference()) {
          case SAME_PERIOD -> quarter.value();
          case QUARTER_OF_YEAR -> f.value() + "-Q" + q.group(2);
          case YEAR_OF_QUARTER -> q.group(1);
          default -> Calendar.quarter(Integer.parseInt(q.group(1)) - 1, Integer.parseInt(q.group(2)));
        };
        anchor = quarter;
      }
      Anchors.Relative r = f.relative();
      String pointsTo = null;
      if (r != null) {
        Timex apposed = r.object() ? apposed(text, out, c.start()) : null;
        anchor = apposed != null ? apposed
            : r.object() ? objectDate(text, kept, i) : narrativeTime(text, out, c.start(), r.unit().equals("time"),
            r.unit().equals("day-at"));
        String at = anchor == null ? "" : anchor.date();
        // A date set off right before restates what the expression leads to ("on March 6, two months after X").
        String v = anchor == null ? null
            : apposed == null ? r.from(at)
            : f.type() == TimexType.DURATION ? at : new Relative(r.unit(), 0, r.part(), false).from(at);
        if (v == null && anchor != null && apposed == null && !r.object()) {
          v = r.within(at);
        }
        if (v == null) {
          anchor = null;
        }
        if (f.type() == TimexType.DURATION) {
          pointsTo = v == null ? r.unresolved() : v;
        } else if (v != null) {
          value = v;
        }
      }
      Timex t = new Timex(c.start(), c.end(), text.substring(c.start(), c.end()), f.type(), value, c.mod(),
          anchor == null ? null : new Mention(anchor.start(), anchor.end(), anchor.text()), pointsTo);
      out.add(t);
      if (f.reference() == Reference.NONE && QUARTER.matcher(value).matches()) {
        quarter = t;
      } else if (MONTHS_SO_FAR.matcher(t.text()).matches() && t.type() == TimexType.DURATION) {
        // "For the nine months, ... a year earlier": the comparison is no longer the quarter's but the year's.
        quarter = null;
      }
    }
    return List.copyOf(out);
  }

  /** What sets a phrase off as a restatement of the date before it ("Nov. 3, the day before ..."). */
  private static final Pattern APPOSITION = Pattern.compile("\\s*(?:,|--|—|–)\\s*");

  /**
   * The date that an expression at {@code start} restates: "last seen Nov. 3, the day before a warrant was
   * issued" names Nov. 3 twice, so "the day before X" is Nov. 3 whatever X's date.
   */
  private static @Nullable Timex apposed(String text, List<Timex> before, int start) {
    if (before.isEmpty()) {
      return null;
    }
    Timex t = before.get(before.size() - 1);
    return t.end() <= start && APPOSITION.matcher(text).region(t.end(), start).matches() && named(t) ? t : null;
  }

  /** The date named right after candidate {@code i} ("two days after Oct. 12"), or null. */
  private static @Nullable Timex objectDate(String text, List<Candidate> kept, int i) {
    if (i + 1 >= kept.size()) {
      return null;
    }
    Candidate c = kept.get(i);
    Candidate next = kept.get(i + 1);
    Found f = next.found();
    if (next.start() - c.end() > OBJECT_REACH || f.relative() != null || f.reference() != Reference.NONE
        || !OBJECT_GAP.matcher(text).region(c.end(), next.start()).matches() || !named(f.type(), f.value())) {
      return null;
    }
    return new Timex(next.start(), next.end(), text.substring(next.start(), next.end()), f.type(), f.value(), null);
  }

  /** "Since" right before a time: the point a comparison reaches back to ("its lowest since 1983"). */
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");
  private static final int SINCE_REACH = 8;

  /**
   * The time the narrative is at before {@code start}: the nearest earlier date or time (vague ones such as
   * "recently", and the point a "since" reaches back to, aside) if it is within reach and names a date or a
   * period; else null. With {@code orStretch} ("during that time") a stretch of time named last counts too ("a
   * five-year plan ... during that time"). With {@code day} ("ending the day", not the anaphoric "that day") a
   * named day further back within reach beats a coarser time named since ("rose on Friday ... jobs in March
   * ... ending the day"); the coarser time when no day is named.
   */
  private static @Nullable Timex narrativeTime(String text, List<Timex> before, int start, boolean orStretch,
      boolean day) {
    Timex coarser = null;
    for (int i = before.size() - 1; i >= 0; i--) {
      Timex t = before.get(i);
      if (SINCE.matcher(text).region(Math.max(0, t.start() - SINCE_REACH), t.start()).find()) {
        continue;
      }
      if (orStretch && t.type() == TimexType.DURATION && t.pointsTo() == null && t.value().indexOf('X') < 0) {
        return start - t.end() <= NARRATIVE_REACH ? t : null;
      }
      if (t.type() == TimexType.DURATION && t.pointsTo() == null || t.type() == TimexType.SET
          || t.value().endsWith("_REF")) {
        continue;
      }
      if (start - t.end() > NARRATIVE_REACH || !named(t)) {
        return coarser;
      }
      if (!day || DAY.matcher(t.date()).matches()) {
        return t;
      }
      coarser = coarser == null ? t : coarser;
    }
    return coarser;
  }

  /** Whether a timex names a date or a period of the calendar, or leads to one. */
  private static boolean named(Timex t) {
    return t.pointsTo() != null ? named(TimexType.DATE, t.pointsTo()) : named(t.type(), t.value());
  }

  /** Whether a value names a date or a period of the calendar: a year at least, with nothing unknown. */
  private static boolean named(TimexType type, String value) {
    return (type == TimexType.DATE || type == TimexType.TIME) && value.length() >= 4
        && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(3)) && value.indexOf('X') < 0;
  }
}
