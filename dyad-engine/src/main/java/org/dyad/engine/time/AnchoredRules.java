package org.dyad.engine.time;

import static org.dyad.engine.time.Grammar.lower;
import static org.dyad.engine.time.Grammar.p;
import static org.dyad.engine.time.Words.COUNT;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.time.Anchors.Relative;
import org.dyad.engine.time.Grammar.Found;
import org.dyad.engine.time.Grammar.Rule;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * Expressions that count from the time the text is talking about rather than from the document date: "the
 * next day", "the following month", "the day before", "two days later", "a week after the vote", "that year",
 * "the same day", "in the morning". Each match is a {@link Relative}; {@link Anchors} finds the time it
 * counts from once every expression of the text is known. "Since then", "at the time" and "later in the day"
 * are left alone: TimeML leaves them unannotated.
 */
final class AnchoredRules {
  private AnchoredRules() {}

  private static final String UNIT = "day|morning|afternoon|evening|night|week|weekend|month|year|quarter|decade"
      + "|century";
  private static final String BEFORE_UNIT = "day|night|week|weekend|month|year";
  /** What follows "before" or "after" that takes an object ("after the vote", "after Oct. 12"). */
  private static final String OBJECT = "(?=\\s+[\\p{L}\\p{N}$])";

  static final List<Rule> RULES = List.of(
      new Rule("next-unit", p("\\b(?:(?<the>the)\\s+)?(?<rel>next|following|previous|preceding|prior)\\s+(?<u>"
          + UNIT + ")\\b(?!-|\\s+of\\b)"), AnchoredRules::nextUnit),
      new Rule("next-weekday", p("\\bthe\\s+(?<rel>following|previous|preceding|prior)\\s+(?<w>" + Words.WEEKDAY
          + ")\\b"), (m, s) -> {
            int dow = Words.weekday(m.group("w")).getValue();
            return Found.relative(new Relative("weekday", lower(m.group("rel")).equals("following") ? dow : -dow,
                null, false));
          }),
      // "The day before X" is "the day" ("before" is TimeML's signal); "the day before" ending its clause is whole.
      new Rule("unit-before", p("\\b(?:(?<t>the\\s+(?<u>" + BEFORE_UNIT + "))\\s+(?<dir>before|after)" + OBJECT
          + "|the\\s+(?<u2>" + BEFORE_UNIT + ")\\s+(?<dir2>before|after|earlier|later|previous|prior)"
          + "\\b(?!-|\\s+to\\b))"),
          (m, s) -> {
            Token prev = s.previous(m.start());
            if (prev != null && prev.text().equalsIgnoreCase("in")) {
              return null;
            }
            boolean object = m.group("t") != null;
            String dir = lower(object ? m.group("dir") : m.group("dir2"));
            boolean back = !dir.equals("after") && !dir.equals("later");
            return Found.relative(unit(object ? m.group("u") : m.group("u2"), back ? -1 : 1, object));
          }),
      new Rule("count-later", p("\\b(?<t>(?<c>" + COUNT + ")[\\s-]+(?<u>days?|weeks?|months?|quarters?|years?"
          + "|decades?))(?:\\s+or\\s+so)?\\s+(?:(?<dir>before|after)" + OBJECT
          + "|(?<dir2>later|earlier|before|after)\\b)"),
          AnchoredRules::countLater),
      new Rule("that-unit", p("\\b(?:(?<that>that)(?:\\s+same)?|the\\s+same)\\s+(?<u>" + UNIT + "|time)\\b"
          + "(?![-\\w])"), AnchoredRules::thatUnit),
      // "Ended the day up 2%", "for the day", "the start of the day": the day the text is at.
      new Rule("the-day", p("\\b(?:(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start"
          + "|started|starting)\\s+(?<t>the\\s+day)|(?<t2>the\\s+(?:start|end|close|beginning)\\s+of\\s+the\\s+day)"
          + "|for\\s+(?<t3>the\\s+day)(?=\\s*[,.;]))\\b"), (m, s) -> Found.relative(new Relative("day-at", 0, null, false))),
      new Rule("in-the-part", p("\\b(?:in|during|by)\\s+(?<t>the\\s+(?<p>morning|afternoon|evening|night))\\b"
          + "(?!\\s+of\\b|-)"), (m, s) -> Found.relative(unit(m.group("p"), 0, false))),
      new Rule("mid-part", p("\\bmid[\\s-]?(?<p>morning|afternoon)(?:\\s+(?<w>yesterday|today|tomorrow))?\\b"),
          (m, s) -> {
            String part = Words.part(m.group("p"));
            String w = lower(m.group("w"));
            if (w.isEmpty()) {
              return Found.relative(new Relative("day", 0, part, false));
            }
            int shift = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
            return new Found(TimexType.TIME, Calendar.day(s.anchor.plusDays(shift)) + "T" + part, "MID");
          }));

  /** A unit word as a {@link Relative}: a part of the day counts in days and keeps its part. */
  private static Relative unit(String word, int count, boolean object) {
    String u = lower(word);
    if (Words.set("part").contains(u)) {
      return new Relative("day", count, Words.part(u), object);
    }
    return new Relative(u, count, null, object);
  }

  /**
   * "The next day", "the following week", "the previous year". "Next" alone counts from the document date
   * except for a day or its parts ("next week" is the week after this one; "the next morning" is the morning
   * after the one the text is at).
   */
  private static @Nullable Found nextUnit(Matcher m, Scan s) {
    String rel = lower(m.group("rel"));
    String u = lower(m.group("u"));
    boolean dayOrPart = u.equals("day") || Words.set("part").contains(u);
    if (rel.equals("next") && !dayOrPart) {
      return null;
    }
    if (m.group("the") == null && !rel.equals("next") && !dayOrPart) {
      return null;
    }
    boolean back = rel.equals("previous") || rel.equals("preceding") || rel.equals("prior");
    return Found.relative(unit(u, back ? -1 : 1, false));
  }

  /** Words before "two days after ..." that make it a stretch of time, not a date ("waited two days after"). */
  private static final Set<String> DURATION_CUES = Words.set("duration-cue");

  /**
   * "Two days later", "three weeks earlier", "a month after the vote": the duration "two days" ({@code P2D}), as
   * TimeML annotates it, leading to the date two days after the time it counts from. Vague counts ("a few days
   * later") stay plain durations, as do counts after a word that measures time ("for two days after"); "a year
   * earlier" is the earnings comparison of {@link SpanRules}.
   */
  private static @Nullable Found countLater(Matcher m, Scan s) {
    String c = Words.count(m.group("c"));
    String u = Words.unit(m.group("u"));
    boolean object = m.group("dir") != null;
    String dir = lower(object ? m.group("dir") : m.group("dir2"));
    if (c.equals("X") || c.contains(".")) {
      return null;
    }
    int n = Integer.parseInt(c);
    boolean back = dir.equals("earlier") || dir.equals("before");
    if (n == 1 && u.equals("year") && back) {
      return null;
    }
    Token prev = s.previous(m.start());
    if (prev != null && (DURATION_CUES.contains(prev.text().toLowerCase(Locale.ROOT))
        || DURATION_CUES.contains(prev.lemma().toLowerCase(Locale.ROOT)))) {
      return null;
    }
    String duration = Words.duration(c, u);
    if (duration == null) {
      return null;
    }
    Relative r = u.equals("decade") ? new Relative("year", (back ? -10 : 10) * n, null, object)
        : new Relative(u, back ? -n : n, null, object);
    return Found.leading(duration, r);
  }

  /** "That day", "that same week", "the same year", "that time": the unit of the time the text is at. */
  private static @Nullable Found thatUnit(Matcher m, Scan s) {
    if (m.group("that") != null) {
      Token that = s.token(m.start("that"));
      Token next = s.next(m.end());
      boolean determiner = that == null || that.pos().equals("DT")
          || that.pos().equals("WDT") && (next == null || !next.isVerb() && !next.pos().equals("MD"));
      if (!determiner) {
        return null;
      }
    } else if (lower(m.group("u")).equals("time")) {
      return null;
    }
    String u = lower(m.group("u"));
    return Found.relative(u.equals("time") ? new Relative("time", 0, null, false) : unit(u, 0, false));
  }
}
