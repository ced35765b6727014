package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Place;
import org.jspecify.annotations.Nullable;

/**
 * A predicate's arguments in one document: its sources ({@link Sources}), its targets ({@link Targets}), its
 * place and the other participants the coder asks for, resolved to actors by the {@link Resolver}.
 */
final class Arguments {
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final Set<String> BETWEEN = Words.set("between_case");
  private static final Set<String> PLACE_CASES = Words.set("place_case");
  private static final Set<String> MEETING_PLACE_CASES = Words.set("meeting_place_case");

  private final PatternCoder coder;
  private final Resolver resolver;
  private final Sources sources;
  private final Targets targets;

  Arguments(PatternCoder coder, Resolver resolver) {
    this.coder = coder;
    this.resolver = resolver;
    this.sources = new Sources(resolver);
    this.targets = new Targets(coder, resolver, sources);
  }

  /** The actors that do what predicate {@code p} says, {@code level} steps up from the predicate read first. */
  List<Arg> sources(Sentence s, Token p, CameoCode code, int level) {
    return sources.sources(s, p, code, level);
  }

  /**
   * The actors that predicate {@code p} acts on, read from its object {@code object} (claimed by its pattern)
   * and its other complements; {@code apart} is the object of another event coded at {@code p} that
   * {@code object} is coordinated with, or null.
   */
  List<Arg> targets(Sentence s, Token p, CameoCode code, @Nullable Token object, @Nullable Token apart) {
    return targets.targets(s, p, code, object, apart);
  }

  /** Whether {@code noun} names the actors it is between ("the meeting between China and Russia"). */
  boolean mutualEvent(Sentence s, Token noun) {
    Token between = noun.isNoun() ? s.tree().caseChild(noun, BETWEEN) : null;
    return between != null && !resolver.actors(s, between, "nmod:between").isEmpty();
  }

  // ---------------------------------------------------------------- other participants and place

  /** The actors of a condition's clause, or their owner, at whom a threat on that condition is aimed. */
  List<Arg> conditionSubjects(Sentence s, Token condition) {
    Token subject = s.tree().child(condition, "nsubj");
    if (subject == null) {
      subject = s.tree().child(condition, "nsubj:pass");
    }
    if (subject == null) {
      return List.of();
    }
    List<Arg> named = resolver.actors(s, subject, "if.nsubj");
    Token owner = named.isEmpty() ? s.tree().child(subject, "nmod:poss") : null;
    // "if Seoul's liberalisation efforts falter": whose efforts they are.
    return owner == null ? named : resolver.actors(s, owner, "if.nsubj.nmod:poss");
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
