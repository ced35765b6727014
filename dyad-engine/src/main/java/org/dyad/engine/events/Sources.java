package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.nlp.Tree;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The sources of a predicate for {@link Arguments}: who does what it says, by its subject or a passive's agent, by
 * the clause a verb hangs on (control, conjuncts, participles, purpose), and for an event noun by its possessor,
 * its modifiers, its light verb or the clause it is the occasion of.
 */
final class Sources {
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final Set<String> BY = Set.of("by");
  private static final Set<String> BETWEEN = Words.set("between_case");
  private static final Set<String> OCCASION = Words.set("occasion_case");
  private static final Set<String> RAISING = Words.set("raising_verb");
  private static final Set<String> ANNOUNCING = Words.set("announcing_verb");
  /** The prepositions by which a gerund is said of its verb's object: "accused Japan of violating". */
  private static final Set<String> GERUND_OF_OBJECT = Set.of("of", "for", "with", "from", "against");
  /**
   * Codes of acts a state does by decision and announces itself, so that the announcer of an agentless passive
   * is its actor: "Moldova said five Russian diplomats were declared persona non grata", "the ministry declared
   * that the ambassador has been summoned", "Musa said Liberia was invited to join".
   */
  private static final Set<String> ANNOUNCED_ROOTS = Set.of("03", "05", "07", "08", "11", "16");
  /**
   * Codes whose agentless passive names its actor by where the one acted on is called to: "was summoned to the
   * ministry of Ukraine", "was recalled to Algiers".
   */
  private static final Set<String> CALLED_TO_ROOTS = Set.of("11", "16");
  /**
   * Codes of force whose agentless passive names its actor by where the attack came from: "a rocket was fired at
   * Sderot from the Gaza Strip", "shots were fired from the Syrian side".
   */
  private static final Set<String> FIRED_FROM_ROOTS = Set.of("18", "19", "20");

  private final Resolver resolver;

  Sources(Resolver resolver) {
    this.resolver = resolver;
  }

  /** The actors that do what predicate {@code p} says, {@code level} steps up from the predicate read first. */
  List<Arg> sources(Sentence s, Token p, CameoCode code, int level) {
    if (level > 3) {
      return List.of();
    }
    return p.isVerb() || Predicates.adjective(p) ? verbSources(s, p, code, level) : nounSources(s, p, code, level);
  }

  /**
   * A verb's subject, or the "by" agent of a passive. A verb without either takes its actor from the clause it
   * hangs on: the object of "urged Japan to open", "wants the U.S. to lift" (object control), the subject of
   * "is expected to meet", "is ready to talk", "hoped to discuss" and of a conjoined verb, a participle's
   * ("visiting the UAE, Velayati said", "Velayati, visiting the UAE") and a purpose clause's.
   */
  private List<Arg> verbSources(Sentence s, Token p, CameoCode code, int level) {
    Tree tree = s.tree();
    boolean passive = tree.passive(p);
    if (passive || p.rel().equals("acl") && p.pos().equals("VBN")) {
      Token agent = tree.caseChild(p, BY);
      if (agent == null && passive) {
        agent = sharedAgent(s, p);
      }
      if (agent == null && raising(s, p)) {
        // "Kishida is expected to meet Yoon": Kishida is who will meet.
        return resolver.actors(s, tree.child(p, "nsubj:pass"), "nsubj:pass");
      }
      if (agent != null) {
        // "shot by India's Border Security Force": an agent that names no actor acts for its owner.
        return resolver.actorsOrTheirs(s, agent, "obl:by");
      }
      if (passive) {
        return announcer(s, p, code);
      }
    } else {
      Token subject = tree.child(p, "nsubj");
      if (subject != null) {
        return resolver.actors(s, subject, "nsubj");
      }
    }
    if (p.head() < 0) {
      return List.of();
    }
    Token head = s.token(p.head());
    String rel = p.rel();
    boolean infinitive = Clauses.infinitive(s, p);
    boolean participle = p.pos().equals("VBG");
    Token accused = participle ? objectOfGerund(s, p, head) : null;
    if (accused != null) {
      // "accused Japan of violating its airspace", "Japan was accused by China of violating": who violates is
      // the one accused, not the accuser.
      List<Arg> theirs = resolver.actors(s, accused, "ger." + accused.rel());
      if (!theirs.isEmpty()) {
        return theirs;
      }
    }
    if (rel.equals("xcomp") || rel.equals("ccomp") && infinitive) {
      Token object = head.isVerb() ? tree.child(head, "obj") : null;
      if (object != null && !LIGHT_VERBS.contains(lemma(head)) && !resolver.isTime(object)) {
        return resolver.actors(s, object, "ctl.obj");
      }
      Token raised = tree.child(head, "nsubj:pass");
      if (raised == null && !head.isVerb()) {
        raised = tree.child(head, "nsubj");
      }
      if (raised != null) {
        return resolver.actors(s, raised, "ctl." + raised.rel());
      }
      return Arg.relabel(sources(s, head, code, level + 1), "ctl.");
    }
    // An adverbial clause without a subject is non-finite and shares the subject of the clause it hangs on:
    // "Funaro will fly to Tokyo, after having completed a trip to ...". So does a verb phrase of a list the
    // parser left unattached ("the council condemned the coup, demanded the release of ..."), and a participle
    // hung on its preposition ("in announcing the sanctions, Reagan said").
    if (rel.equals("conj") || rel.equals("advcl") || rel.equals("dep") && (infinitive || participle)
        || listedVerbPhrase(s, p, head)) {
      Token clause = participle && adverbialPreposition(s, head) ? s.token(head.head()) : head;
      return Arg.relabel(sources(s, clause, code, level + 1), "ctl.");
    }
    if (rel.equals("acl") && head.isNoun()) {
      if (participle) {
        return resolver.actors(s, head, "acl.head");
      }
      if (infinitive) {
        return Arg.relabel(sources(s, head, code, level + 1), "acl.");
      }
    }
    return List.of();
  }

  /**
   * Whether verb {@code p}, with no subject, is the next verb phrase of a list after verb {@code head}, set off by
   * a comma where the parser found no conjunction: "the council condemned the coup, demanded the release of the
   * president", "Keita, informed at dawn, announced his resignation".
   */
  private static boolean listedVerbPhrase(Sentence s, Token p, Token head) {
    return p.rel().equals("dep") && p.isVerb() && !p.pos().equals("VBG") && !p.pos().equals("VBN")
        && head.isVerb() && head.index() < p.index() && p.index() > 0
        && s.token(p.index() - 1).text().equals(",");
  }

  /**
   * The one gerund {@code p} is said of when it hangs on a verb with an object by "of", "for", "with", "from" or
   * "against" ("accused Japan of violating", "blamed Iran for attacking", "prevented Japan from visiting"): that
   * object, or the passive subject ("Japan was accused of violating", also where the parser hangs the gerund on
   * the agent: "was accused by China of violating"); null when {@code p} is no such gerund.
   */
  private static @Nullable Token objectOfGerund(Sentence s, Token p, Token head) {
    Tree tree = s.tree();
    boolean marked = tree.children(p).stream().anyMatch(c -> (c.rel().equals("case") || c.rel().equals("mark"))
        && GERUND_OF_OBJECT.contains(lemma(c)));
    if (!marked) {
      return null;
    }
    Token verb = head;
    if (p.rel().equals("acl") && head.rel().startsWith("obl") && tree.hasCaseIn(head, BY) && head.head() >= 0) {
      verb = s.token(head.head());
    } else if (!(p.rel().equals("advcl") || p.rel().startsWith("obl"))) {
      return null;
    }
    if (!verb.isVerb()) {
      return null;
    }
    Token object = tree.passive(verb) ? tree.child(verb, "nsubj:pass") : tree.child(verb, "obj");
    return object != null && object.index() < p.index() ? object : null;
  }

  /**
   * Whether {@code t} is a preposition the parser made the head of an adverbial of a verb ("in" of "in announcing
   * the sanctions, Reagan said"), not of a noun ("a proposal for signing a pact").
   */
  private static boolean adverbialPreposition(Sentence s, Token t) {
    return t.pos().equals("IN") && (t.rel().equals("advcl") || t.rel().startsWith("obl")) && t.head() >= 0
        && s.token(t.head()).isVerb();
  }

  /**
   * The "by" agent of a passive conjoined with passive {@code p} that has none: "was shot and killed by the
   * border force", where the parser hangs the agent on the last verb.
   */
  private static @Nullable Token sharedAgent(Sentence s, Token p) {
    List<Token> others = new ArrayList<>(s.tree().children(p).stream().filter(c -> c.rel().equals("conj")).toList());
    if (p.rel().equals("conj") && p.head() >= 0) {
      others.add(s.token(p.head()));
    }
    for (Token o : others) {
      Token agent = o.isVerb() && o.pos().equals("VBN") ? s.tree().caseChild(o, BY) : null;
      if (agent != null) {
        return agent;
      }
    }
    return null;
  }

  /**
   * The actor of an agentless passive: the announcer of the clause it stands in for acts a state announces of
   * itself ({@link #ANNOUNCED_ROOTS}), else, for a summons or recall, the owner of the place the one acted on is
   * called to ("was summoned to the Ministry of Foreign Affairs of Ukraine").
   */
  private List<Arg> announcer(Sentence s, Token p, CameoCode code) {
    Tree tree = s.tree();
    List<Arg> announced = announcedBy(s, p, code);
    if (!announced.isEmpty()) {
      return announced;
    }
    if (CALLED_TO_ROOTS.contains(code.root())) {
      for (Token c : tree.children(p)) {
        if (c.rel().startsWith("obl") && tree.hasCase(c, "to")) {
          return resolver.actorsOrTheirs(s, c, "called.obl:to");
        }
      }
    }
    if (FIRED_FROM_ROOTS.contains(code.root())) {
      for (Token c : tree.children(p)) {
        if (c.rel().startsWith("obl") && tree.hasCase(c, "from") && !resolver.isTime(c)) {
          return resolver.actorsOrTheirs(s, c, "fired.obl:from");
        }
      }
    }
    return List.of();
  }

  /**
   * The one who announces clause {@code clause}, for acts a state announces of itself ({@link #ANNOUNCED_ROOTS}):
   * the subject of the verb of announcing it is said by.
   */
  private List<Arg> announcedBy(Sentence s, Token clause, CameoCode code) {
    if (!ANNOUNCED_ROOTS.contains(code.root()) || clause.head() < 0
        || !(clause.rel().equals("ccomp") || clause.rel().equals("parataxis"))) {
      return List.of();
    }
    Token say = s.token(clause.head());
    Token speaker = ANNOUNCING.contains(lemma(say)) ? s.tree().child(say, "nsubj") : null;
    return speaker == null ? List.of() : resolver.actors(s, speaker, "announced.nsubj");
  }

  /**
   * An event noun's actors: its possessor, "by" or "between" argument, the subject of its light verb ("held
   * talks", "the trip Yoon made"), an adjective of nationality ("Israeli strikes"), two countries before a
   * mutual one ("U.S.-Japan talks"), else the actor of the clause it is the occasion of ("after talks with
   * South Korean leaders, Kondo said", "Weizsaecker, on a visit to Argentina, said").
   */
  private List<Arg> nounSources(Sentence s, Token p, CameoCode code, int level) {
    Tree tree = s.tree();
    List<Arg> out = new ArrayList<>();
    for (Token c : tree.children(p)) {
      if (c.rel().equals("nmod:poss")) {
        out.addAll(resolver.actors(s, c, "nmod:poss"));
      }
    }
    if (out.isEmpty()) {
      Token by = tree.caseChild(p, BY);
      if (by != null) {
        out.addAll(resolver.actors(s, by, "nmod:by"));
      }
    }
    if (out.isEmpty()) {
      Token between = tree.caseChild(p, BETWEEN);
      if (between != null) {
        out.addAll(resolver.actors(s, between, "nmod:between"));
      }
    }
    if (out.isEmpty()) {
      for (Token c : tree.children(p)) {
        if (c.rel().equals("appos")) {
          Token by = tree.caseChild(c, BY);
          if (by != null) {
            out.addAll(resolver.actors(s, by, "appos.nmod:by"));
          }
        }
        if (c.rel().startsWith("acl") && LIGHT_VERBS.contains(lemma(c))) {
          for (Token d : tree.children(c)) {
            if (d.rel().equals("nsubj")) {
              out.addAll(resolver.actors(s, d, "acl." + c.lemma() + ".nsubj"));
            }
          }
        }
        Token agent = agentOfParticiple(s, c);
        if (agent != null) {
          // "sanctions approved by Congress", "the plan drawn up by Egypt".
          out.addAll(resolver.actors(s, agent, "acl.obl:by"));
        }
      }
    }
    if (out.isEmpty() && p.rel().equals("nsubj") && p.head() >= 0) {
      // The same participle taken by the parser for a clause of its own, with the noun as its subject:
      // "tried to block sanctions approved by Congress".
      Token verb = s.token(p.head());
      Token agent = verb.pos().equals("VBN") && !tree.hasChild(verb, "aux") ? tree.caseChild(verb, BY) : null;
      if (agent != null) {
        out.addAll(resolver.actors(s, agent, "nsubj.obl:by"));
      }
    }
    if (out.isEmpty() && p.rel().equals("obj") && p.head() >= 0) {
      Token verb = s.token(p.head());
      if (LIGHT_VERBS.contains(lemma(verb))) {
        out.addAll(Arg.relabel(sources(s, verb, code, level + 1), verb.lemma() + "."));
      }
    }
    if (out.isEmpty()) {
      List<Arg> modifiers = resolver.modifiers(s, p, Resolver.Modifiers.ALL, "mod");
      if (modifiers.size() > 1 && Reading.reciprocal(code)) {
        out.addAll(modifiers);
      } else if (!visit(code)) {
        out.addAll(resolver.modifiers(s, p, Resolver.Modifiers.ADJECTIVES, "amod"));
      }
    }
    if (out.isEmpty()) {
      out.addAll(occasionOf(s, p, code, level));
    }
    if (out.isEmpty() && level == 0 && p.rel().startsWith("nsubj") && p.head() >= 0) {
      // "Gradin said a trade boycott of South Africa would take effect": the act a state announces of itself.
      out.addAll(announcedBy(s, s.token(p.head()), code));
    }
    return out;
  }

  /** The "by" agent of a passive participle that qualifies a noun ("sanctions approved by Congress"), or null. */
  static @Nullable Token agentOfParticiple(Sentence s, Token c) {
    return c.rel().equals("acl") && c.pos().equals("VBN") ? s.tree().caseChild(c, BY) : null;
  }

  /**
   * The actor of the clause an event noun is the occasion of: climbing from the noun along "after", "during",
   * "for", "in" ... (and "on" for a visit, "of" below a time: "on the first day of a visit") to a verb, whose
   * actor it takes, or to a noun that names an actor ("De Croo, in Washington for talks"); places on the way are
   * passed ("in Washington for talks"), and an event noun on the way lends its own actors ("in a press conference
   * after talks with X, Kondo said").
   */
  private List<Arg> occasionOf(Sentence s, Token p, CameoCode code, int level) {
    Tree tree = s.tree();
    Token t = p;
    for (int up = 0; up < 3 && t.head() >= 0; up++) {
      boolean occasion = (t.rel().startsWith("obl") || t.rel().startsWith("nmod") && !t.rel().equals("nmod:poss"))
          && (tree.hasCaseIn(t, OCCASION) || visit(code) && tree.hasCase(t, "on")
              || tree.hasCase(t, "of") && resolver.isTime(s.token(t.head())));
      if (!occasion) {
        return List.of();
      }
      Token head = s.token(t.head());
      if (head.isVerb()) {
        return Arg.relabel(sources(s, head, code, level + 1), "occasion.");
      }
      Optional<Entity> e = resolver.entityAt(head);
      if (e.isPresent() && e.get().type() != EntityType.LOCATION) {
        return resolver.actors(s, head, "occasion.");
      }
      if (e.isEmpty() && !head.isProperNoun()) {
        // "In a press conference after talks with X, Kondo said": the occasion of the occasion, whose actors are
        // the talks' too.
        return head.isNoun() ? Arg.relabel(sources(s, head, code, level + 1), "occasion.") : List.of();
      }
      t = head;
    }
    return List.of();
  }

  /**
   * Whether passive {@code p} raises its subject from its infinitive: "Kishida is expected (scheduled, said) to
   * meet Yoon", where Kishida meets; not "Kishida was asked to meet", where another asks.
   */
  static boolean raising(Sentence s, Token p) {
    return RAISING.contains(lemma(p)) && s.tree().hasChild(p, "nsubj:pass") && s.tree().hasChild(p, "xcomp");
  }

  static boolean visit(CameoCode code) {
    return code.code().equals("042") || code.code().equals("043");
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
