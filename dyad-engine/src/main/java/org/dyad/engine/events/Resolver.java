package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.actors.Dictionary;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.nlp.Tree;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.dyad.model.Quote;
import org.dyad.model.Timex;
import org.jspecify.annotations.Nullable;

/**
 * What the tokens of one document name as actors: the entities of the actor stage by position, a pronoun's
 * referent, the pair "they" stands for, the noun a relative pronoun stands for, a capital for its country, "the
 * minister" for the minister named before.
 */
final class Resolver {
  private static final Set<String> PAIR_NOUNS = Words.set("pair_noun");
  private static final Set<String> PAIR_DETERMINERS = Words.set("pair_det");
  private static final Set<String> PAIR_PRONOUNS = Words.set("pair_pronoun");
  private static final Set<String> WE = Words.set("we_pronoun");
  private static final Set<String> RELATIVE = Words.set("relative_pronoun");
  private static final Set<String> PEOPLE = Words.set("people_noun");
  private static final Set<String> SPEECH = Words.set("speech_verb");
  private static final Set<String> OWNER = Words.set("owner_case");
  private static final Set<String> EXPLETIVE_VERBS = Words.set("expletive_verb");
  private static final Set<String> EXPLETIVE_WHEN_VERBS = Words.set("expletive_when_verb");
  private static final Set<String> WILLING = Words.set("willing_adjective");
  private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "csubj");
  /** The marker of a group's named members ("allies including Australia"), by lemma as the parser tags it. */
  private static final Set<String> INCLUDING = Set.of("include", "including");

  private final Entities entities;
  private final List<Quote> quotes;
  private final List<Timex> timexes;
  private final Discourse discourse;

  Resolver(Entities entities, List<Quote> quotes, List<Timex> timexes, Discourse discourse) {
    this.entities = entities;
    this.quotes = quotes;
    this.timexes = timexes;
    this.discourse = discourse;
  }

  /** Whether {@code t} stands in a time expression ("decided Saturday": no object of the verb). */
  boolean isTime(Token t) {
    for (Timex x : timexes) {
      if (x.start() <= t.start() && t.end() <= x.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actors at {@code head} and its conjuncts, appositions and named members ("South Korea and Japan", "allies
   * including Australia").
   */
  List<Arg> actors(Sentence s, Token head, String path) {
    Map<String, Arg> out = new LinkedHashMap<>();
    List<Token> todo = new ArrayList<>(List.of(head));
    for (int i = 0; i < todo.size(); i++) {
      Token t = todo.get(i);
      List<Arg> named = resolve(s, t);
      Arg owner = out.isEmpty() ? null : out.values().iterator().next();
      if (t.rel().equals("appos") && t != head && owner != null) {
        // An apposition names the same actor again ("the Mexican minister, Alfredo del Mazo"): it adds one only
        // where it says more, a country the noun it qualifies lacks. One of another country is a list ("Japan,
        // South Korea").
        String country = owner.actor().country();
        if (country != null) {
          named = named.stream().filter(a -> a.actor().country() != null && !country.equals(a.actor().country()))
              .toList();
        } else if (named.stream().anyMatch(a -> a.actor().country() != null)) {
          out.clear();
        }
      }
      for (Arg a : named) {
        out.putIfAbsent(a.actor().key(), new Arg(a.actor(), a.token(), a.entity(), path + a.path()));
      }
      for (Token c : s.tree().children(t)) {
        // "their allies including Australia and Japan": the members named act with the group.
        if (c.rel().equals("conj") || c.rel().equals("appos") && entityAt(c).isPresent()
            || c.rel().startsWith("nmod") && s.tree().hasCaseIn(c, INCLUDING) && actorLike(t)) {
          todo.add(c);
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The actors named at {@code t}, else those of the things it counts or measures, down "of" ("tariffs on a
   * range of Japanese goods", "on 300 mln dlrs worth of Japanese goods", "on imports of Japanese cars"), or their
   * owner's ("concern over China's actions").
   */
  List<Arg> actorsOrTheirs(Sentence s, Token t, String path) {
    List<Arg> named = actors(s, t, path);
    List<Token> level = List.of(t);
    for (int depth = 0; depth < 2 && named.isEmpty(); depth++) {
      List<Token> next = new ArrayList<>();
      for (Token h : level) {
        for (Token c : s.tree().children(h)) {
          if (c.isNoun() && (c.rel().equals("dep") || c.rel().equals("nmod:poss")
              || c.rel().startsWith("nmod") && s.tree().hasCase(c, "of"))) {
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

  /** The direct quotations that hold the token: its "we" is their speaker's, its "they" not the latest pair. */
  private List<Quote> directQuotesAround(Token t) {
    return quotes.stream().filter(q -> q.direct() && q.start() <= t.start() && t.end() <= q.end()).toList();
  }

  /** What one token names: an entity, a pronoun's referent, or the pair "they" stands for. */
  List<Arg> resolve(Sentence s, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.isPronoun() && WE.contains(lemma)) {
      for (Quote q : directQuotesAround(t)) {
        if (q.speaker() != null && q.speaker().entity() != null) {
          Entity e = entities.require(q.speaker().entity());
          return List.of(new Arg(actorOf(e), t, e, "(we=speaker)"));
        }
      }
      return List.of();
    }
    if (expletive(s, t)) {
      return List.of();
    }
    List<Entity> both = entities.exactly(t.start(), t.end());
    if (both.size() > 1) {
      // "the two countries" after "Greece and Turkey": the actor stage gave the mention to both.
      List<Arg> pair = new ArrayList<>();
      for (Entity one : both) {
        Draft.Actor a = actorOf(one);
        if (a != null) {
          pair.add(new Arg(a, t, one, "(" + lemma + "=both)"));
        }
      }
      return pair;
    }
    Optional<Entity> e = entityAt(t);
    if (e.isEmpty() && t.isPronoun()) {
      // "They" is the pair of the latest event unless the sayer is several ("A and B said they would").
      List<Arg> sayer = sayer(s, t);
      boolean plural = PAIR_PRONOUNS.contains(lemma);
      if (!sayer.isEmpty() && (!plural || sayer.size() > 1 || discourse.pair().isEmpty())) {
        return sayer;
      }
    }
    if (e.isEmpty() && (t.isPronoun() && PAIR_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))
        && directQuotesAround(t).isEmpty() || pairNoun(s, t))) {
      // "They" is the latest pair; "the two leaders", "both sides" the pair the story is about. By its written
      // form, not its lemma: an object "them" is too often someone else ("threatened to expel them"); and never
      // inside a quotation, whose "they" is the speaker's ("they attack us because they hate us").
      List<Arg> pair = t.isPronoun() ? discourse.pair() : discourse.mainPair();
      return pair.stream().map(a -> new Arg(a.actor(), t, a.entity(), "(" + lemma + "=pair)")).toList();
    }
    if (e.isEmpty() && RELATIVE.contains(lemma) && t.pos().startsWith("W")) {
      Token clause = s.tree().climb(t, a -> !a.rel().equals("acl:relcl"));
      if (clause.rel().equals("acl:relcl") && clause.head() >= 0) {
        // A noun that may act, with what stands beside it ("the minister, who"); a thing only by its country
        // ("the Turkish ship, which"), never by its neighbours ("the Rafah crossing, which the army captured").
        Token noun = s.token(clause.head());
        String how = "(" + lemma + "=" + noun.lemma().toLowerCase(Locale.ROOT) + ")";
        return actorLike(noun) ? actors(s, noun, how) : Arg.relabel(resolve(s, noun), how);
      }
      return List.of();
    }
    if (e.isEmpty() && t.isNoun()) {
      // "South Korean leaders", "Japanese goods", "a joint US-Saudi statement": of those countries; a role
      // noun adds its sector ("the Sudanese army" is SDNMIL).
      String sector = sector(t);
      List<Arg> countries = new ArrayList<>();
      for (Arg m : modifiers(s, t, Modifiers.ALL, "")) {
        if (m.entity() != null && m.entity().type() == EntityType.COUNTRY) {
          Draft.Actor a = m.actor();
          if (sector != null && a.country() != null) {
            a = new Draft.Actor(a.key() + ":" + sector, a.entity(), a.country() + sector, a.country());
          }
          countries.add(new Arg(a, t, m.entity(), ""));
        }
      }
      if (countries.isEmpty() && sector != null) {
        return office(s, t);
      }
      return countries;
    }
    if (e.isEmpty()) {
      return List.of();
    }
    Draft.Actor a = actorOf(e.get());
    return a == null ? List.of() : List.of(new Arg(a, t, e.get(), ""));
  }

  /**
   * The actors a pronoun stands for when it speaks of the one who says it: "Japan said it would impose
   * sanctions", "the ministers said they would meet". The pronoun stands in the clause said; the sayer is the
   * subject of the verb of saying, and names an actor of its own.
   */
  private List<Arg> sayer(Sentence s, Token pronoun) {
    Token clause = s.tree().climb(pronoun, a -> !(a.rel().equals("ccomp") || a.rel().equals("parataxis")));
    if (!(clause.rel().equals("ccomp") || clause.rel().equals("parataxis")) || clause.head() < 0) {
      return List.of();
    }
    Token say = s.token(clause.head());
    if (!SPEECH.contains(say.lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    Token subject = s.tree().child(say, "nsubj");
    if (subject == null || subject.isPronoun()) {
      return List.of();
    }
    String lemma = pronoun.lemma().toLowerCase(Locale.ROOT);
    // "It" never stands for a person ("an official said ... it would"), nor "he" or "she" for a state or a body.
    boolean it = lemma.equals("it");
    boolean personal = lemma.equals("he") || lemma.equals("she");
    List<Arg> sayers = actors(s, subject, "(" + lemma + "=sayer)");
    Token from = subject.isNoun() ? s.tree().caseChild(subject, OWNER) : null;
    if (sayers.isEmpty() && from != null) {
      // "The statement from the US and Saudi governments said they urge": the statement's authors say it.
      sayers = actors(s, from, "(" + lemma + "=sayer)");
    }
    return sayers.stream()
        .filter(a -> a.entity() == null || !(it && a.entity().type() == EntityType.PERSON)
            && !(personal && a.entity().type() != EntityType.PERSON))
        .toList();
  }

  /**
   * Whether {@code t} is a placeholder "it" that stands for nothing: UD's expletive; the subject of an idiom
   * opened by "when" ("when it comes to"); the subject of a verb or predicate whose real subject is a clause put
   * after it ("it seems that", "it remains to be seen", "it is important to", "it was agreed that").
   */
  static boolean expletive(Sentence s, Token t) {
    if (!t.isPronoun() || !t.lemma().equalsIgnoreCase("it")) {
      return false;
    }
    if (t.rel().startsWith("expl")) {
      return true;
    }
    if (!t.rel().startsWith("nsubj") || t.head() < 0) {
      return false;
    }
    Token head = s.token(t.head());
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    Tree tree = s.tree();
    if (EXPLETIVE_WHEN_VERBS.contains(lemma)
        && tree.children(head).stream().anyMatch(c -> c.lemma().equalsIgnoreCase("when"))) {
      return true;
    }
    boolean placeholder = EXPLETIVE_VERBS.contains(lemma) || tree.hasChild(head, "cop")
        || t.rel().equals("nsubj:pass");
    // "Syria says it is willing to withdraw": the one willing acts; "it was determined that" stays a placeholder.
    boolean willing = WILLING.contains(lemma);
    return placeholder && tree.children(head).stream()
        .anyMatch(c -> CLAUSE_RELATIONS.contains(c.rel()) && c.index() > head.index()
            && !(willing && c.rel().equals("xcomp")));
  }

  /** Which modifiers of a noun {@link #modifiers} takes. */
  enum Modifiers {
    /** adjectives of nationality: "Israeli strikes" */
    ADJECTIVES,
    /** nouns: "his Washington visit", "U.S. sanctions" */
    NOUNS,
    /** both: "U.S.-Japan talks", "inter-Korean talks" */
    ALL
  }

  /** The speaker of a quote, entity {@code entity}, as the actor of an act at {@code t}. */
  @Nullable Arg speaker(String entity, Token t) {
    Entity e = entities.require(entity);
    Draft.Actor a = actorOf(e);
    return a == null ? null : new Arg(a, t, e, "(speaker)");
  }

  /**
   * The countries and places that modify noun {@code p} ("Israeli strikes", "U.S.-Japan talks", "his Washington
   * visit"), in sentence order, each once.
   */
  List<Arg> modifiers(Sentence s, Token p, Modifiers which, String path) {
    Map<String, Arg> out = new LinkedHashMap<>();
    List<Token> todo = new ArrayList<>();
    for (Token c : s.tree().children(p)) {
      boolean adjective = c.rel().equals("amod");
      boolean noun = c.rel().equals("compound");
      if (which == Modifiers.ADJECTIVES ? adjective : which == Modifiers.NOUNS ? noun : adjective || noun) {
        todo.add(c);
        if (which == Modifiers.ALL) {
          // "U.S.-Japan talks": the parser hangs "U.S." on "Japan"; "Japanese and Chinese leaders".
          for (Token d : s.tree().children(c)) {
            if (d.rel().equals("compound") || d.rel().equals("amod") || d.rel().equals("conj")) {
              todo.add(d);
            }
          }
        }
      }
    }
    todo.sort((x, y) -> Integer.compare(x.index(), y.index()));
    for (Token c : todo) {
      Optional<Entity> e = entityAt(c);
      if (e.isPresent() && (e.get().type() == EntityType.COUNTRY || e.get().type() == EntityType.LOCATION)) {
        Draft.Actor a = actorOf(e.get());
        if (a != null) {
          out.putIfAbsent(a.key(), new Arg(a, c, e.get(), path));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The CAMEO sector of role noun {@code t} ("army": MIL, "officials": GOV), or null. */
  private static @Nullable String sector(Token t) {
    Optional<Dictionary.Role> role = Dictionary.standard().role(t.lemma().toLowerCase(Locale.ROOT))
        .or(() -> Dictionary.standard().role(t.text().toLowerCase(Locale.ROOT)));
    String sector = role.map(Dictionary.Role::sector).orElse("");
    return sector.length() >= 3 ? sector.substring(0, 3) : null;
  }

  /**
   * Whether {@code t} may stand for an actor that acts: an entity, a pronoun, or a noun of people or a body (a
   * role of the actor dictionary, or a group of people): "Bangladesh-India ties" do not.
   */
  boolean actorLike(Token t) {
    if (entityAt(t).isPresent() || t.isPronoun()) {
      return true;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return PEOPLE.contains(lemma) || Dictionary.standard().role(lemma).isPresent()
        || Dictionary.standard().role(t.text().toLowerCase(Locale.ROOT)).isPresent();
  }

  private boolean pairNoun(Sentence s, Token t) {
    if (!t.pos().equals("NNS") || !PAIR_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Token c : s.tree().children(t)) {
      if (PAIR_DETERMINERS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The minister" with no name or country of its own: the person named before it in the article whose role
   * holds that word, the latest one ("Turkish Foreign Minister Mevlut Cavusoglu ... the minister said").
   */
  private List<Arg> office(Sentence s, Token t) {
    if (!s.tree().children(t).stream().anyMatch(c -> c.rel().equals("det") && c.lemma().equalsIgnoreCase("the"))
        || t.pos().endsWith("S")) {
      return List.of();
    }
    String word = t.lemma().toLowerCase(Locale.ROOT);
    Entity best = null;
    int at = -1;
    for (Entity e : entities.all()) {
      if (e.type() != EntityType.PERSON || e.role() == null || e.country() == null
          || !Arrays.asList(e.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).contains(word)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= t.start() && m.start() > at) {
          best = e;
          at = m.start();
        }
      }
    }
    Draft.Actor a = best == null ? null : actorOf(best);
    return a == null ? List.of() : List.of(new Arg(a, t, best, "(the " + word + "=" + best.name() + ")"));
  }

  Optional<Entity> entityAt(Token t) {
    return entities.at(t.start(), t.end());
  }

  /** The actor an entity acts as: a city acts for its country ("Seoul said" is South Korea). */
  Draft.@Nullable Actor actorOf(Entity e) {
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
}
