package org.dyad.engine.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.EntityType;
import org.dyad.model.EventDateSource;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Timex;
import org.jspecify.annotations.Nullable;

/**
 * The coder's pass over one document, sentence by sentence: its predicates ({@link Predicates}), their
 * arguments ({@link Arguments}), modality ({@link Modalities}), date ({@link Dating}) and evidence
 * ({@link Clauses}), and what the document's sentences remember of each other ({@link Discourse}).
 */
final class Reading {
  private final PatternCoder coder;
  private final String text;
  private final Predicates predicates;
  private final Arguments arguments;
  private final Modalities modalities;
  private final Dating dating;
  private final Discourse discourse = new Discourse();
  private final List<Draft> drafts = new ArrayList<>();

  Reading(PatternCoder coder, String text, LocalDate documentDate, Entities entities, List<Timex> timexes,
      List<Quote> quotes) {
    this.coder = coder;
    this.text = text;
    this.predicates = new Predicates(coder);
    this.arguments = new Arguments(coder, entities, quotes, discourse);
    this.modalities = new Modalities(entities, quotes);
    this.dating = new Dating(documentDate, timexes);
  }

  List<Draft> drafts() {
    return List.copyOf(drafts);
  }

  /**
   * Reads the events of one sentence into the drafts. All or nothing: a sentence that fails (throws) leaves
   * neither drafts nor a pair for "they" behind.
   */
  void read(Sentence s, boolean headline) {
    int before = drafts.size();
    boolean done = false;
    try {
      readEvents(s, headline);
      done = true;
    } finally {
      if (!done) {
        drafts.subList(before, drafts.size()).clear();
        discourse.sentenceFailed();
      }
    }
  }

  private void readEvents(Sentence s, boolean headline) {
    boolean[] claimed = new boolean[s.size()];
    List<Token> order = new ArrayList<>(s.tokens());
    order.sort((a, b) -> Integer.compare(s.tree().depth(a), s.tree().depth(b)));
    for (Token p : order) {
      if (claimed[p.index()] || !(p.isVerb() || p.isNoun())) {
        continue;
      }
      if (p.isNoun() && (p.rel().equals("compound") || p.rel().startsWith("amod")
          || Predicates.economicSense(s, p))) {
        continue;
      }
      Predicates.Match m = predicates.match(s, p);
      if (m == null || m.pattern().codesNothing()) {
        continue;
      }
      if (m.object() != null) {
        for (Token t = m.object(); t.index() != p.index() && t.head() >= 0; t = s.token(t.head())) {
          claimed[t.index()] = true;
        }
      }
      code(s, p, m, headline);
    }
    discourse.sentenceDone();
  }

  private void code(Sentence s, Token p, Predicates.Match m, boolean headline) {
    CameoCode code = coder.codebook().require(m.pattern().code());
    List<Arg> sources = arguments.sources(s, p, 0);
    List<Arg> targets = arguments.targets(s, p, code, m.object());
    Place place = arguments.place(s, p, targets, code);
    if (sources.isEmpty() && !m.pattern().subjects().isEmpty() && code.root().equals("14")) {
      sources = arguments.crowd(s, p, place);
    }
    if (sources.isEmpty()
        || code.root().equals("04") && p.isVerb() && m.object() == null && arguments.objectWithoutActor(s, p)
        || code.root().equals("03") && Arguments.othersIntent(s, p, m.object())) {
      return;
    }
    List<Modality> modality = modalities.modality(s, p, sources.get(0));
    Dating.Dated dated = dating.date(s, p);
    if (dated.source() == EventDateSource.TEXT && dating.after(dated.value())
        && !modality.contains(Modality.PLANNED)) {
      modality = Modalities.plannedToo(modality);
    }
    // An act announced for later is coded as its announcement, made now: an intent (03x) or a threat (13x); an
    // act refused, as its rejection (12x). The act's own code stays beside it.
    String act = null;
    Announcements announcements = coder.lexicon().announcements();
    Announcements.Frame frame = announcements.frame(s, p);
    String announcement = announcements.of(code.code());
    String refusal = announcements.refusalOf(code.code());
    if (frame == Announcements.Frame.REFUSAL && refusal != null && !modality.contains(Modality.HYPOTHETICAL)) {
      act = code.code();
      code = coder.codebook().require(refusal);
      modality = Announcements.refused(modality);
    } else if (announcement != null && !modality.contains(Modality.NEGATED)
        && !modality.contains(Modality.HYPOTHETICAL)
        && (modality.contains(Modality.PLANNED) || frame == Announcements.Frame.INTENT)) {
      act = code.code();
      code = coder.codebook().require(announcement);
      modality = Modalities.threatMade(modality);
    }
    boolean historical = dating.historical(s, p, dated);
    Mention evidence = Clauses.evidence(text, s, p);
    Mention mention = Mention.of(text, p.start(), p.end());
    List<Arg[]> pairs = new ArrayList<>();
    for (Arg src : sources) {
      boolean any = false;
      for (Arg tgt : targets) {
        if (!tgt.actor().key().equals(src.actor().key())) {
          pairs.add(new Arg[] {src, tgt});
          any = true;
        }
      }
      if (!any && targets.isEmpty() && sources.size() > 1 && reciprocal(code)) {
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
    for (Arg[] pair : pairs) {
      Arg src = pair[0];
      Arg tgt = pair[1];
      String rule = m.pattern().id() + " " + p.lemma().toLowerCase(Locale.ROOT) + " " + src.path() + "->"
          + (tgt == null ? "none" : tgt.path());
      Draft.Actor target = tgt == null ? null : tgt.actor();
      Place where = place;
      if (code.code().equals("042") && tgt != null && where == null && tgt.entity() != null
          && tgt.entity().type() == EntityType.COUNTRY) {
        where = new Place(tgt.entity().name(), tgt.entity().country(), null, null);
      }
      if (code.code().equals("042") && target != null && target.country() != null
          && target.country().equals(src.actor().country()) && where != null) {
        continue;
      }
      if (!placeable(src.actor()) && (target == null || !placeable(target))) {
        // Neither side names an actor code or a country ("Wyss cautioned", "Sonatrach is negotiating"): the
        // event could stand in no dyad, and GDELT too codes only events with a coded actor.
        continue;
      }
      drafts.add(new Draft(code, p.lemma().toLowerCase(Locale.ROOT), src.actor(), target, dated.value(),
          dated.source(), where, modality, historical, mention, evidence, rule, headline, act));
      if (code.code().equals("043") && target != null) {
        Draft.Actor host = arguments.countryActor(src.actor().country());
        if (host != null && !host.country().equals(target.country())) {
          drafts.add(new Draft(coder.codebook().require("042"), "visit", target, host, dated.value(),
              dated.source(), where, modality, historical, mention, evidence, rule + " (the guest of a host visits)",
              headline, null));
        }
      }
      if (tgt != null && src.entity() != null && tgt.entity() != null) {
        discourse.offer(src, tgt);
      }
    }
  }

  /**
   * Codes whose two coordinated subjects act on each other when no object is named: intents, meetings,
   * material cooperation and fighting, and of the diplomatic cooperation codes only the mutual ones
   * (cooperate, sign an agreement). Praise, support or an apology by several is not mutual ("X is supported
   * by A, B and C"); nor is a visit or hosting one: "they will go" is not a visit of each to the other.
   */
  private static boolean reciprocal(CameoCode code) {
    return (Set.of("03", "04", "06", "19").contains(code.root()) || Set.of("050", "057").contains(code.code()))
        && !Set.of("042", "043").contains(code.code());
  }

  private static boolean placeable(Draft.Actor a) {
    return a.actor() != null || a.country() != null;
  }
}
