package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.nlp.Tree;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The targets of a predicate for {@link Arguments}: whom it acts on, by its object, the passive's subject, its
 * prepositional complements, the owner of what it claims, the subject of the clause it governs or the act it
 * agreed or threatened, the parties a mediation is between, the one whose act it reacts to, where force is used,
 * or each other for subjects that trade or exchange; an event noun met there lends its own {@link Sources}. A
 * topic ("information on X") and an ally's help ("with X's help") are no target.
 */
final class Targets {
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final List<String> TARGET_CASES = Words.list("target_case");
  private static final List<String> VISIT_CASES = Words.list("visit_case");
  private static final Set<String> BY = Set.of("by");
  private static final Set<String> OWNER = Words.set("owner_case");
  private static final Set<String> TOPIC_CASES = Words.set("topic_case");
  private static final Set<String> TOPIC_NOUNS = Words.set("topic_noun");
  private static final Set<String> ALLY_NOUNS = Words.set("ally_noun");
  private static final Set<String> RECIPROCAL_VERBS = Words.set("reciprocal_verb");
  private static final Set<String> REACTION_NOUNS = Words.set("reaction_noun");
  private static final Set<String> BETWEEN = Words.set("between_case");
  private static final Set<String> PLACE_IN = Words.set("place_case");
  private static final Set<String> HOSTILE_CASES = Words.set("hostile_case");
  /** Roots of cooperative and neutral acts, whose "on", "about" or "over" under a noun is their topic. */
  private static final Set<String> TOPIC_ROOTS = Set.of("01", "02", "03", "04", "05", "06", "07", "08");
  /** Roots of demands and conflict, aimed at the one whose act they react to ("in retaliation for"). */
  private static final Set<String> REACTION_ROOTS =
      Set.of("10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
  /** Roots of force, aimed at the country where their object is ("strengthened its forces in Lebanon"). */
  private static final Set<String> FORCE_ROOTS = Set.of("15", "17", "18", "19", "20");
  /** The code of mediation, aimed at the parties it is between. */
  private static final String MEDIATE = "045";
  /** Codes whose target may be the subject of the clause they govern: "demanded that Turkey stop". */
  private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11", "12", "13");
  /** Codes aimed at the owner of the thing or the people a pattern claims as their object. */
  private static final Set<String> OWNER_TARGET_ROOTS = Set.of("10", "11", "12", "13", "16", "17", "18");

  private final PatternCoder coder;
  private final Resolver resolver;
  private final Sources sources;

  Targets(PatternCoder coder, Resolver resolver, Sources sources) {
    this.coder = coder;
    this.resolver = resolver;
    this.sources = sources;
  }

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
            || Sources.agentOfParticiple(s, c) != null) {
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
    List<Token> claimed = new ArrayList<>();
    for (Token t = object; t != null && t.index() != p.index() && t.head() >= 0; t = s.token(t.head())) {
      if (t != apart) {
        claimed.add(t);
      }
    }
    hosts.addAll(claimed);
    // "the number of visas granted to people from Algeria": what qualifies the words between too.
    for (Token t : claimed) {
      for (Token c : tree.children(t)) {
        if ((c.rel().equals("amod") || c.rel().equals("dep") || c.rel().equals("acl")) && !hosts.contains(c)) {
          hosts.add(c);
        }
      }
    }
    if (p.isVerb() && reciprocalObject(s, p)) {
      // "India and Pakistan accused each other", "blamed one another": each of the subjects acts on the others.
      return Arg.relabel(sources.sources(s, p, code, 0), "reciprocal.");
    }
    if (p.isVerb()) {
      for (Token c : tree.children(p)) {
        if (c.rel().equals("nsubj:pass") && !(Sources.raising(s, p) && tree.caseChild(p, BY) == null)) {
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
    if (code.code().equals(MEDIATE)) {
      // "launched a mediation effort between the Emirates and Saudi Arabia": the mediator acts on both parties.
      for (Token h : hosts) {
        Token between = h.isNoun() ? tree.caseChild(h, BETWEEN) : null;
        List<Arg> found = between == null ? List.of() : resolver.actors(s, between, "nmod:between");
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    List<String> cases = code.code().equals("042") ? VISIT_CASES : TARGET_CASES;
    List<Token> caseHosts = new ArrayList<>(hosts);
    if (p.isVerb() && object == null) {
      // An object that names no actor carries the complement that does: "threatened further action against
      // Russia", "launched an offensive against the rebels".
      for (Token c : tree.children(p)) {
        if (c.rel().equals("obj") && c.isNoun() && !hosts.contains(c)) {
          caseHosts.add(c);
        }
      }
    }
    for (String prep : cases) {
      for (Token h : caseHosts) {
        for (Token c : tree.children(h)) {
          if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && tree.hasCase(c, prep)
              && !c.rel().equals("nmod:poss") && !topic(h, prep, code) && !ally(s, c)) {
            List<Arg> found = actorsOrOrigin(s, c, (h == p ? "" : h.rel() + ".") + c.rel() + ":" + prep);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    if (p.isNoun() && Sources.visit(code)) {
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
          List<Arg> found = subject == null ? List.of() : eventOrActors(s, subject, code, c.rel() + ".nsubj");
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
        if (tree.hasCase(t, "with") && t.index() != p.index() && !ally(s, t)) {
          List<Arg> found = resolver.actors(s, t, "with");
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    if (REACTION_ROOTS.contains(code.root())) {
      List<Arg> found = reactedTo(s, p);
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (p.isVerb() && FORCE_ROOTS.contains(code.root())) {
      List<Arg> found = forceAimedAt(s, p, code, hosts);
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (p.isVerb() && RECIPROCAL_VERBS.contains(lemma(p))) {
      // "the two countries traded barbs", "exchanged accusations": several subjects that name no other side act on
      // each other.
      List<Arg> subjects = sources.sources(s, p, code, 0);
      if (subjects.size() > 1) {
        return Arg.relabel(subjects, "reciprocal.");
      }
    }
    if (p.isVerb() && p.rel().equals("conj") && p.head() >= 0 && s.token(p.head()).isVerb()) {
      // A conjunct that names no one acts on whom the verb it is conjoined with does: "accused Tokyo of dumping and
      // threatened retaliation", "praised Korea's efforts but warned of retaliation".
      Token first = tree.child(s.token(p.head()), "obj");
      if (first != null && tree.child(p, "nsubj") == null) {
        return Arg.relabel(eventOrActors(s, first, code, "obj"), "conj.");
      }
    }
    return List.of();
  }

  /**
   * The actors named at {@code t} or their owners ({@link Resolver#actorsOrTheirs}), else the place or body the
   * people it names are from: "visas granted to people from Algeria, Morocco and Tunisia", "aid to citizens of
   * Gaza".
   */
  private List<Arg> actorsOrOrigin(Sentence s, Token t, String path) {
    List<Arg> found = resolver.actorsOrTheirs(s, t, path);
    if (found.isEmpty() && t.isNoun() && !coder.isPredicate(t.lemma())) {
      Token origin = s.tree().caseChild(t, OWNER);
      found = origin == null ? List.of() : resolver.actors(s, origin, path + "." + origin.rel());
    }
    return found;
  }

  /**
   * Whether the complement that {@code prep} introduces under {@code host} is the topic of a cooperative or
   * neutral act, not its target: "share information on North Korea's launches", "the dispute over the EC's
   * enlargement"; a demand or a conflict is aimed at what it is about ("concern over China's actions"), and a
   * measure at whom it is on ("lift the curfew on Palestinians").
   */
  private static boolean topic(Token host, String prep, CameoCode code) {
    return host.isNoun() && TOPIC_NOUNS.contains(lemma(host)) && TOPIC_CASES.contains(prep)
        && TOPIC_ROOTS.contains(code.root());
  }

  /** Whether {@code t} is help ("with Albania's help", "with the support of Japan"): an ally's, not a target. */
  private static boolean ally(Sentence s, Token t) {
    return t.isNoun() && ALLY_NOUNS.contains(lemma(t)) && s.tree().hasCase(t, "with");
  }

  /**
   * The owner of what predicate {@code p} reacts to: "imposed sanctions in retaliation for Tokyo's dumping", "in
   * defiance of Chinese authorities", "in protest against Sweden's decision".
   */
  private List<Arg> reactedTo(Sentence s, Token p) {
    Tree tree = s.tree();
    for (Token c : tree.children(p)) {
      if (!(c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("advcl"))
          || !REACTION_NOUNS.contains(lemma(c)) || !c.isNoun()) {
        continue;
      }
      for (Token d : tree.children(c)) {
        if (d.rel().startsWith("nmod") && !d.rel().equals("nmod:poss")) {
          List<Arg> found = resolver.actorsOrTheirs(s, d, c.rel() + "." + d.rel());
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Whom a use of force is aimed at when no complement names it: the war or attack it is for ("mobilized
   * reservists for a war against Iraq"), else the place its object is in ("strengthened its forces in Lebanon",
   * "reimposed blockades in the West Bank"); a place in the actor's own country is no target ("extended the
   * curfew in Abidjan").
   */
  private List<Arg> forceAimedAt(Sentence s, Token p, CameoCode code, List<Token> hosts) {
    Tree tree = s.tree();
    List<Token> objects = new ArrayList<>(hosts.stream().filter(h -> h != p && h.isNoun()).toList());
    Token object = tree.child(p, "obj");
    if (object != null && !objects.contains(object)) {
      objects.add(object);
    }
    List<Token> heads = new ArrayList<>(objects);
    heads.add(0, p);
    for (Token h : heads) {
      for (Token c : tree.children(h)) {
        if (!((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && c.isNoun() && tree.hasCase(c, "for"))) {
          continue;
        }
        Token against = tree.caseChild(c, HOSTILE_CASES);
        List<Arg> found = against == null ? List.of()
            : resolver.actorsOrTheirs(s, against, c.rel() + ":for." + against.rel());
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    for (Token o : objects) {
      Token in = tree.caseChild(o, PLACE_IN);
      Entity place = in == null ? null : resolver.entityAt(in)
          .filter(e -> e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY).orElse(null);
      String country = place == null ? null : place.country();
      Draft.Actor host = country == null || sources.sources(s, p, code, 0).stream()
          .anyMatch(a -> country.equals(a.actor().country())) ? null : resolver.countryActor(country);
      if (host != null) {
        return List.of(new Arg(host, in, place, o.rel() + "." + in.rel()));
      }
    }
    return List.of();
  }

  /** Whether verb {@code p}'s object is "each other" or "one another". */
  private static boolean reciprocalObject(Sentence s, Token p) {
    Token object = s.tree().child(p, "obj");
    if (object == null) {
      return false;
    }
    String word = lemma(object);
    for (Token c : s.tree().children(object)) {
      String other = lemma(c);
      if (word.equals("other") && other.equals("each") || word.equals("one") && other.equals("another")
          || word.equals("another") && other.equals("one")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors named at {@code t}, or, when {@code t} is itself an event noun ("the vow"), its sources; else
   * its owner: "a U.N. Security Council resolution", "Kenya's envoy", "the ambassador of Ankara", "diplomats from
   * Russia", "the remarks made by X".
   */
  private List<Arg> eventOrActors(Sentence s, Token t, CameoCode code, String path) {
    if (t.isNoun() && coder.isPredicate(t.lemma()) && resolver.resolve(s, t).isEmpty()) {
      return Arg.relabel(sources.sources(s, t, code, 1), path + ".");
    }
    List<Arg> named = resolver.actors(s, t, path);
    if (named.isEmpty() && t.isNoun()) {
      for (Token c : s.tree().children(t)) {
        // "a U.N. Security Council resolution", "its European Community partners": the body its compound names;
        // not a place, which is where they are ("Darfur rebels").
        boolean body = c.rel().equals("compound")
            && resolver.entityAt(c).filter(e -> e.type() != EntityType.LOCATION).isPresent();
        List<Arg> owner = body ? resolver.actors(s, c, path + ".compound") : List.of();
        if (!owner.isEmpty()) {
          return owner;
        }
      }
      for (Token c : s.tree().children(t)) {
        if (c.rel().equals("nmod:poss") || c.rel().startsWith("nmod")
            && (s.tree().hasCase(c, "by") || s.tree().hasCaseIn(c, OWNER))) {
          return resolver.actors(s, c, path + "." + c.rel());
        }
        // "rejected the remarks made by the Indian minister", "condemned the move taken by the government".
        Token by = Sources.agentOfParticiple(s, c);
        if (by != null) {
          return resolver.actors(s, by, path + ".acl.obl:by");
        }
      }
    }
    return named;
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
