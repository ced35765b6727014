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
import org.dyad.model.Place;
import org.jspecify.annotations.Nullable;

/**
 * A predicate's arguments in one document: its sources, its targets and its place, resolved to actors by the
 * {@link Resolver}.
 */
final class Arguments {
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final List<String> TARGET_CASES = Words.list("target_case");
  private static final List<String> VISIT_CASES = Words.list("visit_case");
  private static final Set<String> BY = Set.of("by");
  private static final Set<String> BETWEEN = Words.set("between_case");
  private static final Set<String> OCCASION = Words.set("occasion_case");
  private static final Set<String> OWNER = Words.set("owner_case");
  private static final Set<String> RAISING = Words.set("raising_verb");
  private static final Set<String> ANNOUNCING = Words.set("announcing_verb");
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
  private static final Set<String> PLACE_CASES = Words.set("place_case");
  private static final Set<String> MEETING_PLACE_CASES = Words.set("meeting_place_case");
  /** Codes whose target may be the subject of the clause they govern: "demanded that Turkey stop". */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11", "12", "13");
  /** Codes aimed at the owner of the thing or the people a pattern claims as their object. */
  private static final Set<String> OWNER_TARGET_ROOTS = Set.of("10", "11", "12", "13", "16", "17", "18");

  private final PatternCoder coder;
  private final Resolver resolver;

  Arguments(PatternCoder coder, Resolver resolver) {
    this.coder = coder;
    this.resolver = resolver;
  }

  // ---------------------------------------------------------------- sources

  /** The actors that do what predicate {@code p} says, {@code level} steps up from the predicate read first. */
  List<Arg> sources(Sentence s, Token p, CameoCode code, int level) {
    if (level > 3) {
      return List.of();
    }
    return p.isVerb() ? verbSources(s, p, code, level) : nounSources(s, p, code, level);
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
        return resolver.actors(s, agent, "obl:by");
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
    // "Funaro will fly to Tokyo, after having completed a trip to ...".
    if (rel.equals("conj") || rel.equals("advcl") || rel.equals("dep") && (infinitive || participle)) {
      return Arg.relabel(sources(s, head, code, level + 1), "ctl.");
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
          return actorsOrTheirs(s, c, "called.obl:to");
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

  /** Whether {@code noun} names the actors it is between ("the meeting between China and Russia"). */
  boolean mutualEvent(Sentence s, Token noun) {
    Token between = noun.isNoun() ? s.tree().caseChild(noun, BETWEEN) : null;
    return between != null && !resolver.actors(s, between, "nmod:between").isEmpty();
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
  private static @Nullable Token agentOfParticiple(Sentence s, Token c) {
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
  private static boolean raising(Sentence s, Token p) {
    return RAISING.contains(lemma(p)) && s.tree().hasChild(p, "nsubj:pass") && s.tree().hasChild(p, "xcomp");
  }

  private static boolean visit(CameoCode code) {
    return code.code().equals("042") || code.code().equals("043");
  }

  // ---------------------------------------------------------------- targets

  /**
   * The actors that predicate {@code p} acts on, read from its object {@code object} (claimed by its pattern)
   * and its other complements; {@code apart} is the object of another event coded at {@code p} that
   * {@code object} is coordinated with, or null.
   */
  List<Arg> targets(Sentence s, Token p, CameoCode code, @Nullable Token object, @Nullable Token apart) {
    Tree tree = s.tree();
    List<Token> hosts = new ArrayList<>(List.of(p));
    if (p.isNoun()) {
      for (Token c : tree.children(p)) {
        if (c.rel().equals("appos") || c.rel().startsWith("acl") && LIGHT_VERBS.contains(lemma(c))
            || agentOfParticiple(s, c) != null) {
          hosts.add(c);
        }
      }
      if (p.rel().equals("obj") && p.head() >= 0 && LIGHT_VERBS.contains(lemma(s.token(p.head())))) {
        hosts.add(s.token(p.head()));
      }
    }
    // The complement a pattern claimed and the words between ("threatened to impose tariffs on ..."), and what
    // qualifies it ("tariffs worth 300 mln dlrs on ...", "sanctions imposed on ..."); not the object of another
    // event it is coordinated with, whose arguments are that event's ("support to Manila and concern over
    // Beijing's actions").
    for (Token t = object; t != null && t.index() != p.index() && t.head() >= 0; t = s.token(t.head())) {
      if (t != apart) {
        hosts.add(t);
      }
    }
    if (object != null) {
      for (Token c : tree.children(object)) {
        if (c.rel().equals("amod") || c.rel().equals("dep") || c.rel().equals("acl")) {
          hosts.add(c);
        }
      }
    }
    if (p.isVerb()) {
      for (Token c : tree.children(p)) {
        if (c.rel().equals("nsubj:pass") && !(raising(s, p) && tree.caseChild(p, BY) == null)) {
          // A passive subject that names no actor leaves the target to the complements: "a protest was delivered
          // to the U.S. ambassador", "sanctions were imposed on Iran".
          List<Arg> found = eventOrActors(s, c, code, "nsubj:pass");
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
      // "Two fishermen were shot and killed by the army": the second passive shares the first one's subject.
      Token shared = p.rel().equals("conj") && p.pos().equals("VBN") && !tree.hasChild(p, "nsubj:pass")
          ? tree.child(s.token(p.head()), "nsubj:pass") : null;
      List<Arg> sharedFound = shared == null ? List.of() : resolver.actors(s, shared, "conj.nsubj:pass");
      if (!sharedFound.isEmpty()) {
        return sharedFound;
      }
      // The object of the verb, or of the verb a pattern claimed: "hopes to meet Xi".
      for (Token h : hosts) {
        if (!h.isVerb()) {
          continue;
        }
        for (Token c : tree.children(h)) {
          if ((c.rel().equals("obj") || c.rel().equals("iobj")) && !hosts.contains(c)
              && (object == null || c.index() != object.index())) {
            List<Arg> found = eventOrActors(s, c, code, (h == p ? "" : h.rel() + ".") + c.rel());
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
      if (p.rel().equals("acl") && p.pos().equals("VBN") && p.head() >= 0) {
        // "the United States, backed by the IMF": the noun a passive participle qualifies is its target.
        List<Arg> found = resolver.actors(s, s.token(p.head()), "acl.head");
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    List<String> cases = code.code().equals("042") ? VISIT_CASES : TARGET_CASES;
    for (String prep : cases) {
      for (Token h : hosts) {
        for (Token c : tree.children(h)) {
          if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && tree.hasCase(c, prep)
              && !c.rel().equals("nmod:poss")) {
            List<Arg> found = actorsOrTheirs(s, c, (h == p ? "" : h.rel() + ".") + c.rel() + ":" + prep);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    if (p.isNoun() && visit(code)) {
      // "his Washington visit": the place before the noun is where the visit goes.
      List<Arg> place = resolver.modifiers(s, p, Resolver.Modifiers.NOUNS, "compound");
      if (!place.isEmpty()) {
        return place;
      }
    }
    if (object != null && object.isNoun() && OWNER_TARGET_ROOTS.contains(code.root())) {
      // Criticising, rejecting or demanding someone's thing is aimed at them: "attacked Japan's fiscal policy";
      // expelling, seizing or arresting someone's people is aimed at their country: "expelled the Mexican
      // ambassador", "detained two Japanese fishermen".
      List<Arg> owner = eventOrActors(s, object, code, "claimed");
      if (!owner.isEmpty()) {
        return owner;
      }
    }
    if (CLAUSE_TARGET_ROOTS.contains(code.root())) {
      // "demanded that Turkey stop", "warned that Japan would face", "its demand that Israel ease": the subject of
      // the clause said.
      for (Token c : tree.children(p)) {
        if (c.rel().equals("ccomp") || (c.rel().equals("dep") || p.isNoun() && c.rel().equals("acl")) && c.isVerb()) {
          Token subject = tree.child(c, "nsubj");
          List<Arg> found = subject == null ? List.of() : resolver.actors(s, subject, c.rel() + ".nsubj");
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    Token act = p.isVerb() ? tree.child(p, "xcomp") : null;
    if (act != null && act.isVerb() && Clauses.infinitive(s, act)) {
      // The act threatened, refused, agreed or offered names whom it is aimed at: "threatened to break relations
      // with Russia", "agreed to lift embargoes on sales to Iran", "refused to commit troops to the war".
      List<Arg> found = Arg.relabel(targets(s, act, code, tree.child(act, "obj"), null), "xcomp.");
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (Set.of("02", "03", "04", "10", "12").contains(code.root())) {
      for (Token t : Clauses.clause(s, p)) {
        if (tree.hasCase(t, "with") && t.index() != p.index()) {
          List<Arg> found = resolver.actors(s, t, "with");
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The actors named at {@code t}, else those of the things it counts or measures, down "of" ("tariffs on a
   * range of Japanese goods", "on 300 mln dlrs worth of Japanese goods", "on imports of Japanese cars"), or their
   * owner's ("concern over China's actions").
   */
  private List<Arg> actorsOrTheirs(Sentence s, Token t, String path) {
    List<Arg> named = resolver.actors(s, t, path);
    List<Token> level = List.of(t);
    for (int depth = 0; depth < 2 && named.isEmpty(); depth++) {
      List<Token> next = new ArrayList<>();
      for (Token h : level) {
        for (Token c : s.tree().children(h)) {
          if (c.isNoun() && (c.rel().equals("dep") || c.rel().equals("nmod:poss")
              || c.rel().startsWith("nmod") && s.tree().hasCase(c, "of"))) {
            next.add(c);
            if (named.isEmpty()) {
              named = resolver.actors(s, c, path + ".of");
            }
          }
        }
      }
      level = next;
    }
    return named;
  }

  /**
   * The actors named at {@code t}, or, when {@code t} is itself an event noun ("the vow"), its sources; else
   * its owner: "Kenya's envoy", "the ambassador of Ankara", "diplomats from Russia", "the remarks made by X".
   */
  private List<Arg> eventOrActors(Sentence s, Token t, CameoCode code, String path) {
    if (t.isNoun() && coder.isPredicate(t.lemma()) && resolver.resolve(s, t).isEmpty()) {
      return Arg.relabel(sources(s, t, code, 1), path + ".");
    }
    List<Arg> named = resolver.actors(s, t, path);
    if (named.isEmpty() && t.isNoun()) {
      for (Token c : s.tree().children(t)) {
        if (c.rel().equals("nmod:poss") || c.rel().startsWith("nmod")
            && (s.tree().hasCase(c, "by") || s.tree().hasCaseIn(c, OWNER))) {
          return resolver.actors(s, c, path + "." + c.rel());
        }
        // "rejected the remarks made by the Indian minister", "condemned the move taken by the government".
        Token by = agentOfParticiple(s, c);
        if (by != null) {
          return resolver.actors(s, by, path + ".acl.obl:by");
        }
      }
    }
    return named;
  }

  // ---------------------------------------------------------------- other participants and place

  /** The actors of a condition's clause, at whom a threat on that condition is aimed. */
  List<Arg> conditionSubjects(Sentence s, Token condition) {
    Token subject = s.tree().child(condition, "nsubj");
    if (subject == null) {
      subject = s.tree().child(condition, "nsubj:pass");
    }
    return subject == null ? List.of() : resolver.actors(s, subject, "if.nsubj");
  }

  /**
   * An unnamed crowd as source ("protesters", "workers"): civilians (CAMEO sector CVL) of the country that
   * a demonym or the place names, since a protest with no named actor is still news.
   */
  List<Arg> crowd(Sentence s, Token p, @Nullable Place place) {
    Token subject = Clauses.subjectToken(s, p);
    if (subject == null) {
      return List.of();
    }
    String country = place == null ? null : place.country();
    for (Token c : s.tree().children(subject)) {
      Optional<Entity> e = resolver.entityAt(c);
      if (e.isPresent() && e.get().country() != null) {
        country = e.get().country();
      }
    }
    String code = (country == null ? "" : country) + "CVL";
    return List.of(new Arg(new Draft.Actor(code + ":" + subject.lemma(), null, code, country), subject, null,
        "nsubj(crowd)"));
  }

  /**
   * "meet the demands", "discuss trade", "meet U.S. complaints": an object that names no actor, or names an
   * event of one rather than the actor, so no partner to consult.
   */
  boolean objectWithoutActor(Sentence s, Token p) {
    return s.tree().children(p).stream().anyMatch(c -> c.rel().equals("obj")
            && (resolver.resolve(s, c).isEmpty()
                || c.isNoun() && coder.isPredicate(c.lemma()) && resolver.entityAt(c).isEmpty()))
        && Clauses.clause(s, p).stream().noneMatch(c -> s.tree().hasCase(c, "with"));
  }

  /**
   * "An editor expects OPEC to meet", "wants Japan to negotiate": the complement's act is the object's, so it
   * is not the subject's intent (03x); the subject only predicts or wishes it.
   */
  static boolean othersIntent(Sentence s, Token p, @Nullable Token object) {
    return p.isVerb() && object != null && object.head() == p.index() && object.rel().equals("xcomp")
        && s.tree().hasChild(p, "obj");
  }

  /** Where the event took place: a location among its targets, else a place argument ("in Seoul"). */
  @Nullable Place place(Sentence s, Token p, List<Arg> targets, CameoCode code) {
    for (Arg t : targets) {
      if (t.entity() != null && t.entity().type() == EntityType.LOCATION) {
        return placeOf(t.entity());
      }
    }
    List<Token> hosts = new ArrayList<>(List.of(p));
    for (Token c : s.tree().children(p)) {
      if (c.rel().startsWith("acl") && LIGHT_VERBS.contains(lemma(c))) {
        hosts.add(c);
      }
    }
    Set<String> cases = code.root().equals("04") ? MEETING_PLACE_CASES : PLACE_CASES;
    for (Token h : hosts) {
      for (Token c : s.tree().children(h)) {
        if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && s.tree().hasCaseIn(c, cases)) {
          Optional<Entity> e = resolver.entityAt(c);
          if (e.isPresent() && (e.get().type() == EntityType.LOCATION || e.get().type() == EntityType.COUNTRY)) {
            return placeOf(e.get());
          }
        }
      }
    }
    return null;
  }

  /** Where a place entity is: the places stage's place, else (not resolved, or no places stage) its name. */
  static Place placeOf(Entity e) {
    return e.place() != null ? e.place() : new Place(e.name(), e.country(), null, null);
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
