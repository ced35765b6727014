package org.dyad.engine.time;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.engine.resources.Tsv;
import org.jspecify.annotations.Nullable;

/**
 * The word lists of {@code words.tsv} (months, weekdays, number words, direction and context words, holidays,
 * modifiers), their regex spellings, and the TIMEX3 arithmetic on counts and units. Read once per JVM.
 */
final class Words {
  private Words() {}

  private static final Map<String, Map<String, String>> LISTS = load("words.tsv");

  /** The entries of one kind, word to value (empty string where the kind has no value), in file order. */
  static Map<String, String> list(String kind) {
    Map<String, String> m = LISTS.get(kind);
    if (m == null) {
      throw new IllegalStateException("words.tsv has no entries of kind " + kind);
    }
    return m;
  }

  /** The words of one kind. */
  static Set<String> set(String kind) {
    return list(kind).keySet();
  }

  /**
   * A regex alternation of {@code words}, longest first, with spaces matching any run of white space and
   * every other character literal.
   */
  static String alternation(Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static final Map<String, String> NUMBERS = list("number");

  static final String MONTH_NAME = alternation(set("month"));
  static final String MONTH_ABBR = alternation(set("month-abbr")) + "\\.?";
  /** A month name or abbreviation: only safe before a day number or a year. */
  static final String MONTH = "(?:" + MONTH_NAME + "|" + MONTH_ABBR + ")";
  static final String WEEKDAY = alternation(set("weekday"));
  static final String DAYNUM = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
  static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
  static final String PART = alternation(set("part"));
  static final String SEASON = alternation(set("season"));
  static final String SMALL = alternation(numberWords(1, 19));
  static final String TENS = alternation(numberWords(20, 90));
  /** A count: digits, number words, or a vague quantity that leaves the count unknown ({@code X}). */
  static final String COUNT = "(?:\\d+(?:\\.\\d+)?(?: 1/2)?|\\d{1,3}(?:,\\d{3})+|" + TENS + "(?:[- ]" + SMALL
      + ")?|" + SMALL + "|" + alternation(otherCounts()) + "|(?:one|two|three|an?) and a half)";
  /** A year as it is spoken: "nineteen ninety-four", "nineteen eighty", "two thousand and one". */
  static final String SPOKEN_YEAR = "(?:nineteen[\\s-]+" + TENS + "(?:[\\s-]+" + SMALL + ")?|two thousand(?:\\s+and)?"
      + "(?:\\s+" + SMALL + ")?)";

  /** The year a match of {@link #SPOKEN_YEAR} names. */
  static int spokenYear(String words) {
    String[] w = words.toLowerCase(Locale.ROOT).split("[\\s-]+");
    int y = w[0].equals("nineteen") ? 1900 : 2000;
    for (int i = 1; i < w.length; i++) {
      String n = NUMBERS.get(w[i]);
      y += n == null ? 0 : Integer.parseInt(n);
    }
    return y;
  }

  static final String UNIT =
      "(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?"
          + "|century|centuries)";

  /** The number words of a value from {@code low} to {@code high} spelled as one word. */
  private static Set<String> numberWords(int low, int high) {
    return NUMBERS.entrySet().stream()
        .filter(e -> !e.getKey().contains(" ") && e.getKey().length() > 2)
        .filter(e -> Integer.parseInt(e.getValue()) >= low && Integer.parseInt(e.getValue()) <= high)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Number phrases ("a dozen", "a", "an") and vague quantities: the counts that are not plain number words. */
  private static Set<String> otherCounts() {
    Set<String> out = NUMBERS.keySet().stream()
        .filter(w -> w.contains(" ") || w.length() <= 2 || Integer.parseInt(NUMBERS.get(w)) > 90)
        .collect(Collectors.toSet());
    out.addAll(set("vague"));
    return out;
  }

  /** The count as a TIMEX3 number ({@code 3}, {@code 2.5}), or {@code X} when vague. */
  static String count(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.endsWith(" and a half")) {
      String n = NUMBERS.get(w.substring(0, w.length() - " and a half".length()));
      return n == null ? "X" : n + ".5";
    }
    if (w.endsWith(" 1/2")) {
      return w.substring(0, w.length() - 4) + ".5";
    }
    if (Character.isDigit(w.charAt(0))) {
      return w.endsWith(".0") ? w.substring(0, w.length() - 2) : w;
    }
    String n = NUMBERS.get(w);
    if (n != null) {
      return n;
    }
    int dash = Math.max(w.indexOf('-'), w.indexOf(' '));
    if (dash > 0) {
      String tens = NUMBERS.get(w.substring(0, dash));
      String units = NUMBERS.get(w.substring(dash + 1));
      if (tens != null && units != null) {
        return Integer.toString(Integer.parseInt(tens) + Integer.parseInt(units));
      }
    }
    return "X";
  }

  private static final Map<String, Integer> MONTHS = numbered("month", "month-abbr");

  /** Month number 1-12 from a name or abbreviation (with or without its period), or 0. */
  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer m = MONTHS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    if (m != null) {
      return m;
    }
    return w.length() >= 3 ? MONTHS.getOrDefault(w.substring(0, 3), 0) : 0;
  }

  private static final Map<String, Integer> WEEKDAYS = numbered("weekday");

  /** The day of a weekday name, singular or plural ("Sundays"). */
  static DayOfWeek weekday(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer d = WEEKDAYS.get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    if (d == null) {
      throw new IllegalArgumentException("not a weekday: " + word);
    }
    return DayOfWeek.of(d);
  }

  /** The TIMEX3 code of a part of the day ({@code MO AF EV NI}), singular or plural. */
  static String part(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String code = list("part").get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    if (code == null) {
      throw new IllegalArgumentException("not a part of the day: " + word);
    }
    return code;
  }

  /** The TIMEX3 code of a season: {@code SP SU FA WI}. */
  static String season(String word) {
    String code = list("season").get(word.toLowerCase(Locale.ROOT));
    if (code == null) {
      throw new IllegalArgumentException("not a season: " + word);
    }
    return code;
  }

  private static Map<String, Integer> numbered(String... kinds) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String k : kinds) {
      list(k).forEach((w, v) -> out.put(w, Integer.parseInt(v)));
    }
    return Map.copyOf(out);
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

  /**
   * TIMEX3 duration of {@code count} units: {@code P3D}, {@code PT2H}, {@code P10Y}, {@code PXY} (decades are counted in years). A half unit
   * is spelled in the next smaller one where the calendar makes that exact: "2 1/2 years" {@code P2Y6M},
   * "five and a half hours" {@code PT5H30M}.
   */
  static @Nullable String duration(String count, String unit) {
    if (count.endsWith(".5") && count.indexOf('.') == count.length() - 2) {
      String whole = count.substring(0, count.length() - 2);
      String half = switch (unit) {
        case "year" -> "P" + whole + "Y6M";
        case "day" -> "P" + whole + "DT12H";
        case "hour" -> "PT" + whole + "H30M";
        case "minute" -> "PT" + whole + "M30S";
        default -> null;
      };
      if (half != null) {
        return half.replace("P0Y", "P").replace("P0D", "P").replace("PT0H", "PT").replace("PT0M", "PT");
      }
    }
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
      case "quarter" -> "P" + count + "Q";
      case "year" -> "P" + count + "Y";
      case "decade" -> known ? "P" + times(count, 10) + "Y" : "PXY";
      case "century" -> known ? "P" + times(count, 100) + "Y" : "PXCE";
      default -> null;
    };
  }

  private static String times(String count, int factor) {
    double v = Double.parseDouble(count) * factor;
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static Map<String, Map<String, String>> load(String resource) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    // A word is taken as written, "-" included: it is a month context ("March - April").
    Tsv.of("kind", "word", "value").read(Words.class, resource, row -> {
      if (row.get("word").isEmpty()) {
        throw row.error("no word");
      }
      out.computeIfAbsent(row.require("kind"), k -> new LinkedHashMap<>()).put(row.get("word"), row.get("value"));
    });
    out.replaceAll((k, v) -> java.util.Collections.unmodifiableMap(v));
    return Map.copyOf(out);
  }

}
