package org.dyad.engine.time;

import static org.dyad.engine.time.Grammar.IS_WEEKDAY;
import static org.dyad.engine.time.Grammar.lower;
import static org.dyad.engine.time.Grammar.p;
import static org.dyad.engine.time.Grammar.unitValue;
import static org.dyad.engine.time.Words.COUNT;
import static org.dyad.engine.time.Words.MONTH_NAME;
import static org.dyad.engine.time.Words.PART;
import static org.dyad.engine.time.Words.SEASON;
import static org.dyad.engine.time.Words.UNIT;
import static org.dyad.engine.time.Words.WEEKDAY;

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
 * Stretches and repetitions of time: durations ("three years", "the past decade"), counts back or forward from
 * the document date ("two days ago", "in three weeks"), sets ("every Tuesday", "twice a year", "weekly"), and
 * the vague PAST_REF, PRESENT_REF and FUTURE_REF ("recently", "now", "the near future").
 */
final class SpanRules {
  private SpanRules() {}

  private static final Pattern IS_MONTH = p(MONTH_NAME);
  private static final Pattern IS_SEASON = p(SEASON);
  private static final Pattern IS_PART = p(PART);

  static final List<Rule> RULES = List.of(
      new Rule("ago", p("\\b(?<c>" + COUNT + ")[\\s-]+(?<u>" + UNIT + ")(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier"
          + "|before|later|from now|hence)\\b"), SpanRules::ago),
      new Rule("duration", p("\\b(?:(?<det>the)\\s+(?!" + COUNT + "-))?(?:(?<adj>past|last|next|first|year-earlier|year-ago"
          + "|coming|previous|recent|following|final|latest|initial|remaining|full|entire|whole|same|additional"
          + "|further|other|few)\\s+)?(?:" + COUNT + "\\s+(?:to|or)\\s+)?(?<c>" + COUNT + ")(?:\\s+more)?"
          + "(?:\\s+(?:straight|consecutive|successive))?(?:\\s+(?:trading|business|working|school))?[\\s-]+(?<u>"
          + UNIT + ")(?<half>\\s+and\\s+a\\s+half)?(?:-long)?\\b(?![\\s-]+old\\b|-(?:to|by|on)-)"),
          SpanRules::duration),
      new Rule("vague-plural", p("\\b(?:(?<the>the)\\s+)?(?<adj>recent|coming|past|last|next|previous"
          + "|upcoming|future)\\s+(?<u>days|weeks|months|quarters|years|decades)\\b"), (m, s) -> {
            String adj = lower(m.group("adj"));
            String u = Words.unit(m.group("u"));
            if (adj.equals("coming") || adj.equals("upcoming") || adj.equals("next") || adj.equals("future")) {
              return Found.date("FUTURE_REF");
            }
            return new Found(TimexType.DURATION, Words.duration("X", u), null);
          }),
      new Rule("bare-plural", p("\\b(?:for|over|within|after|spent|took|takes|lasted|last|in)\\s+(?:just\\s+|only\\s+)?"
          + "(?<t>(?<u>years|months|weeks|days|hours|minutes|decades|centuries))\\b|\\b(?<u2>decades|centuries)(?:-long)?\\b"
          + "|\\b(?:over|in|during)\\s+(?<t2>the\\s+(?<u3>days|weeks|months|years|decades))\\s+(?:since|that followed"
          + "|to come)\\b|\\bover\\s+(?<t3>the\\s+(?<u4>years|decades))\\b"
          + "|\\b(?<t4>the\\s+(?<u5>days|weeks|months|years)\\s+ahead)\\b"), SpanRules::barePlural),
      new Rule("unit-long", p("(?<![\\w-])(?<u>hour|day|week|month|year)-long\\b"), SpanRules::oneUnit),
      new Rule("one-more-unit", p("\\ban?\\s+(?:additional|extra|further)\\s+(?<u>day|week|month|year|decade)\\b"),
          SpanRules::oneUnit),
      new Rule("first-stretch", p("\\bthe\\s+(?:(?<early>early)|first|opening|initial|final|closing|dying)\\s+"
          + "(?<u>hours|days|weeks|months|years|decades)\\b"), (m, s) -> m.group("early") != null
              && lower(m.group("u")).equals("hours") ? null // "the early hours" of a day are a part of it
              : new Found(TimexType.DURATION, Words.duration("X", Words.unit(m.group("u"))), null)),
      new Rule("a-while", p("\\b(?:for|in|after)\\s+(?<t>(?:quite\\s+)?a\\s+(?:long\\s+|little\\s+|short\\s+)?while)\\b"
          + "(?!\\s+(?:ago|back|longer))"), (m, s) -> new Found(TimexType.DURATION, "PXX", null)),
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
          + "|" + SEASON + ")\\b"), SpanRules::every),
      new Rule("set-rate", p("\\b(?:once|twice|(?:\\w+|\\d+) times)\\s+(?:a|an|per|each)\\s+(?<u>day|week|month"
          + "|year|hour|minute|decade)\\b"), (m, s) -> new Found(TimexType.SET,
              Words.duration("1", Words.unit(m.group("u"))), null)),
      new Rule("set-adverb", p("\\b(?<w>" + Words.alternation(Words.set("set-adverb")) + ")\\b"), (m, s) -> {
        Token t = s.token(m.start());
        Token next = s.next(m.end());
        if (t != null && t.pos().startsWith("JJ") && next != null && next.isNoun()
            && lower(m.group("w")).startsWith("quarter")) {
          return null;
        }
        if (newspaper(s, m, next)) {
          return null;
        }
        return new Found(TimexType.SET, Words.list("set-adverb").get(lower(m.group("w"))), null);
      }));

  /** "Day-long", "an additional year": one of the unit of group {@code u}. */
  private static Found oneUnit(Matcher m, Scan s) {
    return new Found(TimexType.DURATION, Words.duration("1", Words.unit(m.group("u"))), null);
  }

  /** "For years", "over the years", "in the years that followed", "the weeks ahead": a stretch of unknown length. */
  private static Found barePlural(Matcher m, Scan s) {
    String u = null;
    for (String g : List.of("u", "u2", "u3", "u4", "u5")) {
      u = u == null ? m.group(g) : u;
    }
    return new Found(TimexType.DURATION, Words.duration("X", Words.unit(u == null ? "years" : u)), null);
  }

  private static final Set<String> PERIODICALS = Words.set("periodical");

  /**
   * Whether a frequency word is a newspaper ("the Communist Party daily Granma", "the daily said", "a Paris
   * weekly"): it names a paper when a capitalised word other than a month or a day follows it, or when it heads
   * its noun phrase: a determiner, a name or an adjective before it and a verb after it, or a determiner or a
   * name before it and its phrase ending there.
   */
  private static boolean newspaper(Scan s, Matcher m, @Nullable Token next) {
    if (!PERIODICALS.contains(lower(m.group("w")))) {
      return false;
    }
    if (next != null && Character.isUpperCase(next.text().charAt(0)) && Words.month(next.text()) == 0
        && !IS_WEEKDAY.matcher(next.text()).matches()) {
      return true;
    }
    Token prev = s.previous(m.start());
    if (prev == null) {
      return false;
    }
    if (Character.isUpperCase(s.text.charAt(m.start())) && Character.isUpperCase(prev.text().charAt(0))
        && prev.isProperNoun()) {
      return true; // "Breitbart News Daily", "Investors Weekly": the last word of a name
    }
    boolean named = prev.pos().equals("DT") || prev.isProperNoun();
    boolean verbAfter = next != null && (next.isVerb() || next.pos().equals("MD"));
    boolean endsPhrase = next == null || !Character.isLetterOrDigit(next.text().charAt(0));
    // "state-run" and "Paris-based" are tagged participles as often as adjectives.
    boolean adjective = prev.pos().startsWith("JJ")
        || prev.pos().equals("VBN") && prev.start() > 0 && s.text.charAt(prev.start() - 1) == '-';
    return (named || adjective) && verbAfter || named && endsPhrase;
  }

  /**
   * Whether "one day" is "some day" ("Islam will one day be ...", "he hoped he would one day fly"): between a
   * subject or an auxiliary and its verb, not a stretch of one day ("in the job one day").
   */
  private static boolean someDay(Scan s, Matcher m) {
    Token prev = s.previous(m.start());
    Token next = s.next(m.end());
    return prev != null && next != null && (next.isVerb() || next.pos().equals("MD"))
        && (prev.pos().equals("MD") || prev.pos().equals("PRP") || prev.isNoun() || prev.pos().equals("RB"));
  }

  /**
   * "Two days ago", "three weeks from now": counts from the document date. A count of weeks names the day so
   * many weeks off ("a week ago" is the day seven days back, as "seven days ago" is), not the ISO week it falls
   * in. "A year earlier" is the comparison
   * of earnings copy (the quarter last named, a year back); other counts "later" or "earlier" count from the
   * time the text is at ({@link AnchoredRules}).
   */
  private static @Nullable Found ago(Matcher m, Scan s) {
    String c = Words.count(m.group("c"));
    String u = Words.unit(m.group("u"));
    String dir = lower(m.group("dir"));
    boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
    boolean fromNow = dir.equals("ago") || dir.equals("from now") || dir.equals("hence");
    if (!fromNow && !(back && c.equals("1") && u.equals("year"))) {
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
      case "week" -> Found.date(Calendar.day(a.plusWeeks(n)));
      case "fortnight" -> Found.date(Calendar.day(a.plusWeeks(2L * n)));
      case "decade" -> Found.date(Calendar.year(a.getYear() + 10 * n).substring(0, 3));
      case "century" -> Found.date(Calendar.year(a.getYear() + 100 * n).substring(0, 2));
      default -> unitValue(a, u, n);
    };
  }

  private static @Nullable Found duration(Matcher m, Scan s) {
    String rawCount = lower(m.group("c"));
    String c = Words.count(rawCount);
    if (m.group("half") != null) {
      if (c.equals("X") || c.contains(".")) {
        return null;
      }
      c = c + ".5";
    }
    String unitWord = lower(m.group("u"));
    String u = Words.unit(unitWord);
    boolean plural = !unitWord.equals(u);
    boolean article = rawCount.equals("a") || rawCount.equals("an");
    if (c.equals("X") && !plural && s.text.charAt(m.end("c")) != '-') {
      return null; // "several year", but "a several-year tenure" is a stretch of years
    }
    if (Grammar.title(s, m.start(), m.start("u"))) {
      return null;
    }
    if (rawCount.equals("one") && unitWord.equals("day") && m.group("det") == null && m.group("adj") == null
        && someDay(s, m)) {
      return Found.date(s.tense(m.start(), m.end()) == Tense.PAST ? "PAST_REF" : "FUTURE_REF");
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
    if (Character.isDigit(rawCount.charAt(0)) && (Character.isUpperCase(s.text.charAt(m.start("u")))
        || !plural && u.equals("year") && rawCount.matches("(?:1\\d|20)\\d\\d"))) {
      return null; // a figure over a table's "Year" column, and "for 1986 year" is the year 1986
    }
    String value = Words.duration(c, u);
    if (value == null) {
      return null;
    }
    int before = m.start();
    if (m.group("det") == null && m.group("adj") == null && before >= 3
        && s.text.regionMatches(true, before - 3, "in", 0, 2) && Scan.isSpace(s.text.charAt(before - 1))
        && (before == 3 || !Character.isLetter(s.text.charAt(before - 4))) && !c.equals("X") && !c.contains(".")
        && !(article && u.equals("quarter")) && s.tense(m.start(), m.end()) == Tense.FUTURE) {
      Found f = unitValue(s.anchor, u, Integer.parseInt(c));
      if (f != null) {
        return f;
      }
    }
    return new Found(TimexType.DURATION, value, null);
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
      value = "XXXX-" + Words.season(u);
    } else if (IS_PART.matcher(u).matches()) {
      value = "XXXX-XX-XXT" + Words.part(u);
    } else if (u.equals("season")) {
      value = "P1Y";
    } else if (u.equals("weekend")) {
      value = "XXXX-WXX-WE";
    } else {
      value = Words.duration("1", u);
    }
    return value == null ? null : new Found(TimexType.SET, value, null);
  }
}
