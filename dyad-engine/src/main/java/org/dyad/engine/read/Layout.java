package org.dyad.engine.read;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The layout of a plain-text news article: title, date line and credit line.
 *
 * <p>Recognised date lines: a line holding only a date ({@code | 11 December 2023, Monday |}), a wire dateline
 * at the start of the body ({@code SEOUL, March 17 -}, {@code Dec 11 (Reuters) -}, {@code TOKYO (AP) -}).
 * Recognised credits, each given the name {@link Outlets} knows the outlet by: an agency in parentheses in the
 * dateline ({@code (Reuters) -}), a byline that names an outlet ({@code By Jane Smith, Associated Press}), a last
 * line marked as a credit ({@code • AP}, {@code © Kyodo}), and a last line, or the end of one after a run of
 * spaces, that is a known outlet and nothing else ({@code REUTER}). The last short line of a hard-wrapped body
 * ({@code Japan.}, {@code Cardenas said.}) is no credit.
 *
 * @param title the headline: the first short line standing alone before the body, when there is one
 * @param date the date of the date line, when one was found; a date without a year takes {@code yearHint}'s
 * @param dateYearGuessed true when the date line gave no year
 * @param credit the credited agency or outlet
 */
public record Layout(
    @Nullable String title, @Nullable LocalDate date, boolean dateYearGuessed, @Nullable String credit) {

  /** Month by the first three letters of its English name. */
  private static final Map<String, Month> MONTHS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
    }
  }

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?";
  /** 11 December 2023 | December 11, 2023 | Dec 11 | 2023-12-11, each with an optional weekday. */
  private static final String DATE =
      "(?:" + WEEKDAY + ",?\\s+)?(?:(?<d1>\\d{1,2})\\s+(?<m1>" + MONTH + ")(?:,?\\s+(?<y1>\\d{4}))?"
          + "|(?<m2>" + MONTH + ")\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y2>\\d{4}))?"
          + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2}))(?:,?\\s+" + WEEKDAY + ")?";
  private static final Pattern DATE_LINE =
      Pattern.compile("^[\\s|•·*#\\-–—_\\[(]*" + DATE + "[\\s|•·*#\\-–—_\\])]*$", Pattern.CASE_INSENSITIVE);
  private static final String AGENCY = "\\((?<agency>[A-Z][A-Za-z.\\- ]{1,30})\\)";
  /** SEOUL, March 17 (Reuters) -   |   Dec 11 (Reuters) -   |   TOKYO (AP) — */
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "^\\s*(?:[A-Z][A-Za-z.'\\- ]{1,40}?(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30})?,?\\s+)?(?:" + DATE + ")?\\s*(?:"
          + AGENCY + ")?\\s*[-–—]{1,2}\\s");
  /** A last line marked as a credit: {@code • AP}, {@code © Kyodo}, {@code (c) Reuters}, {@code -- Xinhua}. */
  private static final Pattern MARKED_CREDIT = Pattern.compile(
      "^(?:[•·©]|\\(c\\)|--|—)\\s*(?<credit>[A-Z][A-Za-z.&'\\- ]{0,40}?)[\\s.]*$", Pattern.CASE_INSENSITIVE);
  /** A last line (or its end after three spaces) that may be an outlet's name alone: {@code REUTER}. */
  private static final Pattern BARE_CREDIT = Pattern.compile("^(?:.*\\S\\s{3,})?(?<credit>[A-Za-z][A-Za-z.&'\\- ]{0,40})$");
  /** By Jane Smith, Associated Press | By JANE SMITH, Reuters Staff Writer | By Jane Smith of Reuters. */
  private static final Pattern BYLINE = Pattern.compile(
      "^by\\s+[A-Z][\\p{L}.'\\-]*(?:\\s+[A-Z][\\p{L}.'\\-]*){0,3}(?:,\\s*|\\s+(?:of|for)\\s+)"
          + "(?<credit>[A-Z][A-Za-z.&'\\- ]{1,40}?)(?:\\s+(?:staff\\s+)?(?:writer|correspondent|reporter))?\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** Finds the layout of {@code text}; a date line without a year takes the year of {@code yearHint}. */
  public static Layout of(String text, LocalDate yearHint) {
    String[] lines = text.split("\n", -1);
    LocalDate date = null;
    boolean guessed = false;
    String title = null;
    String credit = null;
    int firstBody = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher dm = DATE_LINE.matcher(line);
      if (date == null && firstBody < 0 && dm.matches()) {
        Dated d = date(dm, yearHint);
        date = d.date();
        guessed = d.guessed();
        continue;
      }
      if (credit == null && firstBody < 0) {
        credit = bylineCredit(line);
        if (credit != null) {
          continue;
        }
      }
      if (title == null && firstBody < 0 && isTitle(lines, i)) {
        title = line;
        continue;
      }
      if (firstBody < 0) {
        firstBody = i;
        Matcher wm = WIRE_DATELINE.matcher(line);
        if (wm.find() && (wm.group("agency") != null || wm.group("m1") != null || wm.group("m2") != null
            || wm.group("y3") != null)) {
          if (date == null && (wm.group("m1") != null || wm.group("m2") != null || wm.group("y3") != null)) {
            Dated d = date(wm, yearHint);
            date = d.date();
            guessed = d.guessed();
          }
          if (wm.group("agency") != null && credit == null) {
            // the pattern says it is a credit, known outlet or not
            credit = Outlets.standard().credit(wm.group("agency"));
          }
        }
      }
    }
    if (credit == null) {
      credit = lastLineCredit(lines, firstBody);
    }
    return new Layout(title, date, guessed, credit);
  }

  private static boolean isTitle(String[] lines, int i) {
    String line = lines[i].strip();
    boolean alone = i + 1 >= lines.length || lines[i + 1].isBlank();
    return alone && line.length() <= 200 && !line.endsWith(".") && !line.endsWith("\"")
        && !line.endsWith("”") && line.split("\\s+").length >= 2;
  }

  /** The outlet of a byline that names one ({@code By Jane Smith, Associated Press}), else null. */
  private static @Nullable String bylineCredit(String line) {
    Matcher m = BYLINE.matcher(line);
    return m.matches() ? Outlets.standard().name(m.group("credit")) : null;
  }

  /**
   * The credit of the last line: one marked as a credit ({@code • AP}: the name given, known or not, of at most
   * four words), or a known outlet's name alone ({@code REUTER}), which may end a line after a run of spaces.
   */
  private static @Nullable String lastLineCredit(String[] lines, int firstBody) {
    for (int i = lines.length - 1; i > firstBody && i >= 0; i--) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher marked = MARKED_CREDIT.matcher(line);
      if (marked.matches() && marked.group("credit").strip().split("\\s+").length <= 4) {
        return Outlets.standard().credit(marked.group("credit").strip());
      }
      Matcher bare = BARE_CREDIT.matcher(line);
      return bare.matches() ? Outlets.standard().name(bare.group("credit")) : null;
    }
    return null;
  }

  private record Dated(@Nullable LocalDate date, boolean guessed) {}

  private static Dated date(Matcher m, LocalDate yearHint) {
    try {
      if (m.group("y3") != null) {
        return new Dated(LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")),
            Integer.parseInt(m.group("d3"))), false);
      }
      String day = Optional.ofNullable(m.group("d1")).orElse(m.group("d2"));
      String month = Optional.ofNullable(m.group("m1")).orElse(m.group("m2"));
      String year = Optional.ofNullable(m.group("y1")).orElse(m.group("y2"));
      Month mo = MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
      int d = Integer.parseInt(day);
      if (year != null) {
        return new Dated(LocalDate.of(Integer.parseInt(year), mo, d), false);
      }
      LocalDate guess = LocalDate.of(yearHint.getYear(), mo, d);
      return new Dated(guess.isAfter(yearHint) ? guess.minusYears(1) : guess, true);
    } catch (java.time.DateTimeException e) {
      return new Dated(null, false);
    }
  }
}
