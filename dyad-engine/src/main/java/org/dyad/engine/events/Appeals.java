package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.nlp.Tree;
import org.dyad.engine.resources.Tsv;
import org.dyad.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * Appeals and demands that no verb of appeal names: carried by reported speech ("Egypt said Israel should lift
 * its blockade" is Egypt appealing to Israel, "must" a demand) and by wishes for another's act ("Japan wants the
 * U.S. to drop the tariffs"). The code follows the act asked for ({@code appeals.tsv}).
 */
final class Appeals {
  private static final Map<String, String[]> CODES = load("appeals.tsv");
  private static final Set<String> SPEECH = Words.set("speech_verb");
  private static final Set<String> WISH = Words.set("wish_verb");
  private static final Set<String> APPEAL_MODALS = Words.set("appeal_modal");
  private static final Set<String> DEMAND_MODALS = Words.set("demand_modal");
  private static final Set<String> NEED = Words.set("need_verb");

  private final Resolver resolver;
  private final Predicates predicates;
  private final List<Quote> quotes;

  Appeals(Resolver resolver, Predicates predicates, List<Quote> quotes) {
    this.resolver = resolver;
    this.predicates = predicates;
    this.quotes = quotes;
  }

  /**
   * An appeal found at verb {@code v}: who asks ({@code asker}), whom ({@code asked}), the CAMEO code, the verb
   * that carries it (the verb of saying or wishing, else the act), and how it was found.
   */
  record Found(Arg asker, Arg asked, String code, Token carrier, String rule) {}

  /** The appeals that verb {@code v} carries: none, or one per asker and asked actor. */
  List<Found> at(Sentence s, Token v) {
    Tree tree = s.tree();
    String lemma = v.lemma().toLowerCase(Locale.ROOT);
    // "Japan wants the U.S. to drop the tariffs": the object is asked to do the complement's act.
    if (WISH.contains(lemma)) {
      Token asked = tree.child(v, "obj");
      Token act = tree.child(v, "xcomp");
      Token subject = tree.child(v, "nsubj");
      if (asked != null && act != null && subject != null && Clauses.infinitive(s, act)
          && resolver.actorLike(asked)) {
        return pairs(resolver.actors(s, subject, "nsubj"), resolver.actors(s, asked, "obj"),
            code(s, act, false), v, "wish " + lemma);
      }
      return List.of();
    }
    // "X called on Y to halt", parsed with Y as the subject of "halt": X appeals to Y.
    Token caller = Clauses.calledOn(s, v);
    if (caller != null) {
      Token asker = tree.child(caller, "nsubj");
      return asker == null ? List.of() : pairs(resolver.actors(s, asker, "nsubj"),
          resolver.actors(s, tree.child(v, "nsubj"), "on"), code(s, v, false), caller, "called on");
    }
    // "Y should lift", "Y must stop", "Y has to stop", said by X.
    boolean demand = false;
    boolean modal = false;
    Token act = v;
    for (Token c : tree.children(v)) {
      String l = c.lemma().toLowerCase(Locale.ROOT);
      if (c.rel().equals("aux") && (APPEAL_MODALS.contains(l) || DEMAND_MODALS.contains(l))) {
        modal = true;
        demand = DEMAND_MODALS.contains(l);
      }
    }
    if (!modal && Clauses.subjunctive(s, v) && v.head() >= 0
        && SPEECH.contains(s.token(v.head()).lemma().toLowerCase(Locale.ROOT))) {
      // "insisted that the union agree to": asked for in the subjunctive, a demand ("demanded that" is one by its
      // own pattern).
      modal = true;
      demand = true;
    }
    if (!modal && NEED.contains(lemma)) {
      Token xcomp = tree.child(v, "xcomp");
      if (xcomp != null && Clauses.infinitive(s, xcomp)) {
        modal = true;
        demand = true;
        act = xcomp;
      }
    }
    Token say = v.head() >= 0 && Set.of("ccomp", "dep", "parataxis").contains(v.rel()) ? s.token(v.head())
        : tree.child(v, "csubj");
    boolean said = say != null && SPEECH.contains(say.lemma().toLowerCase(Locale.ROOT));
    Token subject = tree.child(v, "nsubj");
    if (subject == null && said && tree.child(say, "obj") != null && tree.child(say, "obj").index() < v.index()) {
      // The parser often takes the subject of the clause said for the object of "said" ("said Israel should"),
      // and may hang "Egypt said" on the verb said as its clausal subject.
      subject = tree.child(say, "obj");
    }
    if (!modal || subject == null || !resolver.actorLike(subject)) {
      return List.of();
    }
    List<Arg> asked = resolver.actors(s, subject, "nsubj");
    if (asked.isEmpty()) {
      return List.of();
    }
    if (said) {
      Token speaker = tree.child(say, "nsubj");
      if (speaker != null) {
        return pairs(resolver.actors(s, speaker, "say.nsubj"), asked, code(s, act, demand), say,
            "said " + (demand ? "must" : "should"));
      }
    }
    Arg speaker = speakerOf(v);
    return speaker == null ? List.of()
        : pairs(List.of(speaker), asked, code(s, act, demand), v, "quoted " + (demand ? "must" : "should"));
  }

  private @Nullable Arg speakerOf(Token v) {
    Quote q = null;
    for (Quote c : quotes) {
      if (c.start() <= v.start() && v.end() <= c.end() && c.speaker() != null && c.speaker().entity() != null
          && (q == null || c.end() - c.start() < q.end() - q.start())) {
        q = c;
      }
    }
    if (q == null) {
      return null;
    }
    return resolver.speaker(q.speaker().entity(), v);
  }

  /** One appeal per asker and asked actor, leaving out an actor asking its own country. */
  private static List<Found> pairs(List<Arg> askers, List<Arg> asked, String code, Token carrier, String rule) {
    List<Found> out = new ArrayList<>();
    for (Arg a : askers) {
      for (Arg b : asked) {
        String ca = a.actor().country();
        if (!a.actor().key().equals(b.actor().key()) && (ca == null || !ca.equals(b.actor().country()))) {
          out.add(new Found(a, b, code, carrier, rule));
        }
      }
    }
    return out;
  }

  /** The appeal or demand code for asking for the act at {@code act}, by the act's own root. */
  private String code(Sentence s, Token act, boolean demand) {
    Predicates.Match m = predicates.match(s, act);
    String root = m == null ? "-" : m.pattern().code().substring(0, 2);
    String[] codes = CODES.getOrDefault(root, CODES.get("-"));
    return demand ? codes[1] : codes[0];
  }

  private static Map<String, String[]> load(String resource) {
    Map<String, String[]> out = new HashMap<>();
    Codebook codebook = Codebook.standard();
    Tsv.of("root", "appeal", "demand").read(Appeals.class, resource, r -> {
      for (String column : new String[] {"appeal", "demand"}) {
        if (codebook.get(r.require(column)).isEmpty()) {
          throw r.error("unknown CAMEO code " + r.get(column));
        }
      }
      out.put(r.get("root"), new String[] {r.get("appeal"), r.get("demand")});
    });
    if (!out.containsKey("-")) {
      throw new IllegalStateException(resource + ": no row for any other act (-)");
    }
    return Map.copyOf(out);
  }
}
