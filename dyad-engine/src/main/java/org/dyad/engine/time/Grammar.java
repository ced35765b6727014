package org.dyad.engine.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.engine.nlp.Token;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * The grammar: one compiled pattern per family of time expressions, each with the code that normalises a
 * match. A rule may refuse its match (returns null) when the tokens say it is no time expression: "May" the
 * modal, "a march", "Sunday Times", "1,000 troops". The families live by job: {@link DateRules} (calendar
 * dates, named and deictic days, clock times), {@link PeriodRules} (weeks, months, quarters, seasons, years,
 * decades) and {@link SpanRules} (durations, "ago", sets, PAST/PRESENT/FUTURE_REF). This class holds what
 * they share.
 */
final class Grammar {
  private Grammar() {}

  /** A normalised match, before modifiers in front of it are looked at. */
  record Found(TimexType type, String value, @Nullable String mod, Reference reference) {
    Found(TimexType type, String value, @Nullable String mod) {
      this(type, value, mod, Reference.NONE);
    }

    static Found date(String value) {
      return new Found(TimexType.DATE, value, null);
    }

    Found referring(Reference r) {
      return new Found(type, value, mod, r);
    }
  }

  /**
   * How a date depends on the period the text is talking about: in an earnings report, "a year earlier" and
   * "the year-ago period" are the quarter just named, a year back; "the latest period" is that quarter.
   */
  enum Reference {
    NONE,
    SAME_PERIOD,
    YEAR_BEFORE
  }

  /** Normalises one match, or refuses it. */
  interface Handler {
    @Nullable Found apply(Matcher m, Scan s);
  }

  /**
   * One family of expressions. When the pattern has a group named {@code t}, that group is the timex and the
   * rest of the match is context ("for <t>years</t>").
   */
  record Rule(String name, Pattern pattern, Handler handler, boolean spanGroup) {
    Rule(String name, Pattern pattern, Handler handler) {
      this(name, pattern, handler, pattern.pattern().contains("(?<t>"));
    }
  }

  /** Every rule, dates first: of two candidates of one length at one offset the earlier rule's wins. */
  static final List<Rule> RULES = Stream.of(DateRules.RULES, PeriodRules.RULES, SpanRules.RULES)
      .flatMap(List::stream).toList();

  static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  private static final Pattern SPACES = p("\\s+");
  static final Pattern IS_WEEKDAY = p(Words.WEEKDAY);

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
   * ("until March", "payable Dec. 1", "since May").
   */
  static Tense direction(Matcher m, Scan s) {
    Token prev = s.previous(m.start());
    if (prev != null) {
      String w = prev.text().toLowerCase(Locale.ROOT);
      if (FORWARD.contains(w)) {
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
