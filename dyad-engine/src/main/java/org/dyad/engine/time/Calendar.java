package org.dyad.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** TIMEX3 value spelling and the calendar arithmetic behind relative expressions. */
final class Calendar {
  private Calendar() {}

  static String day(LocalDate d) {
    return d.toString();
  }

  static String month(int year, int month) {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  /** ISO week, as TIMEX3 writes it: {@code 2023-W49}. */
  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  static String quarter(int year, int q) {
    return year(year) + "-Q" + q;
  }

  /** First month of a season, to compare it with the anchor. */
  static int seasonStart(String code) {
    return switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
  }

  /**
   * The weekday {@code dow} nearest the anchor in the direction the tense gives: past tense looks back (the
   * anchor's own weekday means the anchor day), future looks forward; present looks back up to four days (news mostly reports what happened), else
   * forward.
   */
  static LocalDate weekday(LocalDate anchor, DayOfWeek dow, Tense tense) {
    int back = Math.floorMod(anchor.getDayOfWeek().getValue() - dow.getValue(), 7);
    int ahead = Math.floorMod(dow.getValue() - anchor.getDayOfWeek().getValue(), 7);
    return switch (tense) {
      case PAST -> anchor.minusDays(back);
      case FUTURE -> anchor.plusDays(ahead);
      case PRESENT -> back <= 4 ? anchor.minusDays(back) : anchor.plusDays(ahead);
    };
  }

  /**
   * The year of a month (or month and day) written without one. Present tense keeps the anchor's year unless the month
   * is more than eight months away; past tense goes back a year only when the month is more than a month
   * ahead of the anchor ("was extended to Nov. 20" written on Nov. 2 stays this year), future tense goes
   * forward only when it is more than a month behind.
   */
  static int yearOf(LocalDate anchor, int month, Tense tense) {
    int y = anchor.getYear();
    int diff = month - anchor.getMonthValue();
    return switch (tense) {
      case PAST -> diff > 1 ? y - 1 : y;
      case FUTURE -> diff < -1 ? y + 1 : y;
      case PRESENT -> diff > 8 ? y - 1 : diff < -8 ? y + 1 : y;
    };
  }
}
