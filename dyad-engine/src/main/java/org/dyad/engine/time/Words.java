package org.dyad.engine.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Word lists and their regex spellings: months, weekdays, number words, calendar units. */
final class Words {
  private Words() {}

  static final String MONTH_NAME =
      "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
  static final String MONTH_ABBR = "(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  /** A month name or abbreviation: only safe before a day number or a year. */
  static final String MONTH = "(?:" + MONTH_NAME + "|" + MONTH_ABBR + ")";
  static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  static final String DAYNUM = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
  static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
  static final String PART = "(?:morning|afternoon|evening|night)";
  static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
  static final String SMALL =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen)";
  static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  /** A count: digits, number words, or a vague quantity that leaves the count unknown ({@code X}). */
  static final String COUNT = "(?:\\d+(?:\\.\\d+)?(?: 1/2)?|\\d{1,3}(?:,\\d{3})+|" + TENS + "(?:[- ]" + SMALL
      + ")?|" + SMALL + "|a hundred|hundreds of|a couple of|a few|several|few|many|some|a|an|dozens of"
      + "|a dozen|(?:one|two|three|an?) and a half)";
  static final String UNIT =
      "(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?"
          + "|century|centuries)";

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("a couple of", 2),
      Map.entry("a dozen", 12));

  /** The count as a TIMEX3 number ({@code 3}, {@code 2.5}), or {@code X} when vague. */
  static String count(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.endsWith(" and a half")) {
      Integer n = NUMBERS.get(w.substring(0, w.length() - " and a half".length()));
      return n == null ? "X" : n + ".5";
    }
    if (w.endsWith(" 1/2")) {
      return w.substring(0, w.length() - 4) + ".5";
    }
    if (Character.isDigit(w.charAt(0))) {
      return w.endsWith(".0") ? w.substring(0, w.length() - 2) : w;
    }
    Integer n = NUMBERS.get(w);
    if (n != null) {
      return n.toString();
    }
    int dash = Math.max(w.indexOf('-'), w.indexOf(' '));
    if (dash > 0) {
      Integer tens = NUMBERS.get(w.substring(0, dash));
      Integer units = NUMBERS.get(w.substring(dash + 1));
      if (tens != null && units != null) {
        return Integer.toString(tens + units);
      }
    }
    return "X";
  }

  /** Month number 1-12 from a name or abbreviation, or 0. */
  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return 0;
    }
    return switch (w.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> 0;
    };
  }

  static DayOfWeek weekday(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    return DayOfWeek.valueOf(w.endsWith("S") ? w.substring(0, w.length() - 1) : w);
  }

  /** Day of month from {@code 17}, {@code 17th}. */
  static int dayNumber(String s) {
    int n = 0;
    for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
      n = 10 * n + s.charAt(i) - '0';
    }
    return n;
  }

  /** The unit's canonical singular: {@code days -> day}, {@code centuries -> century}. */
  static String unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("centuries")) {
      return "century";
    }
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** TIMEX3 duration of {@code count} units: {@code P3D}, {@code PT2H}, {@code P10Y}, {@code PXDE}. */
  static @Nullable String duration(String count, String unit) {
    boolean known = !count.equals("X");
    return switch (unit) {
      case "second" -> "PT" + count + "S";
      case "minute" -> "PT" + count + "M";
      case "hour" -> "PT" + count + "H";
      case "day" -> "P" + count + "D";
      case "week" -> "P" + count + "W";
      case "weekend" -> "P" + count + "WE";
      case "fortnight" -> known ? "P" + times(count, 2) + "W" : "PXW";
      case "month" -> "P" + count + "M";
      case "quarter" -> known ? "P" + times(count, 3) + "M" : "PXQ";
      case "year" -> "P" + count + "Y";
      case "decade" -> known ? "P" + times(count, 10) + "Y" : "PXDE";
      case "century" -> known ? "P" + times(count, 100) + "Y" : "PXCE";
      default -> null;
    };
  }

  private static String times(String count, int factor) {
    double v = Double.parseDouble(count) * factor;
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
