package org.dyad.engine.time;

import static org.dyad.engine.time.Grammar.lower;
import static org.dyad.engine.time.Grammar.p;
import static org.dyad.engine.time.Grammar.unitValue;
import static org.dyad.engine.time.Words.SEASON;
import static org.dyad.engine.time.Words.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.time.Grammar.Found;
import org.dyad.engine.time.Grammar.Reference;
import org.dyad.engine.time.Grammar.Rule;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * Periods longer than a day: "last week", "next month", quarters and halves, seasons, years ("1990", "fiscal
 * 1990", "nineteen ninety-four"), decades and centuries, the periods of earnings reports ("the year-ago
 * period"), "the end of the year".
 */
final class PeriodRules {
  private PeriodRules() {}

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  static final List<Rule> RULES = List.of(
      new Rule("relative-unit", p("\\b(?:(?<the>the)\\s+)?(?<rel>this|last|next|past|coming|previous|current"
          + "|following|this past)\\s+(?<u>week|month|year|quarter|weekend|decade|century|" + SEASON + ")\\b"),
          PeriodRules::relativeUnit),
      new Rule("quarter", p("\\b(?:(?<det>the|this year's|last year's|next year's)\\s+(?!\\w+-quarter))?(?:(?:latest|current"
          + "|last|past|previous|same|flat|strong|weak)\\s+)?(?:(?<y0>" + YEAR + ")\\s+|(?<ago>year-earlier|year-ago)"
          + "\\s+)?(?:fiscal\\s+)?(?<n>first|second|third|fourth"
          + "|1st|2nd|3rd|4th|final|last)[\\s-]+(?:fiscal\\s+)?(?<u>quarter|half)(?!\\s+of\\s+(?:the|a|its|their)\\b)"
          + "(?:\\s+of\\s+(?:(?<y>" + YEAR + ")|(?<yr>this|last|next)\\s+year)|\\s+(?<y2>" + YEAR + "))?\\b"),
          PeriodRules::quarter),
      new Rule("the-quarter", p("\\b(?<rel>the|this|last|next|latest|current)(?:\\s+(?<rel2>latest|current|past"
          + "|previous|fiscal|most recent))?\\s+quarter\\b(?!\\s+of\\b|-)"), PeriodRules::theQuarter),
      new Rule("decade", p("\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<d>(?:1[0-9]|20)\\d)0'?s"
          + "|'(?<dd>\\d)0s|(?<=\\bthe\\s|\\bthe\\s(?:early|mid|late)[\\s-]|\\bthe\\s'?\\d0s\\s(?:and|or|to)\\s)"
          + "(?<dd2>[2-9])0s|(?<w>" + Words.alternation(Words.set("decade")) + "))\\b"), PeriodRules::decade),
      new Rule("century", p("\\b(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)"
          + "|(?<w>" + Words.alternation(Words.set("century")) + "))[\\s-]+century\\b"), (m, s) -> {
            int n = m.group("n") != null ? Integer.parseInt(m.group("n"))
                : Integer.parseInt(Words.list("century").get(lower(m.group("w"))));
            return n < 1 ? null : new Found(TimexType.DATE, String.format(Locale.ROOT, "%02d", n - 1),
                edgeMod(m.group("mod")));
          }),
      new Rule("year", p("(?<![\\w$.,#/:])(?<!\\d-)(?:(?<lead>the year|fiscal(?: year)?|calendar(?: year)?|"
          + "fy)\\s*)?(?<y>" + YEAR + ")(?![\\w%]|[.,:]\\d|-\\d|\\s*(?:percent|%))"), PeriodRules::year),
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
            Found f = unitValue(s.anchor, lower(m.group("u")), 0);
            String adj = lower(m.group("adj"));
            boolean whole = adj.equals("full") || adj.equals("entire") || adj.equals("whole");
            return f != null && whole && lower(m.group("u")).equals("year") ? f.referring(Reference.YEAR_OF_QUARTER)
                : f;
          }),
      new Rule("year-period", p("\\bthe\\s+(?<y>" + YEAR + ")\\s+(?<u>period|quarter|season)\\b"),
          (m, s) -> lower(m.group("u")).equals("season") ? Found.date(m.group("y"))
              : Found.date(m.group("y")).referring(Reference.QUARTER_OF_YEAR)),
      new Rule("year-end", p("\\b(?:year[- ]end|year's end)\\b"),
          (m, s) -> Found.date(Calendar.year(s.anchor.getYear()))),
      new Rule("the-season", p("\\b(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?<u>" + SEASON
          + ")(?:\\s+of\\s+(?<y>" + YEAR + "|" + Words.SPOKEN_YEAR + ")|\\s+(?<y2>" + YEAR + "))?\\b"),
          PeriodRules::season),
      new Rule("spoken-year", p("\\b(?:(?<the>the year)\\s+)?(?<y>" + Words.SPOKEN_YEAR + ")\\b"), (m, s) -> {
        int y = Words.spokenYear(m.group("y"));
        // "Two thousand" alone is a number unless "the year" leads it.
        return y == 2000 && m.group("the") == null ? null : Found.date(Calendar.year(y));
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
            String mod = switch (lower(m.group("e"))) {
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
      }));

  private static @Nullable String edgeMod(@Nullable String word) {
    return switch (lower(word)) {
      case "early" -> "START";
      case "mid" -> "MID";
      case "late" -> "END";
      default -> null;
    };
  }

  private static @Nullable Found relativeUnit(Matcher m, Scan s) {
    String rel = lower(m.group("rel"));
    String u = Words.unit(m.group("u"));
    boolean the = m.group("the") != null;
    if (Grammar.title(s, m.start(), m.start("u"))) {
      return null;
    }
    if (the && (rel.equals("this") || rel.equals("following") || rel.equals("previous") || u.equals("weekend"))) {
      return null;
    }
    if (rel.equals("past") && (u.equals("decade") || u.equals("century"))) {
      // "The past decade" is the ten years up to now, not the 1990s.
      return new Found(TimexType.DURATION, Words.duration("1", u), null);
    }
    int shift = switch (rel) {
      case "last", "past", "previous", "this past" -> -1;
      case "next", "coming", "following" -> 1;
      default -> 0;
    };
    if (Words.set("season").contains(lower(m.group("u")))) {
      String code = Words.season(m.group("u"));
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
    boolean half = lower(m.group("u")).equals("half");
    String word = lower(m.group("n"));
    boolean last = word.equals("last") || word.equals("final");
    if (word.equals("last") && !half && m.group("y") == null && m.group("y2") == null && m.group("y0") == null) {
      return null; // "the last quarter" is the one before this
    }
    int n = last ? (half ? 2 : 4) : switch (word.substring(0, 1)) {
      case "f" -> word.startsWith("fir") ? 1 : 4;
      case "1" -> 1;
      case "s", "2" -> 2;
      case "t", "3" -> 3;
      default -> 4;
    };
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
    if (rel.equals("the") && rel2.equals("previous")) {
      return null;
    }
    String key = rel2.isEmpty() || rel2.equals("fiscal") ? rel : rel2;
    int shift = switch (key) {
      case "this", "current" -> 0;
      case "next" -> 1;
      default -> -1;
    };
    Found f = unitValue(s.anchor, "quarter", shift);
    return key.equals("the") ? f.referring(Reference.SAME_PERIOD) : f;
  }

  private static @Nullable Found decade(Matcher m, Scan s) {
    String v;
    if (m.group("d") != null) {
      v = m.group("d");
    } else if (m.group("dd") != null || m.group("dd2") != null) {
      int d = Integer.parseInt(m.group("dd") != null ? m.group("dd") : m.group("dd2"));
      v = (d <= (s.anchor.getYear() % 100) / 10 ? s.anchor.getYear() / 100 : s.anchor.getYear() / 100 - 1) + "" + d;
    } else {
      if (!m.group().toLowerCase(Locale.ROOT).startsWith("the")) {
        return null;
      }
      v = "19" + Words.list("decade").get(lower(m.group("w")));
    }
    return new Found(TimexType.DATE, v, edgeMod(m.group("mod")));
  }

  private static final Set<String> NOT_BEFORE_YEAR = Words.set("not-before-year");
  private static final Set<String> YEAR_CONTEXT = Words.set("year-context");

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
    if (NOT_BEFORE_YEAR.contains(p) && m.group("lead") == null) {
      if (!p.equals("to") || next != null && next.isNoun()) {
        return null;
      }
    }
    boolean inContext = m.group("lead") != null || YEAR_CONTEXT.contains(p);
    if (y < 1900 && !inContext) {
      return null;
    }
    if (y > s.anchor.getYear() + 30 && !inContext) {
      return null;
    }
    return Found.date(Calendar.year(y));
  }

  /** A year written in digits or spoken ("nineteen ninety-four"). */
  static int year(String digitsOrWords) {
    return Character.isDigit(digitsOrWords.charAt(0)) ? Integer.parseInt(digitsOrWords)
        : Words.spokenYear(digitsOrWords);
  }

  private static @Nullable Found season(Matcher m, Scan s) {
    String code = Words.season(m.group("u"));
    String y = m.group("y") != null ? Calendar.year(year(m.group("y"))) : m.group("y2");
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
  }
}
