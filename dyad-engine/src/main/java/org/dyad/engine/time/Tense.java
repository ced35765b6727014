package org.dyad.engine.time;

import java.util.List;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The tense of the clause a time expression sits in, which decides whether an underspecified expression
 * ("Friday", "in March") looks back or forward from the document date.
 *
 * <p>The clause is found by walking the dependency heads up from the expression to the first verb (or the
 * first word carrying an auxiliary or copula, as in "was on Friday"); without a parse, the nearest verb.
 * Past: a past-tense verb or auxiliary (VBD), a bare participle ("the
 * man killed Sunday"), or a perfect ("has said", "has been searching"). Future: will, would,
 * shall, 'll, a present progressive ("is meeting Friday"), or a verb governed by plan / expect / schedule /
 * set / due / intend / aim ("plans to vote in March", "is set for Sunday"). Present otherwise; a weekday that
 * hangs on a verb in the simple present is scheduled ({@link #scheduled}: "they meet Monday" is the next Monday).
 */
enum Tense {
  PAST,
  PRESENT,
  FUTURE;

  private static final Set<String> FUTURE_AUX = Words.set("future-aux");
  private static final Set<String> FUTURE_GOVERNORS = Words.set("future-governor");
  private static final Set<String> PLAN_VERBS = Words.set("plan-verb");
  private static final Set<String> COMPLEMENT_AHEAD = Words.set("complement-ahead");

  /** The tense governing the tokens {@code [first, last]} of {@code s}. */
  static Tense of(Sentence s, int first, int last) {
    int h = head(s, first, last);
    Tense t = h < 0 ? null : clause(s, h, hangsOn(s, first, last, h));
    return t == null ? PRESENT : t;
  }

  /**
   * Whether the tokens {@code [first, last]} hang on token {@code h} itself, not on a noun under it: "is meeting
   * Friday" is ahead, but "is raising questions about Monday's debate" says nothing of when the debate is.
   */
  private static boolean hangsOn(Sentence s, int first, int last, int h) {
    for (int i = first; i <= last; i++) {
      int up = s.token(i).head();
      if (up < first || up > last) {
        return up == h;
      }
    }
    return false;
  }

  /**
   * Whether the clause of the tokens {@code [first, last]} is a past perfect ("had filed by Wednesday"): a time
   * it reaches is over, whatever word points ahead.
   */
  static boolean pastPerfect(Sentence s, int first, int last) {
    int h = head(s, first, last);
    return h >= 0 && pastPerfect(s, h);
  }

  /**
   * Whether the tokens {@code [first, last]} modify a verb in the simple present ("they meet Monday", "talks
   * open on Tuesday", "the payment is due Friday"): news uses that tense for what is scheduled, so a day it
   * names is the next one. The expression must hang on the verb itself (a "Monday's vote" under "says" does not).
   */
  static boolean scheduled(Sentence s, int first, int last) {
    if (!s.parsed()) {
      return false;
    }
    List<Token> tokens = s.tokens();
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      int h = t.head();
      if (h >= first && h <= last) {
        continue;
      }
      if (h < 0 || !(t.rel().startsWith("obl") || t.rel().endsWith("tmod"))) {
        return false;
      }
      Token head = s.token(h);
      List<Token> deps = s.dependents(h);
      boolean auxiliary = deps.stream().anyMatch(d -> d.rel().startsWith("aux") || d.rel().equals("cop"));
      // A finite verb has its subject (a conjunct shares its first's); without one, the tag is the tagger's
      // slip ("On Friday reports spoke of ...": "reports" is no verb). A base form with a subject and no
      // auxiliary is a present the tagger took for a base form ("He and the prime minister meet Monday").
      boolean subject = head.rel().equals("conj") || deps.stream().anyMatch(d -> d.rel().startsWith("nsubj"));
      boolean finite = subject && (head.pos().equals("VBZ") || head.pos().equals("VBP")
          || head.pos().equals("VB") && !auxiliary
          || deps.stream().anyMatch(d -> (d.rel().startsWith("aux") || d.rel().equals("cop"))
              && (d.pos().equals("VBZ") || d.pos().equals("VBP")) && !d.lemma().equals("have")));
      return finite && clause(s, h, true) == PRESENT && mainOrReported(s, head);
    }
    return false;
  }

  /** Whether a verb heads its sentence, or a clause joined to or reported by a finite verb. */
  private static boolean mainOrReported(Sentence s, Token verb) {
    if (verb.head() < 0) {
      return true;
    }
    String gov = s.token(verb.head()).pos();
    return (verb.rel().equals("ccomp") || verb.rel().equals("conj") || verb.rel().equals("parataxis"))
        && (gov.equals("VBD") || gov.equals("VBZ") || gov.equals("VBP"));
  }

  /**
   * Whether token {@code h} is in the simple past ("agreed", "was asked"), whose own day a date after its
   * complement may name ("agreed to lift the embargo on Friday"); a perfect or a present names none ("has urged
   * producers to cut output in the second quarter").
   */
  private static boolean simplePast(Sentence s, int h) {
    return s.token(h).pos().equals("VBD") || s.dependents(h).stream()
        .anyMatch(d -> (d.rel().startsWith("aux") || d.rel().equals("cop")) && d.pos().equals("VBD"));
  }

  /** Whether token {@code h} is a past perfect, or the open complement of one ("had been scheduled to expire"). */
  private static boolean pastPerfect(Sentence s, int h) {
    Token t = s.token(h);
    return s.dependents(h).stream().anyMatch(d -> d.rel().startsWith("aux") && d.lemma().equals("have")
        && d.pos().equals("VBD")) || t.rel().startsWith("xcomp") && t.head() >= 0 && pastPerfect(s, t.head());
  }

  /**
   * The head of the clause around the tokens {@code [first, last]}: up the dependency heads to the first word
   * that heads a clause; without a parse, the nearest verb; -1 when there is none.
   */
  private static int head(Sentence s, int first, int last) {
    List<Token> tokens = s.tokens();
    int head = first;
    if (s.parsed()) {
      for (int i = first; i <= last; i++) {
        int h = tokens.get(i).head();
        if (h < first || h > last) {
          head = i;
          break;
        }
      }
      int cur = tokens.get(head).head();
      for (int steps = 0; cur >= 0 && steps < 12; steps++) {
        if (clause(s, cur, false) != null) {
          return cur;
        }
        cur = tokens.get(cur).head();
      }
    }
    int best = -1;
    for (Token t : tokens) {
      if (t.isVerb() && (t.index() < first || t.index() > last)
          && (best < 0 || distance(t.index(), first, last) < distance(best, first, last))) {
        best = t.index();
      }
    }
    return best;
  }

  private static int distance(int i, int first, int last) {
    return i < first ? first - i : i - last;
  }

  /**
   * The tense of the clause headed by token {@code h}, or null when {@code h} heads no clause; {@code direct}: the
   * expression hangs on {@code h} itself, the only case where a present progressive points ahead.
   */
  private static @Nullable Tense clause(Sentence s, int h, boolean direct) {
    Token head = s.token(h);
    boolean perfect = false;
    boolean progressive = false;
    boolean hasAux = false;
    for (Token d : s.dependents(h)) {
      if (!d.rel().startsWith("aux") && !d.rel().equals("cop")) {
        continue;
      }
      hasAux = true;
      String w = d.text().toLowerCase(java.util.Locale.ROOT);
      if (FUTURE_AUX.contains(w) || FUTURE_AUX.contains(d.lemma())) {
        return FUTURE;
      }
      if (d.pos().equals("VBD")) {
        return PAST;
      }
      if (d.lemma().equals("have")) {
        perfect = true;
      }
      if (d.lemma().equals("be") && head.pos().equals("VBG")) {
        progressive = true;
      }
      if (d.lemma().equals("be") && head.pos().equals("VB") && s.tree().hasChild(head, "mark")) {
        return FUTURE; // "is to resume trading Tuesday"
      }
    }
    if (PLAN_VERBS.contains(head.lemma()) && s.tree().hasChild(head, "obj") && !pastPerfect(s, h)) {
      return FUTURE; // "planned a rally on Saturday", "has scheduled a news conference Thursday"
    }
    if (perfect) {
      return PAST;
    }
    if (!head.isVerb() && !hasAux || head.pos().equals("VBG") && !hasAux && head.head() >= 0) {
      // A bare present participle has the tense of the verb it hangs on ("was found floating off the coast on
      // Thanksgiving Day" is the one gone).
      return null;
    }
    int gov = head.head();
    if (gov >= 0 && head.rel().startsWith("xcomp") && (FUTURE_GOVERNORS.contains(s.token(gov).lemma())
        || COMPLEMENT_AHEAD.contains(s.token(gov).lemma()) && !simplePast(s, gov))) {
      // What was planned, urged or agreed is ahead, unless the plan is told in the past perfect ("had been scheduled to expire
      // Friday": that Friday is gone).
      return pastPerfect(s, gov) ? PAST : FUTURE;
    }

    if (FUTURE_GOVERNORS.contains(head.lemma()) && head.pos().equals("VBN") && hasAux) {
      return FUTURE;
    }
    if (progressive && direct) {
      return FUTURE;
    }
    if (head.pos().equals("VBD") || head.pos().equals("VBN") && !hasAux) {
      return PAST;
    }
    return PRESENT;
  }
}
