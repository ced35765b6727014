package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Modality;
import org.dyad.model.Quote;
import org.jspecify.annotations.Nullable;

/** An event's modality: negated, planned, hypothetical or reported, from its clause and the quotes. */
final class Modalities {
  private static final Set<String> PLANNING = Words.set("planning");
  private static final Set<String> PLANNED_ADJECTIVES = Words.set("planned_adj");
  private static final Set<String> APPEALED = Words.set("appeal");
  private static final Set<String> POSSIBILITY = Words.set("possibility");
  private static final Set<String> NEGATION = Words.set("negation");
  private static final Set<String> NEGATION_MARK = Words.set("negation_mark");
  private static final Set<String> FUTURE = Words.set("future_aux");
  private static final Set<String> REFUSAL = Words.set("refusal");
  private static final Set<String> CONDITION = Words.set("condition");
  private static final Set<String> CONDITION_ABOVE = Words.set("condition_above");
  private static final Set<String> TERMS = Words.set("terms");
  private static final Set<String> ATTEMPTED = Words.set("attempt");
  private static final Set<String> WISHED = Words.set("wish_verb");
  private static final Set<String> HEDGES = Words.set("hedge_adj");
  private static final Set<String> BEFORE_CASES = Words.set("before_case");
  private static final Set<String> EVE_NOUNS = Words.set("eve_noun");
  private static final Set<String> PURPOSE_VERBS = Words.set("purpose_verb");
  private static final Set<String> AMOUNT_WORDS = Words.set("amount_word");
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final Set<String> OWN_ACTOR_CASES = Set.of("by", "between", "among");

  private final Entities entities;
  private final List<Quote> quotes;
  private final Resolver resolver;

  Modalities(Entities entities, List<Quote> quotes, Resolver resolver) {
    this.entities = entities;
    this.quotes = quotes;
    this.resolver = resolver;
  }

  List<Modality> modality(Sentence s, Token p, Arg source) {
    EnumSet<Modality> m = EnumSet.noneOf(Modality.class);
    List<Token> scope = new ArrayList<>(List.of(p));
    if (p.rel().equals("xcomp") && p.head() >= 0) {
      scope.add(s.token(p.head()));
    }
    if (p.isNoun() && p.head() >= 0 && (p.rel().startsWith("nsubj") || p.rel().equals("obj")
        && LIGHT_VERBS.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT)) && !ownActor(s, p))) {
      // "did not hold talks", "the talks will resume": the verb says how the event noun happens. Another verb
      // is an event of its own ("X, who did not attend the meeting between A and B"), and so is a light verb
      // when the noun names its own actors.
      scope.add(s.token(p.head()));
    }
    boolean reportedSpeech = inQuoteOfAnother(p, source);
    for (Token h : scope) {
      for (Token c : s.dependents(h.index())) {
        String l = c.lemma().toLowerCase(Locale.ROOT);
        if ((c.rel().equals("advmod") || c.rel().equals("det")) && NEGATION.contains(l)
            || h == p && (c.rel().equals("mark") || c.rel().equals("case")) && NEGATION_MARK.contains(l)) {
          m.add(Modality.NEGATED);
        }
        if (c.rel().startsWith("aux") && FUTURE.contains(l)) {
          m.add(Modality.PLANNED);
        }
        if (c.rel().startsWith("aux") && POSSIBILITY.contains(l)) {
          // "would" in a reported clause is the future of the past ("announced that the U.S. would impose").
          m.add(l.equals("would") && (reportedSpeech || h.rel().equals("ccomp")) ? Modality.PLANNED
              : Modality.HYPOTHETICAL);
        }
        if (c.rel().equals("mark") && (CONDITION.contains(l) || TERMS.contains(l) && h.head() >= 0
            && unreal(s, s.token(h.head())))) {
          m.add(Modality.HYPOTHETICAL);
        }
        if (c.rel().startsWith("acl") && PLANNING.contains(l) || c.rel().equals("amod")
            && PLANNED_ADJECTIVES.contains(l)) {
          m.add(Modality.PLANNED);
        }
        if (h == p && p.isNoun() && (c.rel().equals("amod") || c.rel().equals("det")) && HEDGES.contains(l)) {
          // "possible sanctions", "a potential attack", "any future talks": a hedged event noun is hypothetical
          m.add(Modality.HYPOTHETICAL);
        }
      }
      if (h.rel().equals("xcomp") && h.head() >= 0
          && REFUSAL.contains(s.token(h.head()).lemma().toLowerCase(Locale.ROOT))) {
        m.add(Modality.NEGATED);
      }
      if (h.head() >= 0 && PLANNING.contains(s.token(h.head()).lemma().toLowerCase(Locale.ROOT))
          && (h.rel().equals("xcomp") || h.rel().startsWith("nsubj"))) {
        m.add(Modality.PLANNED);
      }
      if (h == p && p.isVerb() && Clauses.infinitive(s, p) && p.head() >= 0) {
        // An act another is asked for ("urged Reagan to impose duties") or only entitled to ("waived its right to
        // impose duties") has not happened; one decided or planned ("a decision to impose") is planned.
        Token head = s.token(p.head());
        String hl = head.lemma().toLowerCase(Locale.ROOT);
        // What one wants another to do ("Japan wants the U.S. to lift the tariffs") is the other's act wished for,
        // not announced.
        boolean wished = WISHED.contains(hl) && s.tree().hasChild(head, "obj");
        Modality governed = governedAct(s, p, head);
        if (p.rel().equals("xcomp") && (APPEALED.contains(hl) || ATTEMPTED.contains(hl) || wished)) {
          m.add(Modality.HYPOTHETICAL);
        } else if (governed != null) {
          m.add(governed);
        }
      }
    }
    if (p.isNoun() && p.rel().equals("nmod") && p.head() >= 0 && s.tree().hasCase(p, "of")) {
      // "The risk of an Iranian attack on tankers is rated as low": a risk or a chance of an act is no act.
      Modality governed = GoverningNouns.modality(s.token(p.head()), GoverningNouns.Scope.OF);
      if (governed != null) {
        m.add(governed);
      }
    }
    if (p.isNoun() && p.head() >= 0 && APPEALED.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT))
        && (p.rel().equals("obj") || p.rel().startsWith("obl") && s.tree().hasCase(p, "for"))) {
      // "called for sanctions against Nigeria", "urged talks": what an appeal asks for has not happened
      m.add(Modality.HYPOTHETICAL);
    }
    if (p.isNoun() && ahead(s, p)) {
      m.add(Modality.PLANNED);
    }
    for (Token a = p; a.head() >= 0; a = s.token(a.head())) {
      if (a.rel().equals("advcl")) {
        for (Token c : s.dependents(a.index())) {
          if (c.rel().equals("mark") && CONDITION_ABOVE.contains(c.lemma().toLowerCase(Locale.ROOT))) {
            m.add(Modality.HYPOTHETICAL);
          }
        }
      }
    }
    if (p.head() >= 0 && unrealClause(s, p, s.token(p.head())) || Clauses.calledOn(s, p) != null) {
      m.add(Modality.HYPOTHETICAL);
    }
    if (reportedSpeech) {
      m.add(Modality.REPORTED);
    }
    if (m.isEmpty()) {
      m.add(Modality.ASSERTED);
    }
    return List.copyOf(m);
  }

  /**
   * The modality a governing noun gives infinitive {@code p}, hanging on {@code head}: the noun's own ("efforts to
   * reach", "the decision to impose") or that of the object of its verb, where the parser often hangs the
   * infinitive ("waived its right to impose", "made efforts to sign"); null for none.
   */
  private static @Nullable Modality governedAct(Sentence s, Token p, Token head) {
    if (p.rel().equals("acl")) {
      return GoverningNouns.modality(head, GoverningNouns.Scope.ACT);
    }
    if (p.rel().equals("xcomp") || p.rel().equals("ccomp")) {
      for (Token c : s.dependents(head.index())) {
        Modality governed = c.rel().equals("obj") ? GoverningNouns.modality(c, GoverningNouns.Scope.VERB_ACT)
            : null;
        if (governed != null) {
          return governed;
        }
      }
    }
    return null;
  }

  /**
   * Whether predicate {@code p} is the clause of a belief ("the perception that Japan had reneged") or the
   * purpose of an aim ("a trip aimed at explaining the plan", "measures designed to curb imports"), or what
   * there is an amount of to do ("less to agree on", "nothing to discuss"), which reports no act.
   */
  private static boolean unrealClause(Sentence s, Token p, Token head) {
    String hl = head.lemma().toLowerCase(Locale.ROOT);
    return p.isVerb() && ((p.rel().startsWith("acl") || p.rel().equals("ccomp") || p.rel().equals("dep"))
        && head.isNoun() && GoverningNouns.modality(head, GoverningNouns.Scope.CLAUSE) == Modality.HYPOTHETICAL
        || (p.rel().equals("advcl") || p.rel().equals("xcomp")) && PURPOSE_VERBS.contains(hl)
        || p.rel().startsWith("acl") && AMOUNT_WORDS.contains(hl) && Clauses.infinitive(s, p));
  }

  /**
   * Whether clause {@code h} is not (yet) real: negated, modal or future ("will not talk until", "should stop
   * before"), so that a clause of terms hanging on it is a condition.
   */
  private static boolean unreal(Sentence s, Token h) {
    for (Token c : s.tree().children(h)) {
      String l = c.lemma().toLowerCase(Locale.ROOT);
      if (c.rel().startsWith("aux") && (FUTURE.contains(l) || POSSIBILITY.contains(l))
          || c.rel().equals("advmod") && NEGATION.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether event noun {@code p} is one that something comes before: "ahead of his trip", "before the talks", "in
   * time for the visit", "on the eve of the summit". Such an event is still to come: planned, not done.
   */
  private static boolean ahead(Sentence s, Token p) {
    if (!(p.rel().startsWith("obl") || p.rel().startsWith("nmod")) || p.head() < 0) {
      return false;
    }
    if (s.tree().hasCaseIn(p, BEFORE_CASES)) {
      return true;
    }
    // the noun before the preposition, its head ("the eve of") or a sibling ("in time for", parsed as two obliques)
    for (Token c : s.tree().children(p)) {
      if (c.rel().equals("case") && c.index() > 0) {
        Token before = s.token(c.index() - 1);
        return EVE_NOUNS.contains(before.lemma().toLowerCase(Locale.ROOT))
            && (before.index() == p.head() || before.head() == p.head());
      }
    }
    return false;
  }

  /** Whether event noun {@code p} names its own actor: a possessor, a "by" or a "between" argument. */
  private static boolean ownActor(Sentence s, Token p) {
    return s.tree().hasChild(p, "nmod:poss") || s.tree().caseChild(p, OWN_ACTOR_CASES) != null;
  }

  /**
   * Whether predicate {@code p} is said by its own source's side: it stands in a quote of a speaker of the
   * source's country, or in the clause of a verb of saying whose subject is of that country ("Japan warned it
   * would retaliate if ...").
   */
  boolean saidBy(Sentence s, Token p, Arg source) {
    String country = source.actor().country();
    if (country == null) {
      return false;
    }
    Quote q = innermostQuote(p);
    if (q != null && q.speaker() != null && country.equals(q.speaker().country())) {
      return true;
    }
    for (Token a = p; a.head() >= 0 && (a.rel().equals("ccomp") || a.rel().equals("parataxis"));
        a = s.token(a.head())) {
      Token speaker = s.tree().child(s.token(a.head()), "nsubj");
      if (speaker != null && resolver.actors(s, speaker, "").stream()
          .anyMatch(x -> country.equals(x.actor().country()))) {
        return true;
      }
    }
    return false;
  }

  /** The clause of a condition on predicate {@code p}: "if Japan imposes tariffs" in "if ..., X would ...". */
  static @Nullable Token condition(Sentence s, Token p) {
    for (Token c : s.tree().children(p)) {
      if (c.rel().equals("advcl")) {
        for (Token d : s.tree().children(c)) {
          if (d.rel().equals("mark") && CONDITION_ABOVE.contains(d.lemma().toLowerCase(Locale.ROOT))) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /** The threat is made now, whatever the act it announces: planned or conditional no more, asserted unless reported. */
  static List<Modality> threatMade(List<Modality> m) {
    EnumSet<Modality> out = EnumSet.copyOf(m);
    out.remove(Modality.PLANNED);
    out.remove(Modality.HYPOTHETICAL);
    if (out.isEmpty()) {
      out.add(Modality.ASSERTED);
    }
    return List.copyOf(out);
  }

  static List<Modality> plannedToo(List<Modality> m) {
    EnumSet<Modality> out = EnumSet.copyOf(m);
    out.remove(Modality.ASSERTED);
    out.add(Modality.PLANNED);
    return List.copyOf(out);
  }

  /** The innermost quote with a speaker that holds {@code p}, or null. */
  private @Nullable Quote innermostQuote(Token p) {
    Quote q = null;
    for (Quote c : quotes) {
      if (c.start() <= p.start() && p.end() <= c.end() && c.speaker() != null
          && (q == null || c.end() - c.start() < q.end() - q.start())) {
        q = c;
      }
    }
    return q;
  }

  /**
   * Whether predicate {@code p} stands in the innermost quote or reported clause of someone other than the
   * event's source (an official speaking for their own government's act counts as the source).
   */
  private boolean inQuoteOfAnother(Token p, Arg source) {
    Quote q = innermostQuote(p);
    if (q == null) {
      return false;
    }
    String speaker = q.speaker().entity();
    Draft.Actor a = source.actor();
    if (speaker == null || speaker.equals(a.entity())) {
      return speaker == null;
    }
    String speakerActor = entities.require(speaker).actor();
    boolean official = speakerActor != null && speakerActor.endsWith("GOV");
    return !(official && a.country() != null && a.country().equals(q.speaker().country())
        && a.country().equals(a.actor()));
  }
}
