package org.dyad.engine.events;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
  /** Roots of acts that, promised on a condition ("if Y does it, X would retaliate"), are threats. */
  private static final Set<String> COERCIVE_ROOTS = Set.of("15", "16", "17", "18", "19", "20");
  /**
   * Roots of acts that, promised unless another does something, are threats too: "will withdraw from the
   * accord unless", "will reject the plan unless", "will strike unless".
   */
  private static final Set<String> ULTIMATUM_ROOTS = Set.of("08", "12", "14");
  private static final Set<String> ULTIMATUM_MARKS = Words.set("ultimatum_mark");
  private static final String GENERIC_THREAT = "130";
  private static final String THREAT_ROOT = "13";
  private static final Set<String> DEFINITE = Words.set("definite_det");
  /** The sentences, this one included, within which a definite event noun names an event told before. */
  private static final int ANAPHOR_REACH = 3;
  private static final Set<String> BUSINESS = Words.set("business_sector");
  /**
   * Roots of acts done on the ground (protest, force posture, coercion, assault, fighting, mass violence) whose
   * target, named by no argument, is the country where they are done, when that is not the actor's own:
   * "Israel strengthened its forces in Lebanon", "Palestinian prisoners rioted at a jail in northern Israel".
   */
  private static final Set<String> PLACE_TARGET_ROOTS = Set.of("14", "15", "17", "18", "19", "20");
  /** Words by which a meeting noun is wanted, not held: "talks are needed", "negotiations are essential". */
  private static final Set<String> NECESSITY = Words.set("necessity");
  /** Determiners by which a meeting noun is any such meeting, none in particular: "any talks would". */
  private static final Set<String> GENERIC_DET = Words.set("generic_det");
  private static final String MEETING_ROOT = "04";

  private final PatternCoder coder;
  private final String text;
  private final Predicates predicates;
  private final Resolver resolver;
  private final Arguments arguments;
  private final Modalities modalities;
  private final Dating dating;
  private final Appeals appeals;
  private final Discourse discourse = new Discourse();
  private final List<Draft> drafts = new ArrayList<>();
  /** Where the latest sentences start, this one last: how far back "the strike" may look. */
  private final ArrayDeque<Integer> recentStarts = new ArrayDeque<>();

  Reading(PatternCoder coder, String text, LocalDate documentDate, Entities entities, List<Timex> timexes,
      List<Quote> quotes) {
    this.coder = coder;
    this.text = text;
    this.predicates = new Predicates(coder);
    this.resolver = new Resolver(entities, quotes, timexes, discourse);
    this.arguments = new Arguments(coder, resolver);
    this.modalities = new Modalities(entities, quotes, resolver);
    this.dating = new Dating(documentDate, timexes);
    this.appeals = new Appeals(resolver, predicates, quotes);
  }

  List<Draft> drafts() {
    return List.copyOf(drafts);
  }

  /**
   * Reads the events of one sentence into the drafts. All or nothing: a sentence that fails (throws) leaves
   * neither drafts nor a pair for "they" behind.
   */
  void read(Sentence s, boolean headline) {
    recentStarts.addLast(s.start());
    if (recentStarts.size() > ANAPHOR_REACH) {
      recentStarts.removeFirst();
    }
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
      if (claimed[p.index()] || !(p.isVerb() || p.isNoun() || Predicates.adjective(p))) {
        continue;
      }
      if (p.isNoun() && (p.rel().equals("compound") || p.rel().startsWith("amod")
          || Predicates.economicSense(s, p)) || Predicates.adjective(p) && p.rel().startsWith("amod")) {
        // an adjective is a predicate only where it is said of its subject ("Japan was critical of"), not
        // where it qualifies a noun ("critical issues")
        continue;
      }
      Predicates.Match m = predicates.match(s, p);
      if (m == null || m.pattern().codesNothing() || actCodedItself(s, p, m) || Clauses.subjunctive(s, p)) {
        continue;
      }
      // An object that is an event between actors of its own ("attended the meeting between China and Russia")
      // stays an event of its own.
      List<Predicates.Match> matches = new ArrayList<>(List.of(m));
      matches.addAll(predicates.coordinated(s, p, m));
      for (Predicates.Match each : matches) {
        if (each.object() != null && !arguments.mutualEvent(s, each.object())) {
          for (Token t = each.object(); t.index() != p.index() && t.head() >= 0; t = s.token(t.head())) {
            claimed[t.index()] = true;
          }
        }
        code(s, p, each, each == m ? null : m.object(), headline);
      }
    }
    for (Token v : s.tokens()) {
      if (v.isVerb()) {
        for (Appeals.Found f : appeals.at(s, v)) {
          appeal(s, v, f, headline);
        }
      }
    }
    discourse.sentenceDone();
  }

  /** An appeal that reported speech or a wish carries, dated and placed by the verb that carries it. */
  private void appeal(Sentence s, Token act, Appeals.Found f, boolean headline) {
    Token carrier = f.carrier();
    List<Modality> modality = carrier == act ? List.of(Modality.ASSERTED)
        : modalities.modality(s, carrier, f.asker());
    Dating.Dated dated = dating.date(s, carrier);
    Mention said = Clauses.evidence(text, s, carrier);
    Mention asked = Clauses.evidence(text, s, act);
    Mention evidence = Mention.of(text, Math.min(said.start(), asked.start()), Math.max(said.end(), asked.end()));
    drafts.add(new Draft(coder.codebook().require(f.code()), carrier.lemma().toLowerCase(Locale.ROOT),
        f.asker().actor(), f.asked().actor(), dated.value(), dated.source(), null, modality,
        dating.historical(s, carrier, dated), Mention.of(text, carrier.start(), carrier.end()), evidence,
        "appeal (" + f.rule() + ") " + f.asker().path() + "->" + f.asked().path(), headline, null));
  }

  /** The actors of one predicate's event, its sources first, and its place. */
  private record Participants(List<Arg> sources, List<Arg> targets, @Nullable Place place) {}

  /**
   * The code an event is told with, and what goes with it: an act announced or refused is coded as its
   * announcement or refusal, with the act's own code beside it ({@code act}), a conditional threat with the one
   * the condition names as its target.
   */
  private record Coded(CameoCode code, @Nullable String act, List<Modality> modality, List<Arg> targets,
      String note) {}

  /** Codes the event of predicate {@code p} matched by {@code m}: its actors, modality, date, code and drafts. */
  private void code(Sentence s, Token p, Predicates.Match m, @Nullable Token apart, boolean headline) {
    CameoCode code = coder.codebook().require(m.pattern().code());
    if (code.root().equals(MEETING_ROOT) && wantedMeeting(s, p)) {
      return;
    }
    Participants who = participants(s, p, m, code, apart);
    if (who == null) {
      return;
    }
    List<Modality> modality = modalities.modality(s, p, who.sources().get(0));
    Dating.Dated dated = dating.date(s, p);
    if (dated.source() == EventDateSource.TEXT && dating.after(dated.value())
        && !modality.contains(Modality.PLANNED)) {
      modality = Modalities.plannedToo(modality);
    }
    emit(s, p, m, announced(s, p, code, modality, who), who, dated, headline);
  }

  /**
   * The sources, targets and place of the event of {@code p}, or null when it has none to stand in a dyad: no
   * source, an occasion's actor without a target, the purpose of an act coded already. A definite event noun
   * with no argument ("the strike") is recorded as one more mention of the latest event of its kind instead.
   */
  private @Nullable Participants participants(Sentence s, Token p, Predicates.Match m, CameoCode code,
      @Nullable Token apart) {
    List<Arg> sources = arguments.sources(s, p, code, 0);
    if (!sources.isEmpty() && sources.get(0).path().startsWith("occasion.")
        && PLACE_TARGET_ROOTS.contains(code.root())) {
      // "Following attacks in Paris, Belgian police arrested three men": an act of force named in an adverbial is
      // the background of the clause, not an act of its subject.
      return null;
    }
    List<Arg> targets = arguments.targets(s, p, code, m.object(), apart);
    Place place = arguments.place(s, p, targets, code);
    if (sources.isEmpty() && !m.pattern().subjects().isEmpty() && code.root().equals("14")) {
      sources = arguments.crowd(s, p, place);
    }
    if (targets.isEmpty() && code.root().equals(THREAT_ROOT)) {
      // "threatened to break relations unless the Kremlin closed its base": the threat is aimed at the one whose
      // act is the condition.
      Token act = s.tree().child(p, "xcomp");
      Token unless = Modalities.condition(s, p);
      if (unless == null && act != null) {
        unless = Modalities.condition(s, act);
      }
      if (unless != null) {
        targets = arguments.conditionSubjects(s, unless);
      }
    }
    if (targets.isEmpty() && !sources.isEmpty() && place != null && PLACE_TARGET_ROOTS.contains(code.root())) {
      targets = placeTarget(p, place, sources);
    }
    if (sources.isEmpty() && targets.isEmpty() && anaphor(s, p)) {
      // "the strike", "the killing": a definite event noun with no argument of its own names the latest event
      // of its kind again, and becomes one more mention of it.
      Draft antecedent = antecedent(code);
      if (antecedent != null) {
        drafts.add(antecedent.mentionedAgain(Mention.of(text, p.start(), p.end()),
            antecedent.rule() + " (again: " + m.pattern().id() + " " + p.lemma().toLowerCase(Locale.ROOT) + ")"));
      }
      return null;
    }
    if (sources.isEmpty() || targets.isEmpty() && sources.get(0).path().startsWith("occasion.")
        || purposeOfSameAct(s, p, code, sources.get(0))
        || code.root().equals("04") && p.isVerb() && m.object() == null && arguments.objectWithoutActor(s, p)
        || code.root().equals("03") && Arguments.othersIntent(s, p, m.object())) {
      return null;
    }
    return new Participants(sources, targets, place);
  }

  /**
   * The code the event of {@code p} is told with. An act announced for later is coded as its announcement, made
   * now: an intent (03x) or a threat (13x); an act refused, as its rejection (12x). The act's own code stays
   * beside it.
   */
  private Coded announced(Sentence s, Token p, CameoCode code, List<Modality> modality, Participants who) {
    String act = null;
    List<Arg> targets = who.targets();
    Announcements announcements = coder.lexicon().announcements();
    String note = "";
    Token condition = Modalities.condition(s, p);
    if (condition != null && (COERCIVE_ROOTS.contains(code.root()) || ULTIMATUM_ROOTS.contains(code.root())
        && s.tree().children(condition).stream().anyMatch(c -> c.rel().equals("mark")
            && ULTIMATUM_MARKS.contains(c.lemma().toLowerCase(Locale.ROOT))))
        && !modality.contains(Modality.NEGATED)
        && (modality.contains(Modality.PLANNED)
            || modality.contains(Modality.HYPOTHETICAL) && modalities.saidBy(s, p, who.sources().get(0)))) {
      // "If Y does it, X would retaliate", said by X: the act is conditional, the threat of it is made now, at Y.
      // Said by another, or by no one ("the U.S. could impose sanctions"), it is speculation.
      String threat = announcements.of(code.code());
      act = code.code();
      code = coder.codebook().require(threat != null && threat.startsWith("13") ? threat : GENERIC_THREAT);
      modality = Modalities.threatMade(modality);
      if (targets.isEmpty()) {
        targets = arguments.conditionSubjects(s, condition);
      }
      note = " (a conditional threat)";
    }
    Announcements.Frame frame = announcements.frame(s, p);
    String announcement = announcements.of(code.code());
    String refusal = announcements.refusalOf(code.code());
    if (act == null && frame == Announcements.Frame.REFUSAL && refusal != null
        && !modality.contains(Modality.HYPOTHETICAL)) {
      act = code.code();
      code = coder.codebook().require(refusal);
      modality = Announcements.refused(modality);
    } else if (act == null && announcement != null && !modality.contains(Modality.NEGATED)
        && !modality.contains(Modality.HYPOTHETICAL)
        && (modality.contains(Modality.PLANNED) || frame == Announcements.Frame.INTENT)) {
      act = code.code();
      code = coder.codebook().require(announcement);
      modality = Modalities.threatMade(modality);
    }
    return new Coded(code, act, modality, targets, note);
  }

  /** The drafts of the event, one per dyad its sources and targets make that can stand as an event. */
  private void emit(Sentence s, Token p, Predicates.Match m, Coded coded, Participants who, Dating.Dated dated,
      boolean headline) {
    CameoCode code = coded.code();
    List<Modality> modality = coded.modality();
    List<Arg> sources = who.sources();
    List<Arg> targets = coded.targets();
    boolean historical = dating.historical(s, p, dated);
    Mention evidence = Clauses.evidence(text, s, p);
    Mention mention = Mention.of(text, p.start(), p.end());
    if (!targets.isEmpty() && targets.stream().allMatch(t -> t.path().startsWith("xcomp.") && sources.stream()
        .allMatch(src -> src.actor().key().equals(t.actor().key()) || self(src.actor(), t.actor())))) {
      // The act agreed to names only its own actor ("Ethiopia agreed to reopen its borders"): the agreement has
      // no other side.
      targets = List.of();
    }
    List<Arg[]> pairs = Dyads.pairs(s, resolver, sources, targets, code);
    for (Arg[] pair : pairs) {
      Arg src = pair[0];
      Arg tgt = pair[1];
      String rule = m.pattern().id() + " " + p.lemma().toLowerCase(Locale.ROOT) + " " + src.path() + "->"
          + (tgt == null ? "none" : tgt.path()) + coded.note();
      Draft.Actor target = tgt == null ? null : tgt.actor();
      Place where = who.place();
      if (code.code().equals("042") && tgt != null && where == null && tgt.entity() != null
          && tgt.entity().type() == EntityType.COUNTRY) {
        where = Arguments.placeOf(tgt.entity());
      }
      if (code.code().equals("042") && target != null && target.country() != null
          && target.country().equals(src.actor().country()) && where != null) {
        continue;
      }
      if (self(src.actor(), target) || business(src.actor()) && (target == null || business(target))) {
        // A country acting on itself ("Japan's government condemns Japan") is no dyad; a firm's deal with a
        // firm, or a firm's act alone, is no political event.
        continue;
      }
      if (!placeable(src.actor()) && (target == null || !placeable(target))) {
        // Neither side names an actor code or a country ("Wyss cautioned", "Sonatrach is negotiating"): the
        // event could stand in no dyad, and GDELT too codes only events with a coded actor.
        continue;
      }
      drafts.add(new Draft(code, p.lemma().toLowerCase(Locale.ROOT), src.actor(), target, dated.value(),
          dated.source(), where, modality, historical, mention, evidence, rule, headline, coded.act()));
      if (code.code().equals("043") && target != null) {
        Draft.Actor host = resolver.countryActor(src.actor().country());
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

  /** The country of {@code place} as the target of an act done there, unless it is a source's own country. */
  private List<Arg> placeTarget(Token p, Place place, List<Arg> sources) {
    String country = place.country();
    if (country == null || sources.stream().anyMatch(a -> country.equals(a.actor().country()))) {
      return List.of();
    }
    Draft.Actor host = resolver.countryActor(country);
    return host == null ? List.of() : List.of(new Arg(host, p, null, "place"));
  }

  /**
   * Whether an intent that asks only for an infinitive ("agreed to") stands over an act that is coded itself
   * ("agreed to lift the embargo": the intent to lift it), which says more.
   */
  private boolean actCodedItself(Sentence s, Token p, Predicates.Match m) {
    if (m.object() != null || !m.pattern().code().startsWith("03")
        || !m.pattern().markers().contains(List.of("to-inf"))) {
      return false;
    }
    Token act = s.tree().child(p, "xcomp");
    Predicates.Match inner = act == null ? null : predicates.match(s, act);
    return inner != null && !inner.pattern().codesNothing();
  }

  /**
   * Whether {@code p} is the purpose of the act of the verb it hangs on, with that verb's object as its actor,
   * and that verb is already coded in the same root: "summoned the Chilean ambassador to protest" is Peru's one
   * complaint, not the ambassador's as well.
   */
  private boolean purposeOfSameAct(Sentence s, Token p, CameoCode code, Arg source) {
    if (!source.path().startsWith("ctl.obj") || p.head() < 0) {
      return false;
    }
    Token head = s.token(p.head());
    return drafts.stream().anyMatch(d -> d.mention().start() == head.start() && d.code().root().equals(code.root()));
  }

  /**
   * Whether meeting noun {@code p} is one wanted or any one, not one held: "negotiations between the two sides
   * are needed", "talks are essential", "any talks would have to include".
   */
  private static boolean wantedMeeting(Sentence s, Token p) {
    if (!p.isNoun()) {
      return false;
    }
    if (s.tree().children(p).stream().anyMatch(c -> c.rel().equals("det")
        && GENERIC_DET.contains(c.lemma().toLowerCase(Locale.ROOT)))) {
      return true;
    }
    return p.rel().startsWith("nsubj") && p.head() >= 0
        && NECESSITY.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code p} is a definite noun with no argument of its own: "the strike", "this attack". */
  private static boolean anaphor(Sentence s, Token p) {
    if (!p.isNoun() || p.pos().startsWith("NNP")) {
      return false;
    }
    boolean definite = false;
    for (Token c : s.tree().children(p)) {
      String rel = c.rel();
      if (rel.startsWith("nmod") || rel.startsWith("acl") || rel.equals("compound") || rel.equals("amod")
          || rel.equals("appos")) {
        return false;
      }
      definite |= rel.equals("det") && DEFINITE.contains(c.lemma().toLowerCase(Locale.ROOT));
    }
    return definite;
  }

  /**
   * The latest event with the root of {@code code} that happened, told in this sentence or the two before:
   * what "the strike" names again.
   */
  private @Nullable Draft antecedent(CameoCode code) {
    int from = recentStarts.isEmpty() ? 0 : recentStarts.peekFirst();
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (d.mention().start() >= from && d.code().root().equals(code.root()) && !d.modality().contains(Modality.NEGATED)
          && !d.modality().contains(Modality.HYPOTHETICAL)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Codes whose two coordinated subjects act on each other when no object is named: intents, meetings,
   * material cooperation and fighting, and of the diplomatic cooperation codes only the mutual ones
   * (cooperate, sign an agreement). Praise, support or an apology by several is not mutual ("X is supported
   * by A, B and C"); nor is a visit or hosting one: "they will go" is not a visit of each to the other.
   */
  static boolean reciprocal(CameoCode code) {
    return (Set.of("03", "04", "06", "19").contains(code.root()) || Set.of("050", "057").contains(code.code()))
        && !Set.of("042", "043").contains(code.code());
  }

  /**
   * Whether the two sides are one country, one of them the country itself, or one body ("EGYGOV" meeting
   * "EGYGOV": ministers of one government meeting is no dyad; "an EC official warned the Community": one
   * organisation of no country, IGOEUREEC on both sides).
   */
  private static boolean self(Draft.Actor a, Draft.@Nullable Actor b) {
    if (b == null) {
      return false;
    }
    if (a.country() == null) {
      return b.country() == null && a.actor() != null && a.actor().equals(b.actor());
    }
    return a.country().equals(b.country())
        && (a.country().equals(a.actor()) || a.country().equals(b.actor()) || Objects.equals(a.actor(), b.actor()));
  }

  /**
   * Whether the actor is a business (a CAMEO sector of business_sector: "---BUS", "MNCUSA"), not a state or
   * its organs.
   */
  private static boolean business(Draft.Actor a) {
    String code = a.actor();
    if (code == null || code.contains("GOV")) {
      return false;
    }
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      if (BUSINESS.contains(code.substring(i, i + 3))) {
        return true;
      }
    }
    return false;
  }

  private static boolean placeable(Draft.Actor a) {
    return a.actor() != null || a.country() != null;
  }
}
