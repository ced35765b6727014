package org.dyad.engine.time;

import static org.dyad.engine.time.Words.COUNT;
import static org.dyad.engine.time.Words.DAYNUM;
import static org.dyad.engine.time.Words.MONTH;
import static org.dyad.engine.time.Words.MONTH_NAME;
import static org.dyad.engine.time.Words.PART;
import static org.dyad.engine.time.Words.SEASON;
import static org.dyad.engine.time.Words.UNIT;
import static org.dyad.engine.time.Words.WEEKDAY;
import static org.dyad.engine.time.Words.YEAR;

import java.time.DateTimeException;
import java.time.DayOfWeek;
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
 * The rules: one compiled pattern per family of time expressions, each with the code that normalises a
 * match. A rule may refuse its match (returns null) when the tokens say it is no time expression: "May" the
 * modal, "a march", "Sunday Times", "1,000 troops".
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

  private static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** The TIMEX3 part of day: morning MO, afternoon AF, evening EV, night NI. */
  private static String part(String word) {
    return word.substring(0, 2).toUpperCase(Locale.ROOT);
  }

  private static boolean capitalised(Scan s, int offset) {
    return Character.isUpperCase(s.text.charAt(offset));
  }

  private static String lower(@Nullable String s) {
    return s == null ? "" : SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static @Nullable LocalDate date(int y, int month, int day) {
    try {
      return LocalDate.of(y, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final Set<String> FORWARD = Set.of("until", "till", "through", "by", "effective", "payable",
      "expire", "expires", "due", "starting", "beginning");
  private static final Set<String> BACKWARD = Set.of("since");

  /**
   * The direction of an underspecified date: the clause tense, unless the word in front points one way
   * ("until March", "payable Dec. 1", "since May").
   */
  private static Tense direction(Matcher m, Scan s) {
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

  private static final Pattern SPACES = p("\\s+");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern IS_WEEKDAY = p(WEEKDAY);
  private static final Pattern IS_MONTH = p(MONTH_NAME);
  private static final Pattern IS_SEASON = p(SEASON);
  private static final Pattern IS_PART = p(PART);
  private static final Pattern MONTH_DAY = p("(" + MONTH + ")\\s+(\\d+)");
  private static final Pattern NOT_A_DAY_AFTER = Pattern.compile("\\s*(?:%|percent|million|billion|,\\d)");

  static final List<Rule> RULES = List.of(
      new Rule("month-day", p("\\b(?:" + WEEKDAY + ",?\\s+)?(?<m>" + MONTH + ")\\s+(?<d>" + DAYNUM
          + ")(?:\\s*,?\\s+(?<y>" + YEAR + "))?(?![\\w]|,\\d|\\.\\d)"), (m, s) -> {
            if (NOT_A_DAY_AFTER.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) {
              return null;
            }
            Token t = s.token(m.start("m"));
            return t != null && t.pos().equals("MD") ? null : monthDay(m, s, "m", "d");
          }),
      new Rule("day-month", p("(?<![\\w$.,])(?<d>" + DAYNUM + ")\\s+(?:of\\s+)?(?<m>" + MONTH
          + ")(?:,?\\s+(?<y>" + YEAR + "))?(?![\\w])"), (m, s) -> monthDay(m, s, "m", "d")),
      new Rule("month-year", p("\\b(?<m>" + MONTH + ")(?:\\s+of)?,?\\s+(?<y>" + YEAR + ")(?![\\w]|,\\d)"),
          (m, s) -> capitalised(s, m.start("m"))
              ? Found.date(Calendar.month(Integer.parseInt(m.group("y")), Words.month(m.group("m")))) : null),
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
          + ")(?:\\s+(?:of\\s+)?(?<yr>this|last|next)\\s+year)?\\b"), Grammar::month),
      new Rule("weekday", p("\\b(?:(?<rel>last|next|this|this coming|coming|this past|past|the previous|previous)\\s+)?(?<w>"
          + WEEKDAY + ")(?<pl>s)?(?:\\s+(?<part>" + PART + "s?))?\\b"), Grammar::weekday),
      new Rule("deictic-day", p("\\b(?:(?<w>yesterday|today|tomorrow|tonight)(?:\\s+(?<part>" + PART
          + "))?|(?<rel>this|last|tomorrow|yesterday)\\s+(?<part2>" + PART + "))\\b"), Grammar::deicticDay),
      new Rule("relative-unit", p("\\b(?:(?<the>the)\\s+)?(?<rel>this|last|next|past|coming|previous|current"
          + "|following|this past)\\s+(?<u>week|month|year|quarter|weekend|decade|century|" + SEASON + ")\\b"),
          Grammar::relativeUnit),
      new Rule("quarter", p("\\b(?:(?<det>the|this year's|last year's|next year's)\\s+(?!\\w+-quarter))?(?:(?:latest|current"
          + "|last|past|previous|same|flat|strong|weak)\\s+)?(?:(?<y0>" + YEAR + ")\\s+|(?<ago>year-earlier|year-ago)"
          + "\\s+)?(?:fiscal\\s+)?(?<n>first|second|third|fourth"
          + "|1st|2nd|3rd|4th|final)[\\s-]+(?:fiscal\\s+)?(?<u>quarter|half)(?!\\s+of\\s+(?:the|a|its|their)\\b)"
          + "(?:\\s+of\\s+(?:(?<y>" + YEAR + ")|(?<yr>this|last|next)\\s+year)|\\s+(?<y2>" + YEAR + "))?\\b"),
          Grammar::quarter),
      new Rule("the-quarter", p("\\b(?<rel>the|this|last|next|latest|current)(?:\\s+(?<rel2>latest|current|past"
          + "|previous|fiscal|most recent))?\\s+quarter\\b(?!\\s+of\\b|-)"), Grammar::theQuarter),
      new Rule("ago", p("\\b(?<c>" + COUNT + ")[\\s-]+(?<u>" + UNIT + ")\\s+(?<dir>ago|earlier|before|later"
          + "|from now|hence)\\b"), Grammar::ago),
      new Rule("duration", p("\\b(?:(?<det>the)\\s+(?!" + COUNT + "-))?(?:(?<adj>past|last|next|first"
          + "|coming|previous|recent|following|final|latest|initial|remaining|full|entire|whole|same|additional"
          + "|further|other|few)\\s+)?(?:" + COUNT + "\\s+(?:to|or)\\s+)?(?<c>" + COUNT + ")(?:\\s+more)?[\\s-]+(?<u>"
          + UNIT + ")(?:-long)?\\b(?![\\s-]+old\\b)"),
          Grammar::duration),
      new Rule("vague-plural", p("\\b(?:(?<the>the)\\s+)?(?<adj>recent|coming|past|last|next|previous"
          + "|upcoming|future)\\s+(?<u>days|weeks|months|quarters|years|decades)\\b"), (m, s) -> {
            String adj = lower(m.group("adj"));
            String u = Words.unit(m.group("u"));
            if (adj.equals("recent")) {
              return Found.date("PAST_REF");
            }
            if (adj.equals("coming") || adj.equals("upcoming") || adj.equals("next") || adj.equals("future")) {
              return Found.date("FUTURE_REF");
            }
            return new Found(TimexType.DURATION, Words.duration("X", u), null);
          }),
      new Rule("bare-plural", p("\\b(?:for|over|within|after|spent|took|takes|lasted|last|in)\\s+(?<t>(?<u>years"
          + "|months|weeks|decades|centuries))\\b|\\b(?<u2>decades|centuries)(?:-long)?\\b"), (m, s) -> {
            String u = Words.unit(m.group("u") != null ? m.group("u") : m.group("u2"));
            return new Found(TimexType.DURATION, Words.duration("X", u), null);
          }),
      new Rule("decade", p("\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<d>(?:1[0-9]|20)\\d)0'?s"
          + "|'(?<dd>\\d)0s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b"),
          (m, s) -> {
            String v;
            if (m.group("d") != null) {
              v = m.group("d");
            } else if (m.group("dd") != null) {
              int d = Integer.parseInt(m.group("dd"));
              v = (d <= (s.anchor.getYear() % 100) / 10 ? s.anchor.getYear() / 100 : s.anchor.getYear() / 100 - 1)
                  + "" + d;
            } else {
              if (!m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
                return null;
              }
              String w = m.group("w").toLowerCase(Locale.ROOT);
              int d = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                  "nineties").indexOf(w) + 2;
              v = "19" + d;
            }
            return new Found(TimexType.DATE, v, edgeMod(m.group("mod")));
          }),
      new Rule("century", p("\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)"
          + "|(?<w>eighteenth|nineteenth|twentieth|twenty-first|21st))[\\s-]+century\\b"), (m, s) -> {
            int n;
            if (m.group("n") != null) {
              n = Integer.parseInt(m.group("n"));
            } else {
              n = switch (m.group("w").toLowerCase(Locale.ROOT)) {
                case "eighteenth" -> 18;
                case "nineteenth" -> 19;
                case "twentieth" -> 20;
                default -> 21;
              };
            }
            return n < 1 ? null : new Found(TimexType.DATE, String.format(Locale.ROOT, "%02d", n - 1),
                edgeMod(m.group("mod")));
          }),
      new Rule("year", p("(?<![\\w$.,#/:])(?<!\\d-)(?:(?<lead>the year|fiscal(?: year)?|calendar(?: year)?|"
          + "fy)\\s*)?(?<y>" + YEAR + ")(?![\\w%]|[.,:]\\d|-\\d|\\s*(?:percent|%))"), Grammar::year),
      new Rule("present", p("\\b(?:right now|now|currently|nowadays|at present|these days|at the moment"
          + "|the present|current)\\b"), (m, s) -> {
            if (m.group().equalsIgnoreCase("current")) {
              Token next = s.next(m.end());
              return next != null && next.isNoun() ? Found.date("PRESENT_REF") : null;
            }
            if (m.group().equalsIgnoreCase("now") && s.text.startsWith("-", m.end())) {
              return null;
            }
            return Found.date("PRESENT_REF");
          }),
      new Rule("past", p("\\b(?:recently|lately|the past|more recently|until recently|recent)\\b"),
          (m, s) -> Found.date("PAST_REF")),
      new Rule("future", p("\\b(?:(?:the\\s+)?(?:near|distant|foreseeable)\\s+future|the future|the (?:near|short) term|a later date)\\b"),
          (m, s) -> {
            Token prev = s.previous(m.start());
            return prev != null && prev.text().equalsIgnoreCase("as") ? null : Found.date("FUTURE_REF");
          }),
      new Rule("set-every", p("\\b(?:every|each|per)\\s+(?:(?<other>other)\\s+)?(?<u>day|week|month|year|quarter"
          + "|season|weekend|morning|afternoon|evening|night|hour|minute|decade|" + WEEKDAY + "|" + MONTH_NAME
          + "|" + SEASON + ")\\b"), Grammar::every),
      new Rule("set-rate", p("\\b(?:once|twice|(?:\\w+|\\d+) times)\\s+(?:a|an|per|each)\\s+(?<u>day|week|month"
          + "|year|hour|minute|decade)\\b"), (m, s) -> new Found(TimexType.SET,
              Words.duration("1", Words.unit(m.group("u"))), null)),
      new Rule("set-adverb", p("\\b(?<w>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)"
          + "\\b"), (m, s) -> {
            Token t = s.token(m.start());
            Token next = s.next(m.end());
            if (t != null && t.pos().startsWith("JJ") && next != null && next.isNoun()
                && lower(m.group("w")).startsWith("quarter")) {
              return null;
            }
            return new Found(TimexType.SET, switch (m.group("w").toLowerCase(Locale.ROOT)) {
            case "hourly" -> "PT1H";
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            default -> "P1Y";
          }, null);
          }),
      new Rule("clock", p("\\b(?<h>\\d{1,2})(?:[:.](?<mi>\\d\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)"
          + "(?:\\s+(?<tz>[ecmp][sd]t|gmt|utc|bst|cet)\\b)?(?:,?\\s+(?<day>today|yesterday|tomorrow|tonight|"
          + WEEKDAY + "|" + MONTH + "\\s+" + DAYNUM + "))?"), Grammar::clock),
      new Rule("clock24", p("\\b(?<h>[01]?\\d|2[0-3]):?(?<mi>[0-5]\\d)\\s*(?<tz>utc|gmt|z)\\b"), (m, s) -> {
        if (m.group("h").length() + m.group("mi").length() < 3) {
          return null;
        }
        return new Found(TimexType.TIME, Calendar.day(s.anchor) + String.format(Locale.ROOT, "T%02d:%s",
            Integer.parseInt(m.group("h")), m.group("mi")) + "Z", null);
      }),
      new Rule("noon", p("\\b(?<w>noon|midnight)(?:\\s+(?<day>today|yesterday|tomorrow|" + WEEKDAY + "))?\\b"),
          (m, s) -> clockAt(m, s, lower(m.group("w")).equals("noon") ? "12:00" : "24:00")),
      new Rule("same-period", p("\\b(?:the\\s+)?(?:same|corresponding|comparable|year-earlier|year-ago|prior-year"
          + "|year-before|year-previous)\\s+(?<u>period|quarter|stage|time|month|week|season|day)(?:\\s+(?:of\\s+|a\\s+)?"
          + "(?<ref>last year|a year (?:earlier|ago)|the previous year|the prior year|(?:in\\s+)?" + YEAR + "))?\\b"),
          (m, s) -> {
            String ref = lower(m.group("ref"));
            String head = lower(m.group()).replaceFirst("^the ", "");
            if (ref.isEmpty() && !(head.startsWith("year-") || head.startsWith("prior-year"))) {
              return null;
            }
            Matcher y = FOUR_DIGITS.matcher(ref);
            return y.find() ? Found.date(y.group())
                : Found.date(Calendar.year(s.anchor.getYear() - 1)).referring(Reference.YEAR_BEFORE);
          }),
      new Rule("the-year", p("\\b(?:the|this)\\s+(?:(?<adj>full|current|latest|calendar|entire|whole)\\s+)?"
          + "(?<fiscal>fiscal\\s+)?(?<u>year|week)(?![-\\w])(?=(?<end>\\s+(?:ended|ending|to))?)"), (m, s) -> {
            if (m.group().toLowerCase(Locale.ROOT).startsWith("this") && m.group("adj") == null
                && m.group("fiscal") == null) {
              return null;
            }
            if (m.group("end") != null) {
              return new Found(TimexType.DURATION, "P1" + (lower(m.group("u")).equals("week") ? "W" : "Y"), null);
            }
            return unitValue(s.anchor, lower(m.group("u")), 0);
          }),
      new Rule("year-period", p("\\bthe\\s+(?<y>" + YEAR + ")\\s+(?:period|quarter|season)\\b"),
          (m, s) -> Found.date(m.group("y"))),
      new Rule("year-end", p("\\b(?:year[- ]end|year's end)\\b"),
          (m, s) -> Found.date(Calendar.year(s.anchor.getYear()))),
      new Rule("the-season", p("\\b(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?<u>" + SEASON
          + ")(?:\\s+of\\s+(?<y>" + YEAR + ")|\\s+(?<y2>" + YEAR + "))?\\b"), (m, s) -> {
            String code = Calendar.season(lower(m.group("u")));
            String y = m.group("y") != null ? m.group("y") : m.group("y2");
            if (y == null) {
              if (!m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
                return null;
              }
              int am = s.anchor.getMonthValue();
              int start = Calendar.seasonStart(code);
              int year = s.anchor.getYear();
              Tense t = s.tense(m.start(), m.end());
              if (t == Tense.PAST && am < start) {
                year--;
              } else if (t == Tense.FUTURE && am >= start + 3) {
                year++;
              }
              y = Calendar.year(year);
            }
            return new Found(TimexType.DATE, y + "-" + code, edgeMod(m.group("mod")));
          }),
      new Rule("spoken-year", p("\\b(?:the year\\s+)?(?:nineteen[\\s-]+(?<tens>" + Words.TENS + ")(?:[\\s-]+(?<u>"
          + Words.SMALL + "))?|two thousand(?:\\s+and)?(?:\\s+(?<u2>" + Words.SMALL + "))?)\\b"), (m, s) -> {
            if (m.group("tens") != null) {
              String tens = Words.count(m.group("tens"));
              int y = 1900 + Integer.parseInt(tens) + (m.group("u") == null ? 0
                  : Integer.parseInt(Words.count(m.group("u"))));
              return Found.date(Calendar.year(y));
            }
            if (!m.group().toLowerCase(Locale.ROOT).startsWith("the year") && m.group("u2") == null) {
              return null;
            }
            int y = 2000 + (m.group("u2") == null ? 0 : Integer.parseInt(Words.count(m.group("u2"))));
            return Found.date(Calendar.year(y));
          }),
      new Rule("year-earlier", p("\\b(?:year-earlier|year-ago)\\b"),
          (m, s) -> Found.date(Calendar.year(s.anchor.getYear() - 1)).referring(Reference.YEAR_BEFORE)),
      new Rule("latest-period", p("\\b(?:the|this)\\s+(?:latest|current|most recent)\\s+period\\b"),
          (m, s) -> unitValue(s.anchor, "quarter", -1).referring(Reference.SAME_PERIOD)),
      new Rule("edge-of", p("\\b(?:the\\s+)?(?<e>end|beginning|start|middle|rest|remainder)\\s+of\\s+(?<rel>the|this"
          + "|last|next)\\s+(?<u>week|month|year|quarter|decade|century)\\b"), (m, s) -> {
            String rel = lower(m.group("rel"));
            Found f = unitValue(s.anchor, Words.unit(m.group("u")),
                rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
            String e = lower(m.group("e"));
            String mod = switch (e) {
              case "end" -> "END";
              case "beginning", "start" -> "START";
              case "middle" -> "MID";
              default -> null;
            };
            return f == null ? null : new Found(f.type(), f.value(), mod);
          }),
      new Rule("weekend", p("\\bthe\\s+weekend\\b"), (m, s) -> {
        Tense t = s.tense(m.start(), m.end());
        LocalDate sat = Calendar.weekday(s.anchor, DayOfWeek.SATURDAY, t == Tense.PRESENT ? Tense.FUTURE : t);
        return Found.date(Calendar.week(sat) + "-WE");
      }),
      new Rule("holiday", p("\\b(?<h>christmas(?: day| eve)?|new year's (?:day|eve)|thanksgiving(?: day)?"
          + "|independence day|valentine's day|halloween)\\b"), (m, s) -> {
            if (!capitalised(s, m.start())) {
              return null;
            }
            String h = lower(m.group("h"));
            int month;
            int day;
            if (h.startsWith("christmas")) {
              month = 12;
              day = h.endsWith("eve") ? 24 : 25;
            } else if (h.startsWith("new year")) {
              month = h.endsWith("eve") ? 12 : 1;
              day = h.endsWith("eve") ? 31 : 1;
            } else if (h.startsWith("independence")) {
              month = 7;
              day = 4;
            } else if (h.startsWith("valentine")) {
              month = 2;
              day = 14;
            } else if (h.startsWith("halloween")) {
              month = 10;
              day = 31;
            } else {
              month = 11;
              day = 0;
            }
            int y = Calendar.yearOf(s.anchor, month, direction(m, s));
            LocalDate d = day > 0 ? LocalDate.of(y, month, day)
                : LocalDate.of(y, 11, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4,
                    DayOfWeek.THURSDAY));
            return Found.date(Calendar.day(d));
          }));

  private static @Nullable String edgeMod(@Nullable String word) {
    return switch (lower(word)) {
      case "early" -> "START";
      case "mid" -> "MID";
      case "late" -> "END";
      default -> null;
    };
  }

  /** Words after which "May" and "March" are months, not a modal or a walk. */
  private static final Set<String> MONTH_CONTEXT = Set.of("in", "of", "since", "until", "by", "from", "to",
      "through", "during", "early", "late", "mid", "before", "after", "last", "next", "this", "that", "-", "and",
      "or", "between");

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
      String p = prev == null ? "" : prev.text().toLowerCase(Locale.ROOT);
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

  /** Words that make a weekday the name of a day in history or the calendar, not a day of this week. */
  private static final Set<String> NAMED_DAYS =
      Set.of("Black", "Good", "Cyber", "Super", "Bloody", "Ash", "Palm", "Holy", "Easter", "Blue", "Shrove");

  private static @Nullable Found weekday(Matcher m, Scan s) {
    if (!capitalised(s, m.start("w"))) {
      return null;
    }
    Token next = s.next(m.end());
    if (m.group("part") == null && next != null && next.isProperNoun() && Character.isUpperCase(next.text().charAt(0))
        && Words.month(next.text()) == 0 && !IS_WEEKDAY.matcher(next.text()).matches()) {
      return null;
    }
    Token prev = s.previous(m.start());
    if (prev != null && NAMED_DAYS.contains(prev.text())) {
      return null;
    }
    DayOfWeek dow = Words.weekday(m.group("w"));
    String part = m.group("part") == null ? "" : "T" + part(m.group("part"));
    if (m.group("pl") != null || (m.group("part") != null && m.group("part").endsWith("s"))) {
      return new Found(TimexType.SET, "XXXX-WXX-" + dow.getValue() + part, null);
    }
    String rel = lower(m.group("rel"));
    LocalDate a = s.anchor;
    int back = Math.floorMod(a.getDayOfWeek().getValue() - dow.getValue(), 7);
    int ahead = Math.floorMod(dow.getValue() - a.getDayOfWeek().getValue(), 7);
    LocalDate d = switch (rel) {
      case "last", "past", "this past", "previous", "the previous" -> a.minusDays(back == 0 ? 7 : back);
      case "next" -> a.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(dow.getValue() - 1L);
      case "this", "this coming", "coming" -> a.plusDays(ahead);
      default -> Calendar.weekday(a, dow, s.tense(m.start(), m.end()));
    };
    return new Found(part.isEmpty() ? TimexType.DATE : TimexType.TIME, Calendar.day(d) + part, null);
  }

  private static @Nullable Found deicticDay(Matcher m, Scan s) {
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
    return new Found(TimexType.TIME, Calendar.day(d) + "T" + part(partWord), null);
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

  private static @Nullable Found relativeUnit(Matcher m, Scan s) {
    String rel = lower(m.group("rel"));
    String u = Words.unit(m.group("u"));
    boolean the = m.group("the") != null;
    if (the && (rel.equals("this") || u.equals("weekend"))) {
      return null;
    }
    int shift = switch (rel) {
      case "last", "past", "previous", "this past" -> -1;
      case "next", "coming", "following" -> 1;
      default -> 0;
    };
    if (u.length() > 3 && Set.of("spring", "summer", "fall", "autumn", "winter").contains(u)) {
      String code = Calendar.season(u);
      int start = Calendar.seasonStart(code);
      int am = s.anchor.getMonthValue();
      int y = s.anchor.getYear();
      if (shift < 0) {
        y = am >= start + 3 ? y : y - 1;
      } else if (shift > 0) {
        y = am < start ? y : y + 1;
      } else if (code.equals("WI") && am <= 2) {
        y--;
      }
      return Found.date(Calendar.year(y) + "-" + code);
    }
    return unitValue(s.anchor, u, shift);
  }

  private static @Nullable Found quarter(Matcher m, Scan s) {
    String det = lower(m.group("det"));
    int n = switch (lower(m.group("n")).substring(0, 1)) {
      case "f" -> lower(m.group("n")).startsWith("fir") ? 1 : 4;
      case "1" -> 1;
      case "s", "2" -> 2;
      case "t", "3" -> 3;
      default -> 4;
    };
    boolean half = lower(m.group("u")).equals("half");
    if (half && n > 2) {
      return null;
    }
    int y = s.anchor.getYear();
    String yr = lower(m.group("yr"));
    String explicit = m.group("y") != null ? m.group("y") : m.group("y2") != null ? m.group("y2") : m.group("y0");
    if (explicit != null) {
      y = Integer.parseInt(explicit);
    } else if (m.group("ago") != null) {
      y--;
    } else if (!yr.isEmpty() || det.endsWith("year's")) {
      String w = yr.isEmpty() ? det : yr;
      y += w.startsWith("last") ? -1 : w.startsWith("next") ? 1 : 0;
    } else {
      int current = half ? (s.anchor.getMonthValue() - 1) / 6 + 1 : Calendar.quarterOf(s.anchor);
      if (n > current && s.tense(m.start(), m.end()) != Tense.FUTURE) {
        y--;
      }
    }
    return Found.date(Calendar.year(y) + (half ? "-H" : "-Q") + n);
  }

  private static @Nullable Found theQuarter(Matcher m, Scan s) {
    String rel = lower(m.group("rel"));
    String rel2 = lower(m.group("rel2"));
    String key = rel2.isEmpty() || rel2.equals("fiscal") ? rel : rel2;
    int shift = switch (key) {
      case "this", "current" -> 0;
      case "next" -> 1;
      default -> -1;
    };
    return unitValue(s.anchor, "quarter", shift);
  }

  private static @Nullable Found ago(Matcher m, Scan s) {
    String c = Words.count(m.group("c"));
    String u = Words.unit(m.group("u"));
    String dir = lower(m.group("dir"));
    boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
    if (!dir.equals("ago") && !dir.equals("from now") && !dir.equals("hence")
        && !Set.of("year", "quarter", "month").contains(u)) {
      return null;
    }
    if (c.equals("X") || c.contains(".")) {
      return Found.date(back ? "PAST_REF" : "FUTURE_REF");
    }
    int n = Integer.parseInt(c) * (back ? -1 : 1);
    if (n == -1 && u.equals("year")) {
      return Found.date(Calendar.year(s.anchor.getYear() - 1)).referring(Reference.YEAR_BEFORE);
    }
    if (u.equals("hour") || u.equals("minute") || u.equals("second")) {
      return null;
    }
    LocalDate a = s.anchor;
    return switch (u) {
      case "day" -> Found.date(Calendar.day(a.plusDays(n)));
      case "week" -> Found.date(Calendar.week(a.plusWeeks(n)));
      case "fortnight" -> Found.date(Calendar.week(a.plusWeeks(2L * n)));
      case "decade" -> Found.date(Calendar.year(a.getYear() + 10 * n).substring(0, 3));
      case "century" -> Found.date(Calendar.year(a.getYear() + 100 * n).substring(0, 2));
      default -> unitValue(a, u, n);
    };
  }

  private static @Nullable Found duration(Matcher m, Scan s) {
    String rawCount = lower(m.group("c"));
    String c = Words.count(rawCount);
    String unitWord = lower(m.group("u"));
    String u = Words.unit(unitWord);
    boolean plural = !unitWord.equals(u);
    boolean article = rawCount.equals("a") || rawCount.equals("an");
    if (c.equals("X") && !plural) {
      return null;
    }
    if (article && u.equals("second")) {
      return null;
    }
    if (article && m.group("det") == null && m.group("adj") == null) {
      Token prev = s.previous(m.start());
      if (prev != null && (prev.pos().equals("CD") || prev.isNoun() || prev.text().equals("%"))) {
        return null;
      }
    }
    if (u.equals("quarter") && article && m.group("det") == null && m.group("adj") == null) {
      Token prev = s.previous(m.start());
      if (prev == null || !prev.pos().equals("IN")) {
        return null;
      }
    }
    if (u.equals("quarter") && (Character.isDigit(rawCount.charAt(0))
        || (s.text.startsWith(" of", m.end()) && (c.equals("1") || c.equals("3"))))) {
      return null;
    }
    if (!c.equals("X") && !plural && !article && !c.equals("1") && Scan.isSpace(s.text.charAt(m.end("c")))) {
      Token next = s.token(m.start("u"));
      if (next != null && !next.isNoun()) {
        return null;
      }
    }
    String value = Words.duration(c, u);
    if (value == null) {
      return null;
    }
    int before = m.start();
    if (m.group("det") == null && m.group("adj") == null && before >= 3
        && s.text.regionMatches(true, before - 3, "in", 0, 2) && Scan.isSpace(s.text.charAt(before - 1))
        && (before == 3 || !Character.isLetter(s.text.charAt(before - 4))) && !c.equals("X") && !c.contains(".")
        && s.tense(m.start(), m.end()) == Tense.FUTURE) {
      Found f = unitValue(s.anchor, u, Integer.parseInt(c));
      if (f != null) {
        return f;
      }
    }
    return new Found(TimexType.DURATION, value, null);
  }

  private static @Nullable Found year(Matcher m, Scan s) {
    int y = Integer.parseInt(m.group("y"));
    Token t = s.token(m.start("y"));
    Token prev = s.previous(m.start());
    Token next = s.next(m.end());
    String p = prev == null ? "" : prev.text().toLowerCase(Locale.ROOT);
    if (t != null && !t.pos().equals("CD") && !t.pos().startsWith("NN") && !t.pos().equals("JJ")) {
      return null;
    }
    boolean determined = prev != null && (prev.pos().equals("DT") || prev.pos().equals("PRP$") || prev.pos().equals("POS"));
    if (next != null && m.group("lead") == null && !determined
        && (next.pos().equals("NNS") || next.text().equals("%")) && !next.text().equals("s")) {
      return null;
    }
    if (Set.of("$", "#", "no.", "number", "route", "flight", "at", "about", "nearly", "some", "than", "over",
        "under", "almost", "around", "approximately", "to").contains(p) && m.group("lead") == null) {
      if (!p.equals("to") || next != null && next.isNoun()) {
        return null;
      }
    }
    boolean inContext = m.group("lead") != null || Set.of("in", "since", "of", "from", "until", "by", "before",
        "after", "during", "through", "year", "early", "late", "mid", "-", "the", "fiscal", "and", ",").contains(p);
    if (y < 1900 && !inContext) {
      return null;
    }
    if (y > s.anchor.getYear() + 30 && !inContext) {
      return null;
    }
    return Found.date(Calendar.year(y));
  }

  private static @Nullable Found every(Matcher m, Scan s) {
    String u = lower(m.group("u"));
    if (m.group("other") != null) {
      String d = Words.duration("2", u);
      return d == null ? null : new Found(TimexType.SET, d, null);
    }
    String value;
    if (IS_WEEKDAY.matcher(u).matches()) {
      value = "XXXX-WXX-" + Words.weekday(u).getValue();
    } else if (IS_MONTH.matcher(u).matches()) {
      value = "XXXX-" + String.format(Locale.ROOT, "%02d", Words.month(u));
    } else if (IS_SEASON.matcher(u).matches()) {
      value = "XXXX-" + Calendar.season(u);
    } else if (IS_PART.matcher(u).matches()) {
      value = "XXXX-XX-XXT" + part(u);
    } else if (u.equals("season")) {
      value = "P1Y";
    } else if (u.equals("weekend")) {
      value = "XXXX-WXX-WE";
    } else {
      value = Words.duration("1", u);
    }
    return value == null ? null : new Found(TimexType.SET, value, null);
  }

  private static @Nullable Found clock(Matcher m, Scan s) {
    int h = Integer.parseInt(m.group("h"));
    int mi = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
    if (h < 1 || h > 12 || mi > 59) {
      return null;
    }
    boolean pm = lower(m.group("ap")).startsWith("p");
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
    return new Found(TimexType.TIME, Calendar.day(d) + "T" + hm, null);
  }
}
