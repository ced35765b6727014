package org.dyad.engine.time;

import static org.dyad.engine.time.Grammar.IS_WEEKDAY;
import static org.dyad.engine.time.Grammar.capitalised;
import static org.dyad.engine.time.Grammar.date;
import static org.dyad.engine.time.Grammar.direction;
import static org.dyad.engine.time.Grammar.lower;
import static org.dyad.engine.time.Grammar.p;
import static org.dyad.engine.time.Words.DAYNUM;
import static org.dyad.engine.time.Words.MONTH;
import static org.dyad.engine.time.Words.MONTH_NAME;
import static org.dyad.engine.time.Words.PART;
import static org.dyad.engine.time.Words.WEEKDAY;
import static org.dyad.engine.time.Words.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.time.Grammar.Found;
import org.dyad.engine.time.Grammar.Rule;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * Days: calendar dates ("March 17", "17 March 2023", "2023-03-17", "3/17/23"), months and weekdays whose year
 * or week the clause's tense chooses, "yesterday" and "tonight", holidays, and clock times.
 */
final class DateRules {
  private DateRules() {}

  private static final Pattern MONTH_DAY = p("(" + MONTH + ")\\s+(\\d+)");
  private static final Pattern NOT_A_DAY_AFTER = Pattern.compile("\\s*(?:%|percent|million|billion|,\\d)"
      + "|-(?:year|month|week|day|hour|minute)s?\\b"); // "the January 10-year bond"

  static final List<Rule> RULES = List.of(
      // "next Wednesday, March 11" is one date, its weekday's "next" with it.
      new Rule("month-day", p("\\b(?:(?:(?:next|last|this|coming)\\s+)?" + WEEKDAY + ",?\\s+)?(?<m>" + MONTH
          + ")\\s+(?<d>" + DAYNUM + ")(?:\\s*,?\\s+(?<y>" + YEAR + "))?(?![\\w]|,\\d|\\.\\d)"), (m, s) -> {
            if (NOT_A_DAY_AFTER.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) {
              return null;
            }
            Token t = s.token(m.start("m"));
            // "May" before a day and a year is the month, whatever the tagger says of a line with no verb
            return t != null && t.pos().equals("MD") && m.group("y") == null ? null : monthDay(m, s, "m", "d");
          }),
      new Rule("day-month", p("(?:\\b" + WEEKDAY + ",?\\s+(?:the\\s+)?)?(?<![\\w$.,])(?<d>" + DAYNUM + ")\\s+(?:of\\s+)?(?<m>" + MONTH
          + ")(?:,?\\s+(?<y>" + YEAR + "))?(?![\\w])"), (m, s) -> monthDay(m, s, "m", "d")),
      new Rule("month-day-and", p("\\b(?<m>" + MONTH + ")\\s+" + DAYNUM + "\\s*(?:and|or|to|through|-|–)\\s*"
          + "(?<t>(?<d>" + DAYNUM + "))(?:,?\\s+(?<y>" + YEAR + "))?(?![\\w]|,\\d|\\.\\d)"), (m, s) ->
          NOT_A_DAY_AFTER.matcher(s.text).region(m.end(), s.text.length()).lookingAt() ? null
              : monthDay(m, s, "m", "d")),
      new Rule("week-of", p("\\bthe\\s+week\\s+of\\s+(?<m>" + MONTH + ")\\s+(?<d>" + DAYNUM + ")(?:,?\\s+(?<y>"
          + YEAR + "))?(?![\\w]|,\\d|\\.\\d)"), (m, s) -> {
            Found day = monthDay(m, s, "m", "d");
            return day == null ? null : Found.date(Calendar.week(LocalDate.parse(day.value())));
          }),
      new Rule("month-year", p("\\b(?<m>" + MONTH + ")(?:\\s+of)?,?\\s+(?<y>" + YEAR + "|" + Words.SPOKEN_YEAR
          + ")(?![\\w]|,\\d)"), (m, s) -> capitalised(s, m.start("m"))
              ? Found.date(Calendar.month(PeriodRules.year(m.group("y")), Words.month(m.group("m")))) : null),
      new Rule("iso-date", p("(?<![\\w-])(?<y>\\d{4})-(?<mo>\\d\\d)-(?<d>\\d\\d)(?![\\w-])"), (m, s) -> {
        LocalDate d = date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
            Integer.parseInt(m.group("d")));
        return d == null ? null : Found.date(Calendar.day(d));
      }),
      new Rule("us-date", p("(?<![\\w/.])(?<mo>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d\\d)(?![\\w/])"), (m, s) -> {
        int y = Integer.parseInt(m.group("y"));
        y = y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
        LocalDate d = date(y, Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")));
        return d == null ? null : Found.date(Calendar.day(d));
      }),
      new Rule("month", p("\\b(?:(?<rel>last|next|this|this coming|that)\\s+)?(?<m>" + MONTH_NAME
          + ")(?:\\s+(?:of\\s+)?(?<yr>this|last|next)\\s+year)?\\b"), DateRules::month),
      new Rule("weekday", p("\\b(?:(?<rel>last|next|this|this coming|coming|this past|past|previous)\\s+)?(?<w>"
          + WEEKDAY + ")(?<pl>s)?(?:\\s+(?<part>" + PART + "s?))?\\b"), DateRules::weekday),
      new Rule("ordinal-day", p("\\b(?:the\\s+)?(?<o>" + Words.alternation(Words.set("ordinal"))
          + "|\\d{1,3}(?:st|nd|rd|th))\\s+(?:full\\s+)?day(?=\\s+(?:of|in)\\s+(?!" + MONTH_NAME + "\\b|" + YEAR
          + "\\b|the\\s+(?:week|month|year|quarter)\\b))"), DateRules::ordinalDay),
      new Rule("deictic-day", p("\\b(?:(?<w>yesterday|today|tomorrow|tonight)(?:\\s+(?<part>" + PART
          + "))?|(?<rel>this|last|tomorrow|yesterday)\\s+(?<part2>" + PART + "))\\b"), DateRules::deicticDay),
      new Rule("clock", p("\\b(?<h>\\d{1,2})(?:[:.](?<mi>\\d\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b"
          + "|in\\s+the\\s+(?:morning|afternoon|evening)\\b|at\\s+night\\b)"
          + "(?:\\s+(?<tz>[ecmp][sd]t|gmt|utc|bst|cet)\\b)?(?:,?\\s+(?<day>today|yesterday|tomorrow|tonight|"
          + WEEKDAY + "|" + MONTH + "\\s+" + DAYNUM + "))?"), DateRules::clock),
      // "At 16:15 UTC, June 1st", "flew Tuesday ... at 18:00 UTC": on the day named after it, else the one the
      // text is at, as a clock time of twelve hours is.
      new Rule("clock24", p("\\b(?<h>[01]?\\d|2[0-3]):?(?<mi>[0-5]\\d)\\s*(?<tz>utc|gmt|z)\\b(?=\\s*,?\\s+(?<day>"
          + "today|yesterday|tomorrow|tonight|" + WEEKDAY + "|" + MONTH + "\\s+" + DAYNUM + ")\\b)?"), (m, s) -> {
        if (m.group("h").length() + m.group("mi").length() < 3) {
          return null;
        }
        return clockAt(m, s, String.format(Locale.ROOT, "%02d:%sZ", Integer.parseInt(m.group("h")), m.group("mi")));
      }),
      // "High noon" is the showdown, not a time of day.
      new Rule("noon", p("(?<!\\bhigh\\s)\\b(?<w>noon|midday|midnight)(?:\\s+(?<day>today|yesterday|tomorrow|" + WEEKDAY + "))?\\b"),
          (m, s) -> clockAt(m, s, lower(m.group("w")).equals("midnight") ? "24:00" : "12:00")),
      new Rule("holiday", p("\\b(?<h>" + Words.alternation(Words.set("holiday")) + ")\\b"), DateRules::holiday));

  /** A month and day, with the year given or chosen by tense. */
  private static @Nullable Found monthDay(Matcher m, Scan s, String monthGroup, String dayGroup) {
    if (!capitalised(s, m.start(monthGroup))) {
      return null;
    }
    int month = Words.month(m.group(monthGroup));
    int day = Words.dayNumber(m.group(dayGroup));
    if (month == 0) {
      return null;
    }
    int y = m.group("y") != null ? Integer.parseInt(m.group("y"))
        : Calendar.yearOf(s.anchor, month, direction(m, s));
    LocalDate d = date(y, month, day);
    return d == null ? null : Found.date(Calendar.day(d));
  }

  /** Words after which "May" and "March" are months, not a modal or a walk. */
  private static final Set<String> MONTH_CONTEXT = Words.set("month-context");

  private static @Nullable Found month(Matcher m, Scan s) {
    int at = m.start("m");
    if (!capitalised(s, at)) {
      return null;
    }
    Token t = s.token(at);
    if (t != null && (t.pos().equals("MD") || t.isVerb() || t.ner().equals("PERSON"))) {
      return null;
    }
    String name = lower(m.group("m"));
    if (name.equals("may") || name.equals("march")) {
      Token prev = s.previous(at);
      // "mid-May" is one token: the hyphen is what comes before the month
      String p = at > 0 && s.text.charAt(at - 1) == '-' ? "-"
          : prev == null ? "" : prev.text().toLowerCase(Locale.ROOT);
      Token next = s.next(m.end());
      boolean attributive = p.equals("the") && next != null && next.isNoun() && !next.isProperNoun();
      if (m.group("rel") == null && !attributive && !MONTH_CONTEXT.contains(p)) {
        return null;
      }
    }
    int month = Words.month(name);
    int y = s.anchor.getYear();
    int am = s.anchor.getMonthValue();
    String rel = lower(m.group("rel"));
    String yr = lower(m.group("yr"));
    if (!yr.isEmpty()) {
      y += yr.equals("last") ? -1 : yr.equals("next") ? 1 : 0;
    } else if (rel.equals("last")) {
      y = month < am ? y : y - 1;
    } else if (rel.equals("next")) {
      y = month > am ? y : y + 1;
    } else if (rel.startsWith("this")) {
      y = rel.equals("this coming") && month < am ? y + 1 : y;
    } else {
      y = Calendar.yearOf(s.anchor, month, direction(m, s));
    }
    return Found.date(Calendar.month(y, month));
  }

  /** Prepositions after which a weekday is a day even before a name ("on Wednesday France recalled"). */
  private static final Set<String> DAY_PREPOSITIONS = Words.set("day-preposition");

  /** Words that make a weekday the name of a day in history or the calendar, not a day of this week. */
  private static final Set<String> NAMED_DAYS = Words.set("named-day");

  private static @Nullable Found weekday(Matcher m, Scan s) {
    if (!capitalised(s, m.start("w"))) {
      return null;
    }
    Token next = s.next(m.end());
    Token prev = s.previous(m.start());
    boolean governed = prev != null && DAY_PREPOSITIONS.contains(prev.text().toLowerCase(Locale.ROOT));
    if (m.group("part") == null && !governed && next != null && next.isProperNoun()
        && Character.isUpperCase(next.text().charAt(0)) && Words.month(next.text()) == 0
        && !IS_WEEKDAY.matcher(next.text()).matches()) {
      return null;
    }
    if (prev != null && NAMED_DAYS.contains(prev.text())) {
      return null;
    }
    DayOfWeek dow = Words.weekday(m.group("w"));
    String part = m.group("part") == null ? "" : "T" + Words.part(m.group("part"));
    if (m.group("pl") != null || (m.group("part") != null && m.group("part").endsWith("s"))) {
      return new Found(TimexType.SET, "XXXX-WXX-" + dow.getValue() + part, null);
    }
    String rel = lower(m.group("rel"));
    LocalDate a = s.anchor;
    int back = Math.floorMod(a.getDayOfWeek().getValue() - dow.getValue(), 7);
    int ahead = Math.floorMod(dow.getValue() - a.getDayOfWeek().getValue(), 7);
    LocalDate d = switch (rel) {
      case "last", "past", "this past", "previous" -> a.minusDays(back == 0 ? 7 : back);
      case "next" -> a.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(dow.getValue() - 1L);
      case "this", "this coming", "coming" -> a.plusDays(ahead);
      default -> {
        Tense t = Grammar.direction(m, s);
        yield Calendar.weekday(a, dow, t == Tense.PRESENT && s.scheduled(m.start(), m.end()) ? Tense.FUTURE : t);
      }
    };
    return new Found(part.isEmpty() ? TimexType.DATE : TimexType.TIME, Calendar.day(d) + part, null);
  }

  /**
   * "The second day of the offensive", "his first day in office": a day counted within an event. In the present
   * ("today is the eighth day of the blockade") it is the day the text is at; otherwise it is a day the text
   * does not give.
   */
  private static Found ordinalDay(Matcher m, Scan s) {
    return Found.date(s.tense(m.start(), m.end()) == Tense.PRESENT ? Calendar.day(s.anchor) : "XXXX-XX-XX");
  }

  private static @Nullable Found deicticDay(Matcher m, Scan s) {
    if (m.group("w") != null && capitalised(s, m.start()) && m.group("part") == null) {
      // "USA Today", "VOA Today": a capitalised "Today" after a name is the name of a paper or a programme.
      Token prev = s.previous(m.start());
      if (prev != null && prev.isProperNoun() && capitalised(s, prev.start())) {
        return null;
      }
    }
    String w = lower(m.group("w") != null ? m.group("w") : m.group("rel"));
    String partWord = m.group("part") != null ? m.group("part") : m.group("part2");
    LocalDate d = switch (w) {
      case "yesterday" -> s.anchor.minusDays(1);
      case "tomorrow" -> s.anchor.plusDays(1);
      case "last" -> lower(partWord).equals("night") ? s.anchor.minusDays(1) : null;
      default -> s.anchor;
    };
    if (d == null) {
      return null;
    }
    if (w.equals("tonight")) {
      return new Found(TimexType.TIME, Calendar.day(d) + "TNI", null);
    }
    if (partWord == null) {
      return Found.date(Calendar.day(d));
    }
    return new Found(TimexType.TIME, Calendar.day(d) + "T" + Words.part(partWord), null);
  }

  /** A holiday of {@code words.tsv}: its date this year, last year or next, as the clause's tense says. */
  private static @Nullable Found holiday(Matcher m, Scan s) {
    if (!capitalised(s, m.start())) {
      return null;
    }
    String day = Words.list("holiday").get(lower(m.group("h")));
    if (day == null) {
      return null;
    }
    int month = Integer.parseInt(day.substring(0, 2));
    int y = Calendar.yearOf(s.anchor, month, direction(m, s));
    int nth = day.indexOf('d');
    LocalDate d = nth < 0 ? date(y, month, Integer.parseInt(day.substring(3)))
        : LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(
            Integer.parseInt(day.substring(3, nth)), DayOfWeek.of(Integer.parseInt(day.substring(nth + 1)))));
    return d == null ? null : Found.date(Calendar.day(d));
  }

  private static @Nullable Found clock(Matcher m, Scan s) {
    int h = Integer.parseInt(m.group("h"));
    int mi = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
    if (h < 1 || h > 12 || mi > 59) {
      return null;
    }
    String ap = lower(m.group("ap"));
    boolean pm = ap.startsWith("p") || ap.endsWith("afternoon") || ap.endsWith("evening")
        || ap.endsWith("night") && h >= 6;
    h = h == 12 ? (pm ? 12 : 0) : pm ? h + 12 : h;
    return clockAt(m, s, String.format(Locale.ROOT, "%02d:%02d", h, mi));
  }

  /** A clock time {@code hm} on the day the match's {@code day} group names, else the anchor day. */
  private static Found clockAt(Matcher m, Scan s, String hm) {
    LocalDate d = s.anchor;
    String day = lower(m.group("day"));
    Tense tense = direction(m, s);
    if (day.equals("yesterday")) {
      d = d.minusDays(1);
    } else if (day.equals("tomorrow")) {
      d = d.plusDays(1);
    } else if (IS_WEEKDAY.matcher(day).matches()) {
      d = Calendar.weekday(d, Words.weekday(day), tense);
    } else if (!day.isEmpty() && !day.equals("today") && !day.equals("tonight")) {
      Matcher md = MONTH_DAY.matcher(day);
      if (md.find()) {
        int month = Words.month(md.group(1));
        int dn = Words.dayNumber(md.group(2));
        LocalDate x = date(Calendar.yearOf(d, month, tense), month, dn);
        if (x != null) {
          d = x;
        }
      }
    }
    if (day.isEmpty()) {
      // A clock time of no named day is on the day the text is at ("arrived Tuesday; at 3 p.m. she met ..."),
      // else on the document's.
      return new Found(TimexType.TIME, Calendar.day(d) + "T" + hm, null, Grammar.Reference.NONE,
          new Anchors.Relative("clock", 0, hm, false));
    }
    return new Found(TimexType.TIME, Calendar.day(d) + "T" + hm, null);
  }
}
