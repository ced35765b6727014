package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Entity;
import org.jspecify.annotations.Nullable;

/**
 * The dyads of one predicate's sources and targets, as the field codes them: a compound side acting on a distinct
 * other side is one event per pair ("the U.S., the EU and Japan urged China" is three events); two parties that
 * act together with no other side act on each other ("the U.S. and Japan agreed"); three or more parties doing a
 * mutual act among themselves ("Britain, Canada, France and Japan agreed to cooperate") are a multilateral act
 * with no identifiable dyad, which is not coded: each party acts with no target, or, when the sentence names the
 * group they act as ("the Group of Seven", "OPEC"), the group does, so that only {@code --one-sided-events} keeps
 * it.
 */
final class Dyads {
  /** The sign of an intergovernmental organisation in a CAMEO actor code. */
  private static final String IGO = "IGO";
  /** How many parties a mutual act among themselves needs to be multilateral. */
  private static final int MULTILATERAL = 3;
  /** The code of mediation, done by a third party between two others. */
  private static final String MEDIATE = "045";

  private Dyads() {}

  /**
   * The pairs {source, target} of a predicate's {@code sources} and {@code targets}, a null target for an act
   * with no other side.
   */
  static List<Arg[]> pairs(Sentence s, Resolver resolver, List<Arg> sources, List<Arg> targets, CameoCode code) {
    if (code.code().equals(MEDIATE) && sources.stream().allMatch(a -> a.path().startsWith("nmod:between"))) {
      // "a mediation effort between Sudan and South Sudan": the parties it is between do not mediate; a mediator
      // the sentence does not name leaves no dyad.
      return List.of();
    }
    boolean mutual = targets.isEmpty() && sources.size() > 1 && Reading.reciprocal(code);
    if (mutual && parties(sources) >= MULTILATERAL) {
      Arg group = group(s, resolver, sources);
      List<Arg> sides = group == null ? sources : List.of(group);
      List<Arg[]> out = new ArrayList<>();
      for (Arg side : sides) {
        out.add(new Arg[] {side, null});
      }
      return out;
    }
    List<Arg[]> pairs = new ArrayList<>();
    for (Arg src : sources) {
      boolean any = false;
      for (Arg tgt : targets) {
        if (!tgt.actor().key().equals(src.actor().key())) {
          pairs.add(new Arg[] {src, tgt});
          any = true;
        }
      }
      if (!any && mutual) {
        for (Arg other : sources) {
          if (!other.actor().key().equals(src.actor().key())) {
            pairs.add(new Arg[] {src, other});
            any = true;
          }
        }
      }
      if (!any && targets.isEmpty()) {
        pairs.add(new Arg[] {src, null});
      }
    }
    return pairs;
  }

  /**
   * How many distinct parties {@code args} name: actors of one country are one party ("Reagan and Shultz met
   * Nakasone's aides" is two), actors of no country each one.
   */
  private static int parties(List<Arg> args) {
    Set<String> parties = new HashSet<>();
    for (Arg a : args) {
      parties.add(a.actor().country() != null ? "country:" + a.actor().country() : "actor:" + a.actor().key());
    }
    return parties.size();
  }

  /**
   * The intergovernmental group the sentence names beside the parties ("finance ministers of the Group of Seven
   * ... agreed"), which is not one of them, or null.
   */
  private static @Nullable Arg group(Sentence s, Resolver resolver, List<Arg> parties) {
    for (Token t : s.tokens()) {
      Entity e = resolver.entityAt(t).orElse(null);
      Draft.Actor actor = e == null || e.actor() == null || !e.actor().startsWith(IGO) ? null : resolver.actorOf(e);
      if (actor != null && parties.stream().noneMatch(p -> p.actor().key().equals(actor.key()))) {
        return new Arg(actor, t, e, "group");
      }
    }
    return null;
  }
}
