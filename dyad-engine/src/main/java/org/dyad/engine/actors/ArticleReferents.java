package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.CountrySource;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * Mentions that only the article before them resolves, after {@link Coreference} has linked "he", "she" and
 * "it": plural pronouns, "it" of a state that was no subject, "the country", and a body or state named again by
 * one capitalised word ("the Commission", "the North").
 *
 * <p>The rules, each with its window and preferences:
 *
 * <ul>
 *   <li>"they" and "their" take a group (an entity of several people: "U.S. officials", "the Kurds") placed
 *       before them in their sentence, not an argument of their own verb, or the subject group of the sentence
 *       before, with no other plural noun between them; the nearer sentence wins, then a subject, then the
 *       latest. "Them" and "themselves" are left alone (mostly things, or the verb's own subject: a self-dyad). A
 *       group conjoined with another actor ("officials and Japan said they") is a pair, left to the event coder,
 *       as is "they" with no group.
 *   <li>"it" and "its" that {@link Coreference#resolveIt} leaves open take a state named in their own sentence
 *       before them that owns its subject ("Japan's announcement it will disburse"); not a state that is only
 *       named before them ("the facility was exciting for Australia and it would": the facility).
 *   <li>"the country" and "the nation" (bare: no modifier but "the") take, in their sentence or the two before,
 *       the nearest sentence's latest country (or a capital's state) named as such, else the country of its
 *       subject ("a top Japanese official said the country": Japan).
 *   <li>"the two countries", "both sides" (a plural noun of states counted as two) are the two states latest named
 *       conjoined in the article ("Greece and Turkey"), however far back; "the two Koreas" (a plural name counted
 *       as two) the two states named before whose names end in its singular. The mention joins both entities.
 *   <li>"the Commission", "the Community" (the last word of a body named before), "the North", "the South" (the
 *       first word of a state named before: North Korea) are that body or state, anywhere later in the article,
 *       the latest named; also where the NER made the word a nameless entity of its own.
 * </ul>
 *
 * <p>Every rule keeps precision: a pronoun inside a quotation is left alone (it speaks of the quoted side); a
 * mention with no antecedent that fits stays unresolved; a mention never joins an entity that is an argument of
 * its own verb, so no event gets one actor on both sides. The mention joins the antecedent's entity, whose country
 * keeps its own source: the link is the inference, the country is what the antecedent's text or dictionary says.
 */
final class ArticleReferents {
  /** The plural pronouns of an actor: not "them" nor "themselves", which are mostly things or the verb's subject. */
  private static final Set<String> PLURAL = Set.of("they", "their");
  private static final Set<String> STATE_NOUNS = Set.of("country", "nation");
  /** Plural nouns that, counted as two ("the two countries", "both sides"), stand for the latest pair named. */
  private static final Set<String> PAIR_NOUNS =
      Set.of("country", "nation", "side", "government", "state", "neighbour", "neighbor", "capital", "ally", "rival");
  /** The halves of a divided state ("North Korea", "South Korea"), named alone once both are named. */
  private static final Set<String> COMPASS = Set.of("north", "south");

  private ArticleReferents() {}

  /** Links the mentions of sentence {@code s} that the article before it resolves. */
  static void sentence(Run run, Sentence s, boolean[] used) {
    if (!s.parsed()) {
      return;
    }
    for (Token t : s.tokens()) {
      if (used[t.index()] || run.draftAt(t) != null) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      Draft d = null;
      if (t.isPronoun() && !quoted(s, t.index())) {
        d = PLURAL.contains(w) ? group(run, s, t) : Coreference.isIt(s, t) ? state(run, s, t) : null;
      } else if (t.pos().equals("NN") && STATE_NOUNS.contains(w) && bare(s, t)) {
        d = country(run, s, t);
      } else if (t.pos().equals("NNS") && PAIR_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
          && countedTwo(s, t)) {
        for (Draft one : pair(run, s, t)) {
          one.add(Mention.of(run.text, t.start(), t.end()));
          used[t.index()] = true;
        }
      } else if (t.pos().equals("NNP") && bare(s, t) && oneWord(s, t)) {
        d = named(run, w, t.start());
      }
      if (d != null) {
        d.add(Mention.of(run.text, t.start(), t.end()));
        used[t.index()] = true;
      }
    }
  }

  /**
   * Folds a one-word entity the NER named ("the Commission", "the North") into the body or state named before
   * whose name it ends or, for a point of the compass, begins; only a nameless one: no country, code or home
   * side of its own, each mention written with "the".
   */
  static void oneWordNames(Run run) {
    List<Draft> folded = new ArrayList<>();
    for (Draft d : run.drafts.values()) {
      if (d.name.contains(" ") || d.country != null || d.code != null || d.domestic
          || d.type != EntityType.ORGANIZATION && d.type != EntityType.LOCATION
          || !d.mentions.stream().allMatch(m -> afterThe(run.text, m.start()) || afterTwo(run.text, m.start()))) {
        continue;
      }
      List<Draft> halves = halvesNamed(run, d);
      if (halves.size() == 2) {
        // "the two Koreas": both states named before, each with the mention
        halves.forEach(h -> d.mentions.forEach(h::add));
        folded.add(d);
        continue;
      }
      Draft same = named(run, d.name.toLowerCase(Locale.ROOT), d.firstOffset());
      if (same != null && same != d) {
        d.mentions.forEach(same::add);
        folded.add(d);
      }
    }
    run.drafts.values().removeAll(folded);
  }

  static boolean afterThe(String text, int start) {
    return start >= 4 && text.substring(start - 4, start).equalsIgnoreCase("the ");
  }

  private static boolean afterTwo(String text, int start) {
    return start >= 4 && text.substring(start - 4, start).equalsIgnoreCase("two ")
        || start >= 5 && text.substring(start - 5, start).equalsIgnoreCase("both ");
  }

  /**
   * The two states a plural name counted as two stands for ("the two Koreas": North and South Korea, named
   * before): the countries of the story whose names end in its singular; empty unless exactly two do.
   */
  private static List<Draft> halvesNamed(Run run, Draft plural) {
    String name = plural.name.toLowerCase(Locale.ROOT);
    if (!name.endsWith("s") || !plural.mentions.stream().allMatch(m -> afterTwo(run.text, m.start()))) {
      return List.of();
    }
    String singular = name.substring(0, name.length() - 1);
    List<Draft> out = new ArrayList<>();
    for (Draft d : run.drafts.values()) {
      String[] words = d.name.toLowerCase(Locale.ROOT).split("\\s+");
      if (d.type == EntityType.COUNTRY && words.length > 1 && words[words.length - 1].equals(singular)
          && d.firstOffset() < plural.firstOffset()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Whether the plural noun is counted as two: "the two countries", "both sides". */
  private static boolean countedTwo(Sentence s, Token noun) {
    return s.tree().children(noun.index()).stream().anyMatch(c -> c.index() < noun.index()
        && (c.rel().equals("nummod") && c.text().equalsIgnoreCase("two")
            || c.rel().equals("det") && c.text().equalsIgnoreCase("both")));
  }

  /**
   * The pair "the two countries" stands for: the two states of different countries conjoined ("Greece and
   * Turkey") latest in the article before it, however far back (a story of two countries names them so once and
   * counts them after); the states of two conjoined actors of different countries ("Erdogan and Mitsotakis") as
   * well. Empty when no sentence before has such a pair.
   */
  private static List<Draft> pair(Run run, Sentence s, Token noun) {
    List<Draft> best = List.of();
    int at = -1;
    for (Coreference.Placed p : window(run, s, noun, s.index())) {
      Sentence in = run.sentences.get(p.sentence());
      Token t = in.token(p.headToken());
      if (!t.rel().equals("conj") || t.head() < 0 || p.sentence() < at) {
        continue;
      }
      Draft other = run.draftAt(in.token(t.head()));
      String a = other == null ? null : other.country;
      String b = p.entity().country;
      if (a != null && b != null && !a.equals(b)) {
        best = List.of(stateDraft(run, a), stateDraft(run, b));
        at = p.sentence();
      }
    }
    return best;
  }

  /** The country's entity, drafted when the story has only named it inside another actor's name. */
  private static Draft stateDraft(Run run, String c) {
    String name = run.dictionary.country(c).map(Dictionary.Country::name).orElse(c);
    Draft d = run.draft("CTY:" + c, EntityType.COUNTRY, name);
    d.country(c, CountrySource.TEXT);
    return d;
  }

  /** The group "they" stands for, or null (see the class comment). */
  private static @Nullable Draft group(Run run, Sentence s, Token pronoun) {
    Coreference.Placed best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Coreference.Placed p : window(run, s, pronoun, 1)) {
      Sentence at = run.sentences.get(p.sentence());
      boolean here = p.sentence() == s.index();
      if (p.entity().type != EntityType.GROUP || !here && !p.subject()
          || here && (Coreference.coArguments(s, p.headToken(), pronoun.index())
              || Coreference.quotedBefore(s, p.headToken(), pronoun.index()))
          || quoted(at, p.headToken())) {
        continue;
      }
      int score = (p.sentence() - s.index()) * 10_000 + (p.subject() ? 1_000 : 0) + p.headToken();
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    if (best == null || pluralBetween(run, best, s, pronoun)) {
      return null;
    }
    // A conjoined actor at or after the group makes "they" a pair.
    for (Coreference.Placed p : window(run, s, pronoun, 1)) {
      boolean later = p.sentence() > best.sentence()
          || p.sentence() == best.sentence() && p.headToken() >= best.headToken();
      if (later && conjoined(run.sentences.get(p.sentence()), p.headToken())) {
        return null;
      }
    }
    return best.entity();
  }

  /**
   * Whether a plural noun outside the group's mentions stands between the group and the pronoun ("ministers
   * demanded the withdrawal of Serbian forces, calling them"): "they" may be either.
   */
  private static boolean pluralBetween(Run run, Coreference.Placed group, Sentence s, Token pronoun) {
    for (int i = group.sentence(); i <= s.index(); i++) {
      Sentence at = run.sentences.get(i);
      int from = i == group.sentence() ? group.headToken() + 1 : 0;
      int to = i == s.index() ? pronoun.index() : at.size();
      for (int k = from; k < to; k++) {
        Token t = at.token(k);
        if ((t.pos().equals("NNS") || t.pos().equals("NNPS")) && run.draftAt(t) != group.entity()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The state an "it" left open stands for, or null (see the class comment). */
  private static @Nullable Draft state(Run run, Sentence s, Token it) {
    Coreference.Placed last = null;
    for (Coreference.Placed p : window(run, s, it, 0)) {
      EntityType type = p.entity().type;
      boolean state = type == EntityType.COUNTRY || type == EntityType.LOCATION && p.entity().country != null;
      if (state && ownsSubject(s, p.headToken()) && !Coreference.coArguments(s, p.headToken(), it.index())
          && !Coreference.quotedBefore(s, p.headToken(), it.index())) {
        last = p;
      }
    }
    return last == null ? null : last.entity();
  }

  /** Whether the token is the possessor of a subject: "Japan" of "Japan's announcement". */
  private static boolean ownsSubject(Sentence s, int token) {
    Token t = s.token(token);
    return t.rel().equals("nmod:poss") && t.head() >= 0 && s.token(t.head()).rel().startsWith("nsubj");
  }

  /** The country "the country" stands for, as its entity, or null (see the class comment). */
  private static @Nullable Draft country(Run run, Sentence s, Token noun) {
    String named = null;
    String subject = null;
    int sentence = -1;
    for (Coreference.Placed p : window(run, s, noun, 2)) {
      Draft e = p.entity();
      if (p.sentence() < sentence || e.country == null || p.sentence() == s.index()
          && Coreference.coArguments(s, p.headToken(), noun.index())) {
        continue;
      }
      if (p.sentence() > sentence) {
        sentence = p.sentence();
        named = null;
        subject = null;
      }
      if (e.type == EntityType.COUNTRY || e.type == EntityType.LOCATION) {
        named = e.country;
      } else if (p.subject() && (e.source == CountrySource.TEXT || e.source == CountrySource.DICTIONARY)) {
        subject = e.country;
      }
    }
    String c = named != null ? named : subject;
    if (c == null) {
      return null;
    }
    return stateDraft(run, c);
  }

  /**
   * The latest body or state named in two words or more before {@code before} whose name ends in {@code word}
   * ("European Commission" for "Commission") or, for a point of the compass, begins with it ("North Korea").
   */
  private static @Nullable Draft named(Run run, String word, int before) {
    Draft found = null;
    int latest = -1;
    for (Draft d : run.drafts.values()) {
      if (d.type != EntityType.ORGANIZATION && d.type != EntityType.COUNTRY) {
        continue;
      }
      String[] words = d.name.toLowerCase(Locale.ROOT).split("\\s+");
      String edge = COMPASS.contains(word) ? words[0] : words[words.length - 1];
      if (words.length < 2 || !edge.equals(word) || COMPASS.contains(word) && !halves(run, words)) {
        continue;
      }
      for (Mention m : d.mentions) {
        if (m.end() <= before && m.start() > latest && m.text().contains(" ")) {
          latest = m.start();
          found = d;
        }
      }
    }
    return found;
  }

  /** Whether the story names both halves of the divided state named {@code words}: "North Korea", "South Korea". */
  private static boolean halves(Run run, String[] words) {
    String rest = String.join(" ", List.of(words).subList(1, words.length));
    String other = (words[0].equals("north") ? "south " : "north ") + rest;
    return run.drafts.values().stream()
        .anyMatch(d -> d.type == EntityType.COUNTRY && d.name.toLowerCase(Locale.ROOT).equals(other));
  }

  /** The mentions placed in sentence {@code s} before {@code t} and in the {@code back} sentences before. */
  private static List<Coreference.Placed> window(Run run, Sentence s, Token t, int back) {
    List<Coreference.Placed> out = new ArrayList<>();
    for (Coreference.Placed p : run.placed) {
      // A draft whose mentions went to another (the nation inside "Japanese official") is no antecedent.
      boolean live = run.drafts.get(p.entity().key) == p.entity();
      if (live && p.sentence() <= s.index() && p.sentence() >= s.index() - back
          && (p.sentence() < s.index() || p.headToken() < t.index())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Whether the noun has "the" right before it and no other modifier: "(to) the country", not "the other
   * country".
   */
  private static boolean bare(Sentence s, Token noun) {
    boolean the = false;
    for (Token c : s.tree().children(noun.index())) {
      if (c.index() < noun.index() && !c.rel().equals("case")) {
        if (!c.rel().equals("det") || !c.text().equalsIgnoreCase("the")) {
          return false;
        }
        the = true;
      }
    }
    return the && noun.index() > 0 && s.token(noun.index() - 1).text().equalsIgnoreCase("the");
  }

  /** Whether the proper noun stands alone: no name word after it ("the North", not "the North Atlantic"). */
  private static boolean oneWord(Sentence s, Token t) {
    return t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0))
        && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
        && (t.index() + 1 >= s.size() || !s.token(t.index() + 1).isProperNoun());
  }

  private static boolean conjoined(Sentence s, int token) {
    Token t = s.token(token);
    return t.rel().equals("conj") || s.tree().children(token).stream().anyMatch(c -> c.rel().equals("conj"));
  }

  /** Whether the token stands inside a quotation: an odd number of quotation marks before it in its sentence. */
  private static boolean quoted(Sentence s, int token) {
    return Coreference.quotedBefore(s, -1, token);
  }
}
