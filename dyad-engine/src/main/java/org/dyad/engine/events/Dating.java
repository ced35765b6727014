package org.dyad.engine.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.EventDateSource;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/** An event's date (a time expression of its own clause, else the document's) and whether it is background. */
final class Dating {
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final Set<String> OTHER_TIME = Words.set("other_time");
  /** Case markers after which a date is not the event's own ("set for next month", "until 2025"). */
  private static final Set<String> NOT_THE_DATE = Words.set("not_the_date");
  /** Relations that open a clause of its own: a date, place or modal there belongs to another predicate. */
  private static final Set<String> BOUNDARIES = Set.of("ccomp", "advcl", "acl:relcl", "parataxis", "csubj",
      "list", "acl", "dep");
  /**
   * Case markers of a noun that is the topic or the cause of a predicate, not its occasion: a date inside it
   * dates the topic or the cause ("declined to comment on meetings this week", "requested easier terms because
   * of a drop in oil income last year").
   */
  private static final Set<String> TOPIC_OR_CAUSE = Words.set("topic_or_cause");
  /**
   * Relations of a predicate's participants: a date inside one dates that noun, an act or thing of its own time,
   * not the predicate ("criticised the 2019 agreement", "the 2003 invasion still angers Iraq").
   */
  private static final Set<String> PARTICIPANTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "appos");

  /**
   * How the value of a time expression that counts from a time the text does not give safely begins ("the next
   * day" after no date): the event it dates keeps that unknown date rather than taking the document's.
   */
  private static final String UNRESOLVED = "XXXX";

  private final LocalDate documentDate;
  private final List<Timex> timexes;

  Dating(LocalDate documentDate, List<Timex> timexes) {
    this.documentDate = documentDate;
    this.timexes = timexes;
  }

  /** An event's date, where it came from, and the time expression that gave it, if one. */
  record Dated(String value, EventDateSource source, @Nullable Timex timex) {}

  Dated date(Sentence s, Token p) {
    Timex own = ownTimex(s, p);
    // A clause of another time ("only weeks after Reagan imposed tariffs", "before Japan acts") does not take
    // the date of the clause it hangs on.
    boolean otherTime = s.dependents(p.index()).stream().anyMatch(c -> c.rel().equals("mark")
        && OTHER_TIME.contains(c.lemma().toLowerCase(Locale.ROOT)));
    if (own == null && !otherTime && p.head() >= 0 && Set.of("advcl", "conj", "xcomp").contains(p.rel())) {
      own = ownTimex(s, s.token(p.head()));
    }
    if (own != null) {
      return new Dated(own.date(), EventDateSource.TEXT, own);
    }
    return new Dated(documentDate.toString(), EventDateSource.DOCUMENT, null);
  }

  /**
   * Whether a time expression can date an event: a date (one the text does not anchor keeps its unknown value,
   * "XXXX", rather than the document's), or a duration that leads to one ("two days later": its pointsTo).
   */
  private static boolean datesAnEvent(Timex t) {
    if (t.type() == TimexType.DURATION) {
      return t.pointsTo() != null;
    }
    return t.type() != TimexType.SET && (t.value().matches("\\d{4}.*") || t.value().startsWith(UNRESOLVED));
  }

  private @Nullable Timex ownTimex(Sentence s, Token p) {
    Set<Integer> roots = region(s, p);
    for (Timex t : timexes) {
      if (t.start() < s.start() || t.end() > s.end() || !datesAnEvent(t)) {
        continue;
      }
      Token head = timexHead(s, t);
      if (head == null || s.tree().hasCaseIn(head, NOT_THE_DATE)) {
        continue;
      }
      if (reaches(s, head, roots)) {
        return t;
      }
    }
    return null;
  }

  /** The predicate and its light verb, where dates and places of a noun predicate attach. */
  private static Set<Integer> region(Sentence s, Token p) {
    Set<Integer> roots = new HashSet<>(Set.of(p.index()));
    for (Token c : s.dependents(p.index())) {
      if (c.rel().startsWith("acl") && LIGHT_VERBS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        roots.add(c.index());
      }
    }
    if (p.isNoun() && p.rel().equals("obj") && p.head() >= 0
        && LIGHT_VERBS.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT))) {
      roots.add(p.head());
    }
    return roots;
  }

  /**
   * Whether climbing from a date's head {@code t} reaches one of {@code roots} without entering another clause
   * (a verb conjoined to the predicate heads a clause of its own: "attacked the policy and warned Tokyo ... in
   * April"), a topic or a cause ({@link #TOPIC_OR_CAUSE}), another time ("talks, the first since the 2019
   * summit": {@link #NOT_THE_DATE}) or a participant ({@link #PARTICIPANTS}). A date inside a noun dates that noun:
   * background told beside today's news ("blamed Washington for the 2003 invasion") keeps its own date for the
   * event the noun names, not for today's predicate.
   */
  private static boolean reaches(Sentence s, Token t, Set<Integer> roots) {
    if (t.rel().equals("nmod:poss")) {
      // A possessive date dates its noun: the predicate ("next month's meeting") or the predicate's occasion
      // ("will urge Tokyo at Wednesday's meetings"), not a noun deeper down ("requested cuts to meet the terms
      // of last year's accord").
      Token owner = s.token(t.head());
      return roots.contains(owner.index()) || owner.rel().startsWith("obl")
          && !s.tree().hasCaseIn(owner, TOPIC_OR_CAUSE) && reaches(s, owner, roots);
    }
    for (Token a = t; ; a = s.token(a.head())) {
      if (roots.contains(a.index())) {
        return true;
      }
      if (a.head() < 0 || a != t && (BOUNDARIES.contains(a.rel()) || a.rel().equals("conj") && a.isVerb()
          || a.isNoun() && (s.tree().hasCaseIn(a, TOPIC_OR_CAUSE) || s.tree().hasCaseIn(a, NOT_THE_DATE)
          || PARTICIPANTS.contains(a.rel())))) {
        return false;
      }
    }
  }

  private static @Nullable Token timexHead(Sentence s, Timex t) {
    for (Token k : s.tokens()) {
      if (k.start() >= t.start() && k.end() <= t.end()) {
        if (k.head() < 0) {
          return k;
        }
        Token h = s.token(k.head());
        if (h.start() < t.start() || h.end() > t.end()) {
          return k;
        }
      }
    }
    return null;
  }

  /** Whether a date value lies after the document's date: the event is to come. */
  boolean after(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value).isAfter(documentDate);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(value).isAfter(YearMonth.from(documentDate));
      }
      if (value.matches("\\d{4}")) {
        return Integer.parseInt(value) > documentDate.getYear();
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }

  /**
   * The last day of the period a date value names: the day itself, the month's last, the year's last; a value
   * of another form (a week, a quarter) by its year; null for none.
   */
  private static @Nullable LocalDate lastDay(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(value).atEndOfMonth();
      }
      if (value.matches("\\d{4}.*")) {
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 12, 31);
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  /**
   * Background, not news: dated more than a year before the document (the date's period ended over a year
   * before: "the 2011 uprising", "in May 2020" in October 2021, not "a July 1986 pact" in April 1987), or in the
   * perfect with a duration ("disputes that have dominated relations for decades").
   */
  boolean historical(Sentence s, Token p, Dated dated) {
    LocalDate last = dated.source() == EventDateSource.TEXT ? lastDay(dated.value()) : null;
    if (last != null && last.plusYears(1).isBefore(documentDate)) {
      return true;
    }
    boolean perfect = s.dependents(p.index()).stream()
        .anyMatch(c -> c.rel().equals("aux") && c.lemma().equalsIgnoreCase("have"));
    if (!perfect) {
      return false;
    }
    for (Timex t : timexes) {
      if (t.start() >= s.start() && t.end() <= s.end() && t.type() == TimexType.DURATION) {
        Token head = timexHead(s, t);
        if (head != null && head.head() == p.index()) {
          return true;
        }
      }
    }
    return s.dependents(p.index()).stream().anyMatch(c -> c.rel().startsWith("obl") && s.tree().hasCase(c, "since"));
  }
}
