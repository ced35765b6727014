package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.jspecify.annotations.Nullable;

/** A predicate's arguments in one document: its sources, its targets and its place, resolved to actors. */
final class Arguments {
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final List<String> TARGET_CASES = Words.list("target_case");
  private static final List<String> VISIT_CASES = Words.list("visit_case");
  private static final Set<String> PAIR_NOUNS = Words.set("pair_noun");
  private static final Set<String> PAIR_DETERMINERS = Words.set("pair_det");
  private static final Set<String> PAIR_PRONOUNS = Words.set("pair_pronoun");
  private static final Set<String> WE = Words.set("we_pronoun");
  private static final Set<String> BETWEEN = Words.set("between_case");
  private static final Set<String> PLACE_CASES = Words.set("place_case");
  private static final Set<String> MEETING_PLACE_CASES = Words.set("meeting_place_case");

  private final PatternCoder coder;
  private final Entities entities;
  private final List<Quote> quotes;
  private final Discourse discourse;

  Arguments(PatternCoder coder, Entities entities, List<Quote> quotes, Discourse discourse) {
    this.coder = coder;
    this.entities = entities;
    this.quotes = quotes;
    this.discourse = discourse;
  }

  List<Arg> sources(Sentence s, Token p, int level) {
    if (level > 3) {
      return List.of();
    }
    List<Arg> out = new ArrayList<>();
    if (p.isVerb()) {
      if (s.tree().passive(p)) {
        Token agent = s.tree().caseChild(p, Set.of("by"));
        if (agent != null) {
          return actors(s, agent, "obl:by");
        }
      } else {
        Token subject = s.tree().child(p, "nsubj");
        if (subject != null) {
          return actors(s, subject, "nsubj");
        }
      }
      if (!s.tree().passive(p) && p.head() >= 0 && Set.of("xcomp", "conj", "ccomp", "advcl").contains(p.rel())
          && (p.rel().equals("xcomp") || p.rel().equals("conj") || Clauses.infinitive(s, p))) {
        Token head = s.token(p.head());
        List<Arg> up = sources(s, head, level + 1);
        if (!up.isEmpty()) {
          return Arg.relabel(up, "ctl.");
        }
      }
      return out;
    }
    for (Token c : s.dependents(p.index())) {
      if (c.rel().equals("nmod:poss")) {
        out.addAll(actors(s, c, "nmod:poss"));
      }
    }
    if (out.isEmpty()) {
      Token by = s.tree().caseChild(p, Set.of("by"));
      if (by != null) {
        out.addAll(actors(s, by, "nmod:by"));
      }
    }
    if (out.isEmpty()) {
      Token between = s.tree().caseChild(p, BETWEEN);
      if (between != null) {
        out.addAll(actors(s, between, "nmod:between"));
      }
    }
    if (out.isEmpty()) {
      for (Token c : s.dependents(p.index())) {
        if (c.rel().equals("appos")) {
          Token by = s.tree().caseChild(c, Set.of("by"));
          if (by != null) {
            out.addAll(actors(s, by, "appos.nmod:by"));
          }
        }
        if (c.rel().startsWith("acl") && LIGHT_VERBS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
          for (Token d : s.dependents(c.index())) {
            if (d.rel().equals("nsubj")) {
              out.addAll(actors(s, d, "acl." + c.lemma() + ".nsubj"));
            }
          }
        }
      }
    }
    if (out.isEmpty() && p.rel().equals("obj") && p.head() >= 0) {
      Token verb = s.token(p.head());
      if (LIGHT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
        out.addAll(Arg.relabel(sources(s, verb, level + 1), verb.lemma() + "."));
      }
    }
    return out;
  }

  List<Arg> targets(Sentence s, Token p, CameoCode code, @Nullable Token object) {
    List<Token> hosts = new ArrayList<>(List.of(p));
    if (p.isNoun()) {
      for (Token c : s.dependents(p.index())) {
        if (c.rel().equals("appos") || c.rel().startsWith("acl") && LIGHT_VERBS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
          hosts.add(c);
        }
      }
      if (p.rel().equals("obj") && p.head() >= 0 && LIGHT_VERBS.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT))) {
        hosts.add(s.token(p.head()));
      }
    }
    // The complement a pattern claimed and the words between ("threatened to impose tariffs on ..."), and what
    // qualifies it ("tariffs worth 300 mln dlrs on ...", "sanctions imposed on ...").
    for (Token t = object; t != null && t.index() != p.index() && t.head() >= 0; t = s.token(t.head())) {
      hosts.add(t);
    }
    if (object != null) {
      for (Token c : s.dependents(object.index())) {
        if (c.rel().equals("amod") || c.rel().equals("dep") || c.rel().equals("acl")) {
          hosts.add(c);
        }
      }
    }
    if (p.isVerb()) {
      for (Token c : s.dependents(p.index())) {
        if (c.rel().equals("nsubj:pass")) {
          return eventOrActors(s, c, "nsubj:pass");
        }
      }
      for (Token c : s.dependents(p.index())) {
        if ((c.rel().equals("obj") || c.rel().equals("iobj")) && (object == null || c.index() != object.index())) {
          List<Arg> found = eventOrActors(s, c, c.rel());
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    List<String> cases = code.code().equals("042") ? VISIT_CASES : TARGET_CASES;
    for (String prep : cases) {
      for (Token h : hosts) {
        for (Token c : s.dependents(h.index())) {
          if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && s.tree().hasCase(c, prep)
              && !c.rel().equals("nmod:poss")) {
            List<Arg> found = actorsOrTheirs(s, c, (h == p ? "" : h.rel() + ".") + c.rel() + ":" + prep);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
      }
    }
    if (object != null && object.isNoun() && Set.of("10", "11", "12", "13").contains(code.root())) {
      // Criticising, rejecting or demanding someone's thing is aimed at them: "attacked Japan's fiscal policy".
      List<Arg> owner = eventOrActors(s, object, "claimed");
      if (!owner.isEmpty()) {
        return owner;
      }
    }
    if (Set.of("02", "03", "04", "10", "12").contains(code.root())) {
      for (Token t : Clauses.clause(s, p)) {
        if (s.tree().hasCase(t, "with") && t.index() != p.index()) {
          List<Arg> found = actors(s, t, "with");
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
   * range of Japanese goods", "on 300 mln dlrs worth of Japanese goods", "on imports of Japanese cars").
   */
  private List<Arg> actorsOrTheirs(Sentence s, Token t, String path) {
    List<Arg> named = actors(s, t, path);
    List<Token> level = List.of(t);
    for (int depth = 0; depth < 2 && named.isEmpty(); depth++) {
      List<Token> next = new ArrayList<>();
      for (Token h : level) {
        for (Token c : s.dependents(h.index())) {
          if (c.isNoun() && (c.rel().equals("dep") || c.rel().startsWith("nmod") && s.tree().hasCase(c, "of"))) {
            next.add(c);
            if (named.isEmpty()) {
              named = actors(s, c, path + ".of");
            }
          }
        }
      }
      level = next;
    }
    return named;
  }

  /** The actors named at {@code t}, or, when {@code t} is itself an event noun ("the vow"), its sources. */
  private List<Arg> eventOrActors(Sentence s, Token t, String path) {
    if (t.isNoun() && coder.isPredicate(t.lemma()) && resolve(s, t).isEmpty()) {
      return Arg.relabel(sources(s, t, 1), path + ".");
    }
    List<Arg> named = actors(s, t, path);
    if (named.isEmpty() && t.isNoun()) {
      for (Token c : s.dependents(t.index())) {
        if (c.rel().equals("nmod:poss") || c.rel().startsWith("nmod") && s.tree().hasCase(c, "by")) {
          return actors(s, c, path + "." + c.rel());
        }
      }
    }
    return named;
  }

  /** The actors at {@code head} and its conjuncts and appositions ("South Korea and Japan"). */
  private List<Arg> actors(Sentence s, Token head, String path) {
    Map<String, Arg> out = new LinkedHashMap<>();
    List<Token> todo = new ArrayList<>(List.of(head));
    for (int i = 0; i < todo.size(); i++) {
      Token t = todo.get(i);
      for (Arg a : resolve(s, t)) {
        out.putIfAbsent(a.actor().key(), new Arg(a.actor(), a.token(), a.entity(), path + a.path()));
      }
      for (Token c : s.dependents(t.index())) {
        if (c.rel().equals("conj") || c.rel().equals("appos") && entityAt(c).isPresent()) {
          todo.add(c);
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** What one token names: an entity, a pronoun's referent, or the pair "they" stands for. */
  private List<Arg> resolve(Sentence s, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.isPronoun() && WE.contains(lemma)) {
      for (Quote q : quotes) {
        if (q.direct() && q.start() <= t.start() && t.end() <= q.end() && q.speaker() != null
            && q.speaker().entity() != null) {
          Entity e = entities.require(q.speaker().entity());
          return List.of(new Arg(actorOf(e), t, e, "(we=speaker)"));
        }
      }
      return List.of();
    }
    Optional<Entity> e = entityAt(t);
    if (e.isEmpty() && (t.isPronoun() && PAIR_PRONOUNS.contains(lemma) || pairNoun(s, t))) {
      return discourse.pair().stream().map(a -> new Arg(a.actor(), t, a.entity(), "(" + lemma + "=pair)")).toList();
    }
    if (e.isEmpty() && t.isNoun()) {
      for (Token c : s.dependents(t.index())) {
        if (c.rel().equals("amod") || c.rel().equals("compound")) {
          Optional<Entity> mod = entityAt(c);
          if (mod.isPresent() && mod.get().type() == EntityType.COUNTRY) {
            e = mod;
          }
        }
      }
    }
    if (e.isEmpty()) {
      return List.of();
    }
    Draft.Actor a = actorOf(e.get());
    return a == null ? List.of() : List.of(new Arg(a, t, e.get(), ""));
  }

  private boolean pairNoun(Sentence s, Token t) {
    if (!t.pos().equals("NNS") || !PAIR_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Token c : s.dependents(t.index())) {
      if (PAIR_DETERMINERS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private Optional<Entity> entityAt(Token t) {
    return entities.at(t.start(), t.end());
  }

  /** The actor an entity acts as: a city acts for its country ("Seoul said" is South Korea). */
  private Draft.@Nullable Actor actorOf(Entity e) {
    if (e.type() == EntityType.LOCATION) {
      return countryActor(e.country());
    }
    return new Draft.Actor(e.id(), e.id(), e.actor(), e.country());
  }

  /** The country {@code country} as an actor: its entity in the document, else its code. */
  Draft.@Nullable Actor countryActor(@Nullable String country) {
    if (country == null) {
      return null;
    }
    for (Entity e : entities.all()) {
      if (e.type() == EntityType.COUNTRY && country.equals(e.country())) {
        return new Draft.Actor(e.id(), e.id(), e.actor() == null ? country : e.actor(), country);
      }
    }
    return new Draft.Actor(country, null, country, country);
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
    for (Token c : s.dependents(subject.index())) {
      Optional<Entity> e = entityAt(c);
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
    return s.dependents(p.index()).stream().anyMatch(c -> c.rel().equals("obj") && (resolve(s, c).isEmpty()
            || c.isNoun() && coder.isPredicate(c.lemma()) && entityAt(c).isEmpty()))
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
        return new Place(t.entity().name(), t.entity().country(), null, null);
      }
    }
    List<Token> hosts = new ArrayList<>(List.of(p));
    for (Token c : s.dependents(p.index())) {
      if (c.rel().startsWith("acl") && LIGHT_VERBS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        hosts.add(c);
      }
    }
    Set<String> cases = code.root().equals("04") ? MEETING_PLACE_CASES : PLACE_CASES;
    for (Token h : hosts) {
      for (Token c : s.dependents(h.index())) {
        if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && cases.stream().anyMatch(k -> s.tree().hasCase(c, k))) {
          Optional<Entity> e = entityAt(c);
          if (e.isPresent() && (e.get().type() == EntityType.LOCATION || e.get().type() == EntityType.COUNTRY)) {
            return new Place(e.get().name(), e.get().country(), null, null);
          }
        }
      }
    }
    return null;
  }
}
