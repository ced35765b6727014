package org.dyad.engine.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.engine.nlp.Sentence;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/**
 * Finds time expressions and normalises them against the document date. Stateless and thread-safe.
 *
 * <p>Every rule of {@link Grammar} runs over the whole text; a match that its rule accepts becomes a
 * candidate. A modifier right in front of a candidate joins its span and gives its TIMEX3 {@code mod}
 * ("early next year" START, "later this month" END, "mid-2024" MID, "more than four hours" MORE_THAN). Of
 * overlapping candidates the longest wins. Underspecified dates ("Friday", "in March") take the direction of
 * their clause's {@link Tense}. Last, {@link Anchors} gives the expressions that count from another time of
 * the text ("the next day", "a year earlier" in earnings copy) their value and anchor.
 */
public final class TimeTagger {
  private static final Map<String, String> DURATION_MODS = Words.list("duration-mod");
  private static final Map<String, String> DATE_MODS = Words.list("date-mod");
  private static final Set<String> NAME_MODS = Words.set("date-mod-not-name");
  /** Words in front of a timex that belong to it, as TimeML marks them. */
  private static final Pattern MODIFIER = Pattern.compile("(?<![\\w])(?<w>"
      + Words.alternation(Stream.concat(DURATION_MODS.keySet().stream(), DATE_MODS.keySet().stream()).distinct().toList())
      + ")(?:\\s+|-)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  /** Every rule, dates first: of two candidates of one length at one offset the earlier rule's wins. */
  private static final List<Grammar.Rule> RULES = Stream.of(DateRules.RULES, PeriodRules.RULES, SpanRules.RULES,
      AnchoredRules.RULES).flatMap(List::stream).toList();
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int LOOK_BACK = 24;

  /** A match its rule accepted, with the modifier in front of it that joined its span. */
  record Candidate(int start, int end, Grammar.Found found, @Nullable String mod) {
    int length() {
      return end - start;
    }
  }

  /**
   * Words whose date the clause's tense decides: month and day names (capitalised), seasons, weekends,
   * quarters and halves, clock times, and the units of "in three years".
   */
  private static final Pattern TENSED = Pattern.compile("(?:" + Words.MONTH + "|" + Words.WEEKDAY + "s?)",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> TENSED_WORDS = Words.set("tensed");

  /**
   * Whether a date in {@code s} may take its direction from the clause's tense, which reads best from the
   * dependency parse. Needs no parse; the parser asks it to decide which sentences to parse.
   */
  public boolean mayNeedTense(Sentence s) {
    for (var t : s.tokens()) {
      String w = t.text();
      if (Character.isUpperCase(w.charAt(0)) && TENSED.matcher(w).matches()
          || TENSED_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  public List<Timex> tag(String text, LocalDate anchor, List<Sentence> sentences) {
    Scan scan = new Scan(text, anchor, sentences);
    List<Candidate> found = new ArrayList<>();
    for (Grammar.Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        Grammar.Found f = rule.handler().apply(m, scan);
        if (f != null) {
          int[] span = rule.span(m);
          found.add(withModifier(text, span[0], span[1], f));
        }
      }
    }
    // Of two readings of one stretch, the one that knows what it counts from ("two days" of "two days later")
    // beats the plain one.
    found.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start)
        .thenComparing(c -> c.found().relative() == null));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : found) {
      if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return Anchors.resolve(text, kept);
  }

  private static Candidate withModifier(String text, int start, int end, Grammar.Found f) {
    Matcher m = MODIFIER.matcher(text).region(Math.max(0, start - LOOK_BACK), start);
    m.useTransparentBounds(true);
    if (!m.find()) {
      return new Candidate(start, end, f, f.mod());
    }
    String w = SPACES.matcher(m.group("w").toLowerCase(Locale.ROOT)).replaceAll(" ");
    String mod = mod(w, f, text, start, end);
    if (w.equals("over") && text.startsWith("the", start)) {
      mod = null;
    }
    if (mod == null && !"-".equals(DATE_MODS.get(w))) {
      return new Candidate(start, end, f, f.mod());
    }
    return new Candidate(m.start("w"), end, f, mod);
  }

  /**
   * The TIMEX3 mod a modifier word gives, or null when the word does not belong to this kind of timex ("about" and
   * "around" before a date named by a capitalised word are prepositions).
   */
  private static @Nullable String mod(String w, Grammar.Found f, String text, int start, int end) {
    if (f.type() == TimexType.DURATION) {
      return DURATION_MODS.get(w);
    }
    if (f.type() == TimexType.DATE && DURATION_MODS.containsKey(w) && text.regionMatches(true, end - 3, "ago", 0, 3)) {
      return DATE_MODS.getOrDefault(w, "APPROX"); // "over six weeks ago": a date counted back by a rough count
    }
    if (f.value().endsWith("_REF") || f.type() == TimexType.SET) {
      return null;
    }
    if (NAME_MODS.contains(w) && f.type() == TimexType.DATE && Character.isUpperCase(text.charAt(start))) {
      return null;
    }
    String mod = DATE_MODS.get(w);
    return "-".equals(mod) ? null : mod;
  }
}
