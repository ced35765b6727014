package org.dyad.engine.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.engine.nlp.Token;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * The grammar: one compiled pattern per family of time expressions, each with the code that normalises a
 * match. A rule may refuse its match (returns null) when the tokens say it is no time expression: "May" the
 * modal, "a march", "Sunday Times", "1,000 troops". The families live by job: {@link DateRules} (calendar
 * dates, named and deictic days, clock times), {@link PeriodRules} (weeks, months, quarters, seasons, years,
 * decades), {@link SpanRules} (durations, "ago", sets, PAST/PRESENT/FUTURE_REF) and {@link AnchoredRules}
 * (expressions that count from another time of the text: "the next day", "two days later"). This class holds
 * what they share.
 */
final class Grammar {
  private Grammar() {}

  /**
   * A normalised match, before modifiers in front of it are looked at. A match that counts from another time of
   * the text has a {@code relative}; its value is then the unresolved form, until {@link Anchors} finds what
   * it counts from.
   */
  record Found(TimexType type, String value, @Nullable String mod, Reference reference,
      Anchors.@Nullable Relative relative) {
    Found(TimexType type, String value, @Nullable String mod) {
      this(type, value, mod, Reference.NONE, null);
    }

    static Found date(String value) {
      return new Found(TimexType.DATE, value, null);
    }

    /** An expression that counts from the time the text is talking about ("the next day"). */
    static Found relative(Anchors.Relative r) {
      return new Found(r.part() == null ? TimexType.DATE : TimexType.TIME, r.unresolved(), null, Reference.NONE, r);
    }

    /**
     * A duration that leads from another time of the text to a date ("two days" of "two days later"): its value
     * stays the duration, and {@link Anchors} records the date it points to.
     */
    static Found leading(String duration, Anchors.Relative r) {
      return new Found(TimexType.DURATION, duration, null, Reference.NONE, r);
    }

    Found referring(Reference r) {
      return new Found(type, value, mod, r, relative);
    }
  }

  /**
   * How a date depends on the period an earnings report is talking about: "a year earlier" and "the year-ago
   * period" are the quarter just named, a year back; "the latest period" and "the quarter" are that quarter.
   * Without a quarter named before, the value counts from the document date.
   */
  enum Reference {
    NONE,
    SAME_PERIOD,
    YEAR_BEFORE,
    /** "The 1988 period": the quarter named last, in the year given. */
    QUARTER_OF_YEAR,
    /** "The full year", "the entire year": the year of the quarter named last ("the fourth quarter of 2005"). */
    YEAR_OF_QUARTER
  }

  /** Normalises one match, or refuses it. */
  interface Handler {
    @Nullable Found apply(Matcher m, Scan s);
  }

  /**
   * One family of expressions. When the pattern has groups named {@code t}, {@code t2} ... {@code t9}, the first
   * of them that matched is the timex and the rest of the match is context ("for <t>years</t>").
   */
  record Rule(String name, Pattern pattern, Handler handler, List<String> spanGroups) {
    private static final Pattern SPAN_GROUP = Pattern.compile("\\(\\?<(t\\d?)>");

    Rule(String name, Pattern pattern, Handler handler) {
      this(name, pattern, handler, SPAN_GROUP.matcher(pattern.pattern()).results().map(r -> r.group(1)).toList());
    }

    /** The start and end of the timex in match {@code m}. */
    int[] span(Matcher m) {
      for (String g : spanGroups) {
        if (m.start(g) >= 0) {
          return new int[] {m.start(g), m.end(g)};
        }
      }
      return new int[] {m.start(), m.end()};
    }
  }


  static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static final Pattern SPACES = p("\\s+");
  static final Pattern IS_WEEKDAY = p(Words.WEEKDAY);

  /** Quotation marks, after which a capitalised "This Week" or "60 Minutes" is a title. */
  private static final String QUOTES = "\"'`“‘«";

  /**
   * Whether a match at {@code start} whose unit word is at {@code unit} is the title of a programme or a column
   * ("This Week", "60 Minutes"): the unit capitalised, right after a quotation mark.
   */
  static boolean title(Scan s, int start, int unit) {
    return Character.isUpperCase(s.text.charAt(unit)) && start > 0 && QUOTES.indexOf(s.text.charAt(start - 1)) >= 0;
  }

  static boolean capitalised(Scan s, int offset) {
    return Character.isUpperCase(s.text.charAt(offset));
  }

  /** Lower case with white space runs as one space; empty for null. */
  static String lower(@Nullable String s) {
    return s == null ? "" : SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  static @Nullable LocalDate date(int y, int month, int day) {
    try {
      return LocalDate.of(y, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final Set<String> FORWARD = Words.set("forward");
  private static final Set<String> BACKWARD = Words.set("backward");

  /**
   * The direction of an underspecified date: the clause tense, unless the word in front points one way
   * ("since May"; "until March", "payable Dec. 1" unless the clause is a past perfect: "had filed by
   * Wednesday" is the Wednesday gone).
   */
  static Tense direction(Matcher m, Scan s) {
    Token prev = s.previous(m.start());
    if (prev != null) {
      String w = prev.text().toLowerCase(Locale.ROOT);
      if (FORWARD.contains(w) && !s.pastPerfect(m.start(), m.end())) {
        return Tense.FUTURE;
      }
      if (BACKWARD.contains(w)) {
        return Tense.PAST;
      }
    }
    return s.tense(m.start(), m.end());
  }

  /** The calendar unit containing the anchor, shifted by {@code shift} units. */
  static @Nullable Found unitValue(LocalDate a, String unit, int shift) {
    return switch (unit) {
      case "day" -> Found.date(Calendar.day(a.plusDays(shift)));
      case "week" -> Found.date(Calendar.week(a.plusWeeks(shift)));
      case "weekend" -> Found.date(Calendar.week(a.plusWeeks(shift)) + "-WE");
      case "month" -> {
        LocalDate d = a.plusMonths(shift);
        yield Found.date(Calendar.month(d.getYear(), d.getMonthValue()));
      }
      case "quarter" -> {
        LocalDate d = a.plusMonths(3L * shift);
        yield Found.date(Calendar.quarter(d.getYear(), Calendar.quarterOf(d)));
      }
      case "year" -> Found.date(Calendar.year(a.getYear() + shift));
      case "decade" -> Found.date(Integer.toString(a.getYear() / 10 + shift));
      case "century" -> Found.date(String.format(Locale.ROOT, "%02d", a.getYear() / 100 + shift));
      default -> null;
    };
  }
}
