package org.dyad.engine.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.dyad.model.EventDateSource;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;
import org.jspecify.annotations.Nullable;

/** The coder's pass over one document: predicates, their arguments, modality, date and place. */
final class Reading {
  /** Verbs that carry an event noun: "made a trip", "the visit he paid", "held talks". */
  private static final Set<String> LIGHT_VERBS = Set.of("make", "pay", "take", "hold", "conduct", "have", "begin",
      "start", "launch", "undertake", "wrap", "complete", "open", "resume", "stage", "carry");
  /** Relations along which a pattern's object lemma is looked for; "acl" for an event noun's content ("the threat to impose tariffs"). */
  private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "nsubj:pass",
      "conj", "compound", "acl");
  /** Prepositions that introduce a target, in order of preference. */
  private static final List<String> TARGET_CASES = List.of("to", "with", "against", "on", "toward", "towards",
      "at", "into", "for", "from", "of");
  /** Plural nouns that, with "the", "both" or "two", stand for the two actors of the latest event. */
  private static final Set<String> PAIR_NOUNS = Set.of("leader", "country", "side", "nation", "government",
      "ally", "neighbor", "neighbour", "party", "president", "minister", "capital", "state");
  private static final Set<String> PLANNING = Set.of("plan", "intend", "expect", "schedule", "set", "prepare",
      "go", "due", "aim", "propose", "scheduled");
  /** Verbs of appeal: what they ask another to do has not happened. */
  private static final Set<String> APPEALED = Set.of("urge", "ask", "call", "press", "appeal", "request",
      "recommend", "demand", "advise", "encourage", "push", "implore", "plead");
  /** Nouns of a right or a chance: "the right to impose duties" is no imposition. */
  private static final Set<String> ENTITLED = Set.of("right", "power", "authority", "option", "ability",
      "freedom", "permission", "mandate");
  /** Nouns of a decision or plan: "the decision to impose tariffs" is planned. */
  private static final Set<String> PLANNED_NOUNS = Set.of("plan", "decision", "intention", "bid", "proposal",
      "move", "promise", "pledge", "threat", "vow");
  private static final Set<String> POSSIBILITY = Set.of("could", "might", "may", "can", "should", "must",
      "would", "ought");
  /**
   * Case markers of circumstances (where, when), never the complement a pattern's objects look for; "in" only
   * on the predicate itself ("urged ... in talks with"), since further down it may hold the thing ("put 300 mln
   * dlrs in tariffs").
   */
  private static final Set<String> CIRCUMSTANCES = Set.of("at", "during", "amid", "after", "before");
  /**
   * Coercive acts that, announced for later ("the U.S. will impose tariffs"), are threats in CAMEO (13x: threats
   * and coercive warnings of an act to come), not the act: the act is coded when it is done, the threat is
   * made when it is said (asserted, or reported, not planned).
   */
  private static final Map<String, String> THREATS = Map.of("163", "1312", "162", "1311", "161", "1313",
      "164", "134", "165", "135", "190", "138", "195", "138", "191", "1381", "192", "1382");
  /** Event nouns with an economic sense when singular: see {@link #economicSense}. */
  private static final Set<String> ECONOMIC_SENSE = Set.of("demand");
  /** Case markers after which a date is not the event's own ("set for next month", "until 2025"). */
  private static final Set<String> NOT_THE_DATE = Set.of("for", "until", "by", "since", "before", "till");
  /** Relations that open a clause of its own: a date, place or modal there belongs to another predicate. */
  private static final Set<String> BOUNDARIES = Set.of("ccomp", "advcl", "acl:relcl", "parataxis", "csubj",
      "list", "acl", "dep");
  /**
   * Case markers of a noun that is the topic or the cause of a predicate, not its occasion: a date inside it
   * dates the topic or the cause ("declined to comment on meetings this week", "requested easier terms because
   * of a drop in oil income last year").
   */
  private static final Set<String> TOPIC_OR_CAUSE = Set.of("on", "about", "over", "because", "regarding",
      "concerning", "due");

  private final PatternCoder coder;
  private final String text;
  private final LocalDate documentDate;
  private final Entities entities;
  private final List<Timex> timexes;
  private final List<Quote> quotes;
  private final List<Draft> drafts = new ArrayList<>();
  /** The two actors of the latest event with both: what "they" and "the leaders" refer to. */
  private List<Arg> lastPair = List.of();
  /** The pair this sentence offers to the next: anaphora look back, never into their own sentence. */
  private List<Arg> nextPair = List.of();

  Reading(PatternCoder coder, String text, LocalDate documentDate, Entities entities, List<Timex> timexes,
      List<Quote> quotes) {
    this.coder = coder;
    this.text = text;
    this.documentDate = documentDate;
    this.entities = entities;
    this.timexes = timexes;
    this.quotes = quotes;
  }

  List<Draft> drafts() {
    return List.copyOf(drafts);
  }

  /** An argument: the actor, the token that names it, the raw entity (a place for visits), the path. */
  private record Arg(Draft.Actor actor, Token token, @Nullable Entity entity, String path) {}

  /** A pattern matched at a predicate, with the complement token its objects condition claimed. */
  private record Match(Pattern pattern, @Nullable Token object) {}

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
        nextPair = lastPair;
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
      if (p.isNoun() && (p.rel().equals("compound") || p.rel().startsWith("amod") || economicSense(s, p))) {
        continue;
      }
      Match m = match(s, p);
      if (m == null) {
        continue;
      }
      if (m.object() != null) {
        for (Token t = m.object(); t.index() != p.index() && t.head() >= 0; t = s.token(t.head())) {
          claimed[t.index()] = true;
        }
      }
      code(s, p, m, headline);
    }
    lastPair = nextPair;
  }

  /**
   * A noun that, singular and without a clause of its own, is an economic quantity, not an event: "domestic
   * demand", "demand for U.S. securities"; "U.S. demands" and "the demand that Japan open its market" are demands.
   */
  private static boolean economicSense(Sentence s, Token p) {
    return ECONOMIC_SENSE.contains(p.lemma().toLowerCase(Locale.ROOT)) && !p.pos().equals("NNS")
        && s.dependents(p.index()).stream().noneMatch(c -> c.rel().equals("acl") || c.rel().equals("ccomp"));
  }

  private @Nullable Match match(Sentence s, Token p) {
    for (Pattern pat : coder.patterns(p.lemma())) {
      if (!pat.markers().isEmpty() && !hasMarker(s, p, pat.markers())) {
        continue;
      }
      if (!pat.subjects().isEmpty()) {
        Token subj = subjectToken(s, p);
        if (subj == null || !pat.subjects().contains(subj.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
      }
      if (pat.objects().isEmpty()) {
        return new Match(pat, null);
      }
      Token o = findObject(s, p, pat.objects());
      if (o != null) {
        return new Match(pat, o);
      }
    }
    return null;
  }

  private void code(Sentence s, Token p, Match m, boolean headline) {
    CameoCode code = coder.codebook().require(m.pattern().code());
    List<Arg> sources = sources(s, p, 0);
    List<Arg> targets = targets(s, p, code, m.object());
    Place place = place(s, p, targets, code);
    if (sources.isEmpty() && !m.pattern().subjects().isEmpty()) {
      sources = crowd(s, p, place);
    }
    if (sources.isEmpty() || code.root().equals("04") && p.isVerb() && objectWithoutActor(s, p)
        || code.root().equals("03") && othersIntent(s, p, m.object())) {
      return;
    }
    List<Modality> modality = modality(s, p, sources.get(0));
    Dated dated = date(s, p);
    if (dated.source == EventDateSource.TEXT && after(dated.value) && !modality.contains(Modality.PLANNED)) {
      modality = plannedToo(modality);
    }
    if (modality.contains(Modality.PLANNED) && !modality.contains(Modality.NEGATED)
        && !modality.contains(Modality.HYPOTHETICAL) && THREATS.containsKey(code.code())) {
      code = coder.codebook().require(THREATS.get(code.code()));
      modality = threatMade(modality);
    }
    boolean historical = historical(s, p, dated);
    Mention evidence = evidence(s, p);
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
      drafts.add(new Draft(code, p.lemma().toLowerCase(Locale.ROOT), src.actor(), target, dated.value,
          dated.source, where, modality, historical, mention, evidence, rule, headline));
      if (code.code().equals("043") && target != null) {
        Draft.Actor host = countryActor(src.actor().country());
        if (host != null && !host.country().equals(target.country())) {
          drafts.add(new Draft(coder.codebook().require("042"), "visit", target, host, dated.value,
              dated.source, where, modality, historical, mention, evidence, rule + " (the guest of a host visits)",
              headline));
        }
      }
      if (tgt != null && src.entity() != null && tgt.entity() != null) {
        nextPair = List.of(src, tgt);
      }
    }
  }

  /**
   * An unnamed crowd as source ("protesters", "workers"): civilians (CAMEO sector CVL) of the country that
   * a demonym or the place names, since a protest with no named actor is still news.
   */
  private List<Arg> crowd(Sentence s, Token p, @Nullable Place place) {
    Token subject = subjectToken(s, p);
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
  private boolean objectWithoutActor(Sentence s, Token p) {
    return s.dependents(p.index()).stream().anyMatch(c -> c.rel().equals("obj") && (resolve(s, c).isEmpty()
            || c.isNoun() && coder.isPredicate(c.lemma()) && entityAt(c).isEmpty()))
        && clause(s, p).stream().noneMatch(c -> s.tree().hasCase(c, "with"));
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

  // ---------------------------------------------------------------- arguments

  private List<Arg> sources(Sentence s, Token p, int level) {
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
          && (p.rel().equals("xcomp") || p.rel().equals("conj") || infinitive(s, p))) {
        Token head = s.token(p.head());
        List<Arg> up = sources(s, head, level + 1);
        if (!up.isEmpty()) {
          return relabel(up, "ctl.");
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
      Token between = s.tree().caseChild(p, Set.of("between", "among"));
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
        out.addAll(relabel(sources(s, verb, level + 1), verb.lemma() + "."));
      }
    }
    return out;
  }

  private List<Arg> targets(Sentence s, Token p, CameoCode code, @Nullable Token object) {
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
    List<String> cases = code.code().equals("042") ? List.of("to", "in", "at") : TARGET_CASES;
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
      for (Token t : clause(s, p)) {
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
      return relabel(sources(s, t, 1), path + ".");
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
    if (t.isPronoun() && Set.of("we", "us", "our").contains(lemma)) {
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
    if (e.isEmpty() && (t.isPronoun() && Set.of("they", "them", "their").contains(lemma) || pairNoun(s, t))) {
      return lastPair.stream().map(a -> new Arg(a.actor(), t, a.entity(), "(" + lemma + "=pair)")).toList();
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
      String l = c.lemma().toLowerCase(Locale.ROOT);
      if (l.equals("the") || l.equals("both") || l.equals("two") || l.equals("these")) {
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

  private Draft.@Nullable Actor countryActor(@Nullable String country) {
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

  private static List<Arg> relabel(List<Arg> args, String prefix) {
    return args.stream().map(a -> new Arg(a.actor(), a.token(), a.entity(), prefix + a.path())).toList();
  }

  // ---------------------------------------------------------------- place, modality, date

  private @Nullable Place place(Sentence s, Token p, List<Arg> targets, CameoCode code) {
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
    Set<String> cases = code.root().equals("04") ? Set.of("in", "at", "to") : Set.of("in", "at");
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

  private List<Modality> modality(Sentence s, Token p, Arg source) {
    EnumSet<Modality> m = EnumSet.noneOf(Modality.class);
    List<Token> scope = new ArrayList<>(List.of(p));
    if (p.rel().equals("xcomp") && p.head() >= 0) {
      scope.add(s.token(p.head()));
    }
    if (p.isNoun() && p.head() >= 0 && (p.rel().equals("obj") || p.rel().startsWith("nsubj"))) {
      scope.add(s.token(p.head()));
    }
    boolean reportedSpeech = inQuoteOfAnother(p, source);
    for (Token h : scope) {
      for (Token c : s.dependents(h.index())) {
        String l = c.lemma().toLowerCase(Locale.ROOT);
        if ((c.rel().equals("advmod") || c.rel().equals("det")) && Set.of("not", "never", "no", "n't").contains(l)) {
          m.add(Modality.NEGATED);
        }
        if (c.rel().startsWith("aux") && Set.of("will", "shall").contains(l)) {
          m.add(Modality.PLANNED);
        }
        if (c.rel().startsWith("aux") && POSSIBILITY.contains(l)) {
          // "would" in a reported clause is the future of the past ("announced that the U.S. would impose").
          m.add(l.equals("would") && (reportedSpeech || h.rel().equals("ccomp")) ? Modality.PLANNED
              : Modality.HYPOTHETICAL);
        }
        if (c.rel().equals("mark") && Set.of("if", "unless", "whether").contains(l)) {
          m.add(Modality.HYPOTHETICAL);
        }
        if (c.rel().startsWith("acl") && PLANNING.contains(l) || c.rel().equals("amod")
            && Set.of("planned", "upcoming", "proposed", "scheduled", "expected", "possible", "future").contains(l)) {
          m.add(Modality.PLANNED);
        }
      }
      if (h.rel().equals("xcomp") && h.head() >= 0
          && Set.of("refuse", "fail", "decline").contains(s.token(h.head()).lemma().toLowerCase(Locale.ROOT))) {
        m.add(Modality.NEGATED);
      }
      if (h.head() >= 0 && PLANNING.contains(s.token(h.head()).lemma().toLowerCase(Locale.ROOT))
          && (h.rel().equals("xcomp") || h.rel().startsWith("nsubj"))) {
        m.add(Modality.PLANNED);
      }
      if (h == p && p.isVerb() && infinitive(s, p) && p.head() >= 0) {
        // An act another is asked for ("urged Reagan to impose duties") or only entitled to ("waived its right to
        // impose duties") has not happened; one decided or planned ("a decision to impose") is planned.
        Token head = s.token(p.head());
        String hl = head.lemma().toLowerCase(Locale.ROOT);
        // The parser often hangs "to impose" on the verb rather than on "right": "waived its right to impose".
        boolean entitled = p.rel().equals("acl") && ENTITLED.contains(hl) || (p.rel().equals("xcomp")
            || p.rel().equals("ccomp")) && s.dependents(head.index()).stream().anyMatch(c -> c.rel().equals("obj")
                && ENTITLED.contains(c.lemma().toLowerCase(Locale.ROOT)));
        if (p.rel().equals("xcomp") && APPEALED.contains(hl) || entitled) {
          m.add(Modality.HYPOTHETICAL);
        } else if (p.rel().equals("acl") && PLANNED_NOUNS.contains(hl)) {
          m.add(Modality.PLANNED);
        }
      }
    }
    for (Token a = p; a.head() >= 0; a = s.token(a.head())) {
      if (a.rel().equals("advcl")) {
        for (Token c : s.dependents(a.index())) {
          if (c.rel().equals("mark") && Set.of("if", "unless").contains(c.lemma().toLowerCase(Locale.ROOT))) {
            m.add(Modality.HYPOTHETICAL);
          }
        }
      }
    }
    if (reportedSpeech) {
      m.add(Modality.REPORTED);
    }
    if (m.isEmpty()) {
      m.add(Modality.ASSERTED);
    }
    return List.copyOf(m);
  }

  /** The threat is made now, whatever the act it announces: planned no more, asserted unless reported. */
  private static List<Modality> threatMade(List<Modality> m) {
    EnumSet<Modality> out = EnumSet.copyOf(m);
    out.remove(Modality.PLANNED);
    if (out.isEmpty()) {
      out.add(Modality.ASSERTED);
    }
    return List.copyOf(out);
  }

  private static List<Modality> plannedToo(List<Modality> m) {
    EnumSet<Modality> out = EnumSet.copyOf(m);
    out.remove(Modality.ASSERTED);
    out.add(Modality.PLANNED);
    return List.copyOf(out);
  }

  /**
   * Inside a quote whose speaker is not the event's source: the article reports someone else's claim. A
   * government's official speaking of their country's acts speaks for the source.
   */
  /**
   * Whether predicate {@code p} stands in the innermost quote or reported clause of someone other than the
   * event's source (an official speaking for their own government's act counts as the source).
   */
  private boolean inQuoteOfAnother(Token p, Arg source) {
    Quote q = null;
    for (Quote c : quotes) {
      if (c.start() <= p.start() && p.end() <= c.end() && c.speaker() != null
          && (q == null || c.end() - c.start() < q.end() - q.start())) {
        q = c;
      }
    }
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

  /**
   * "An editor expects OPEC to meet", "wants Japan to negotiate": the complement's act is the object's, so it
   * is not the subject's intent (03x); the subject only predicts or wishes it.
   */
  private static boolean othersIntent(Sentence s, Token p, @Nullable Token object) {
    return p.isVerb() && object != null && object.head() == p.index() && object.rel().equals("xcomp")
        && s.tree().hasChild(p, "obj");
  }

  private static boolean placeable(Draft.Actor a) {
    return a.actor() != null || a.country() != null;
  }

  private record Dated(String value, EventDateSource source, @Nullable Timex timex) {}

  /**
   * How the value of a time expression that counts from a time the text does not give safely begins ("the next
   * day" after no date): the event it dates keeps that unknown date rather than taking the document's.
   */
  private static final String UNRESOLVED = "XXXX";

  private Dated date(Sentence s, Token p) {
    Timex own = ownTimex(s, p);
    // A clause of another time ("only weeks after Reagan imposed tariffs", "before Japan acts") does not take
    // the date of the clause it hangs on.
    boolean otherTime = s.dependents(p.index()).stream().anyMatch(c -> c.rel().equals("mark")
        && Set.of("after", "before", "since", "until", "till", "once").contains(c.lemma().toLowerCase(Locale.ROOT)));
    if (own == null && !otherTime && p.head() >= 0 && Set.of("advcl", "conj", "xcomp").contains(p.rel())) {
      own = ownTimex(s, s.token(p.head()));
    }
    if (own != null) {
      return new Dated(own.value(), EventDateSource.TEXT, own);
    }
    return new Dated(documentDate.toString(), EventDateSource.DOCUMENT, null);
  }

  private @Nullable Timex ownTimex(Sentence s, Token p) {
    Set<Integer> roots = region(s, p);
    for (Timex t : timexes) {
      if (t.start() < s.start() || t.end() > s.end() || t.type() == TimexType.DURATION || t.type() == TimexType.SET
          || !t.value().matches("\\d{4}.*") && !t.value().startsWith(UNRESOLVED)) {
        continue;
      }
      Token head = timexHead(s, t);
      if (head == null || s.tree().hasCaseIn(head, NOT_THE_DATE)) {
        continue;
      }
      if (reaches(s, head, roots)) {
        return t;
      }
    }
    return null;
  }

  /** The predicate and its light verb, where dates and places of a noun predicate attach. */
  private Set<Integer> region(Sentence s, Token p) {
    Set<Integer> roots = new java.util.HashSet<>(Set.of(p.index()));
    for (Token c : s.dependents(p.index())) {
      if (c.rel().startsWith("acl") && LIGHT_VERBS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        roots.add(c.index());
      }
    }
    if (p.isNoun() && p.rel().equals("obj") && p.head() >= 0
        && LIGHT_VERBS.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT))) {
      roots.add(p.head());
    }
    return roots;
  }

  /**
   * Whether climbing from a date's head {@code t} reaches one of {@code roots} without entering another clause
   * (a verb conjoined to the predicate heads a clause of its own: "attacked the policy and warned Tokyo ... in
   * April"), a topic or a cause ({@link #TOPIC_OR_CAUSE}).
   */
  private static boolean reaches(Sentence s, Token t, Set<Integer> roots) {
    if (t.rel().equals("nmod:poss")) {
      // A possessive date dates its noun: the predicate ("next month's meeting") or the predicate's occasion
      // ("will urge Tokyo at Wednesday's meetings"), not a noun deeper down ("requested cuts to meet the terms
      // of last year's accord").
      Token owner = s.token(t.head());
      return roots.contains(owner.index()) || owner.rel().startsWith("obl") && reaches(s, owner, roots);
    }
    for (Token a = t; ; a = s.token(a.head())) {
      if (roots.contains(a.index())) {
        return true;
      }
      if (a.head() < 0 || a != t && (BOUNDARIES.contains(a.rel()) || a.rel().equals("conj") && a.isVerb()
          || a.isNoun() && s.tree().hasCaseIn(a, TOPIC_OR_CAUSE))) {
        return false;
      }
    }
  }

  private static @Nullable Token timexHead(Sentence s, Timex t) {
    for (Token k : s.tokens()) {
      if (k.start() >= t.start() && k.end() <= t.end()) {
        if (k.head() < 0) {
          return k;
        }
        Token h = s.token(k.head());
        if (h.start() < t.start() || h.end() > t.end()) {
          return k;
        }
      }
    }
    return null;
  }

  private boolean after(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value).isAfter(documentDate);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return java.time.YearMonth.parse(value).isAfter(java.time.YearMonth.from(documentDate));
      }
      if (value.matches("\\d{4}")) {
        return Integer.parseInt(value) > documentDate.getYear();
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }

  /**
   * Background, not news: dated more than a year before the document, or in the perfect with a duration
   * ("disputes that have dominated relations for decades").
   */
  private boolean historical(Sentence s, Token p, Dated dated) {
    if (dated.source == EventDateSource.TEXT && dated.value.matches("\\d{4}.*")) {
      int year = Integer.parseInt(dated.value.substring(0, 4));
      if (year < documentDate.getYear() - 1) {
        return true;
      }
    }
    boolean perfect = s.dependents(p.index()).stream()
        .anyMatch(c -> c.rel().equals("aux") && c.lemma().equalsIgnoreCase("have"));
    if (!perfect) {
      return false;
    }
    for (Timex t : timexes) {
      if (t.start() >= s.start() && t.end() <= s.end() && t.type() == TimexType.DURATION) {
        Token head = timexHead(s, t);
        if (head != null && head.head() == p.index()) {
          return true;
        }
      }
    }
    return s.dependents(p.index()).stream().anyMatch(c -> c.rel().startsWith("obl") && s.tree().hasCase(c, "since"));
  }

  // ---------------------------------------------------------------- evidence and parse helpers

  /** The predicate's clause, trimmed of punctuation: what the code was read from. */
  private Mention evidence(Sentence s, Token p) {
    Token top = p;
    if (p.isNoun() && p.rel().equals("obj") && p.head() >= 0
        && LIGHT_VERBS.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT))) {
      top = s.token(p.head());
    }
    List<Token> tokens = clause(s, top);
    int start = p.start();
    int end = p.end();
    for (Token t : tokens) {
      if (t.pos().matches("[.,:``'']+|-LRB-|-RRB-|HYPH|NFP")) {
        continue;
      }
      start = Math.min(start, t.start());
      end = Math.max(end, t.end());
    }
    return Mention.of(text, start, end);
  }

  /** The tokens of {@code p}'s subtree, not crossing into parenthetical or paratactic clauses. */
  private static List<Token> clause(Sentence s, Token p) {
    return s.tree().reach(p, (t, c) -> !(c.rel().equals("parataxis") || c.rel().equals("acl:relcl")
        || t != p && (c.rel().equals("advcl") || c.rel().equals("ccomp"))
        || t == p && p.isVerb() && c.rel().equals("ccomp")));
  }


  /**
   * The token of the predicate's complement whose lemma a pattern names. Circumstances are not the complement
   * ("urged Tokyo ... at Wednesday's meetings" is no appeal for a meeting), and a verb counts only as the
   * predicate's own complement ("asked Japan to help" is an appeal for help; "asked Japan to open its market
   * to help" is not).
   */
  private @Nullable Token findObject(Sentence s, Token p, Set<String> lemmas) {
    List<Token> level = List.of(p);
    for (int depth = 0; depth < 3; depth++) {
      List<Token> next = new ArrayList<>();
      for (Token t : level) {
        for (Token c : s.dependents(t.index())) {
          if (!COMPLEMENTS.contains(c.rel()) || (c.rel().startsWith("obl") || c.rel().startsWith("nmod"))
              && (s.tree().hasCaseIn(c, CIRCUMSTANCES) || t == p && s.tree().hasCase(c, "in"))) {
            continue;
          }
          boolean named = lemmas.contains(c.lemma().toLowerCase(Locale.ROOT))
              || lemmas.contains(c.text().toLowerCase(Locale.ROOT));
          if (named && (!c.isVerb() || t == p)) {
            return c;
          }
          next.add(c);
        }
      }
      level = next;
    }
    return null;
  }

  private static boolean hasMarker(Sentence s, Token p, Set<String> markers) {
    for (Token c : s.dependents(p.index())) {
      String l = c.lemma().toLowerCase(Locale.ROOT);
      if (c.rel().equals("compound:prt") && markers.contains(l)
          || markers.contains("inf") && c.rel().equals("mark") && l.equals("to")) {
        return true;
      }
      if (c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("obj")
          || c.rel().equals("xcomp") || c.rel().equals("advcl")) {
        for (String m : markers) {
          if (s.tree().hasCase(c, m)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The subject's head; for a quantity ("thousands of protesters") the counted noun. */
  private static @Nullable Token subjectToken(Sentence s, Token p) {
    Token c = s.tree().child(p, "nsubj");
    if (c != null) {
      if (Set.of("thousand", "hundred", "dozen", "million", "ten", "score", "group", "number")
          .contains(c.lemma().toLowerCase(Locale.ROOT))) {
        for (Token d : s.dependents(c.index())) {
          if (d.rel().startsWith("nmod") && s.tree().hasCase(d, "of")) {
            return d;
          }
        }
      }
      return c;
    }
    if (p.head() >= 0 && (p.rel().equals("xcomp") || p.rel().equals("conj"))) {
      return subjectToken(s, s.token(p.head()));
    }
    return null;
  }

  private static boolean infinitive(Sentence s, Token p) {
    return s.dependents(p.index()).stream()
        .anyMatch(c -> c.rel().equals("mark") && c.lemma().equalsIgnoreCase("to"));
  }
}
