package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.CountrySource;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * The state of resolving one document: the entities drafted so far, the mentions placed for coreference, the
 * story's dateline and dominant country. Each sentence is read in one order: named people (their titles absorb
 * the nationalities and offices before them), named organisations, dictionary phrases, places, unnamed actors
 * ("a Japanese foreign ministry official"), then pronouns. At the end a domestic office with no country takes
 * the dateline's or the dominant country, marked as inferred.
 */
final class Run {
  final String text;
  final List<Sentence> sentences;
  final LocalDate date;
  final Dictionary dictionary;
  final Succession succession;
  final Map<String, Draft> drafts = new LinkedHashMap<>();
  final List<Coreference.Placed> placed = new ArrayList<>();
  /** The country the article is about, when one clearly dominates: "the government" is its government. */
  @Nullable String home;
  /** The country of the story's dateline ("BRASILIA, March 3"), when it has one. */
  @Nullable String dateline;
  private final @Nullable String datelineText;
  private final @Nullable String title;
  private final People people = new People(this);
  private final Organizations organizations = new Organizations(this);
  private final UnnamedActors unnamed = new UnnamedActors(this);

  Run(String text, @Nullable String title, List<Sentence> sentences, LocalDate date, @Nullable String dateline,
      Dictionary dictionary, Succession succession) {
    this.text = text;
    this.title = title;
    this.sentences = sentences;
    this.date = date;
    this.datelineText = dateline;
    this.dictionary = dictionary;
    this.succession = succession;
  }

  Entities resolve() {
    List<List<Span>> matches = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      matches.add(Matches.dictionary(text, s, dictionary));
    }
    home = unnamed.homeCountry(matches, title);
    dateline = unnamed.datelineCountry(datelineText, matches);
    for (Sentence s : sentences) {
      sentence(s, matches.get(s.index()));
    }
    BodyNames.share(this);
    if (home == null) {
      home = dominant();
    }
    List<Draft> ordered = new ArrayList<>(drafts.values());
    ordered.sort(Comparator.comparingInt(Draft::firstOffset));
    List<Entity> out = new ArrayList<>(ordered.size());
    for (Draft d : ordered) {
      if (d.country == null && d.domestic) {
        d.country(inferred(), dateline != null ? CountrySource.DATELINE : CountrySource.DOMINANT);
      } else if (d.country == null && d.local) {
        d.country(dateline, CountrySource.DATELINE);
      }
      d.mentions.sort(Comparator.comparingInt(Mention::start));
      out.add(new Entity("E" + (out.size() + 1), oneLine(d.name), d.type, d.country, d.source,
          d.role == null ? null : oneLine(d.role), actorCode(d), d.mentions));
    }
    return new Entities(out);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private void sentence(Sentence s, List<Span> dict) {
    boolean[] used = new boolean[s.size()];
    for (Span ner : Matches.ner(s, "PERSON")) {
      if (dict.stream().noneMatch(d -> d.first() == ner.first() && d.last() == ner.last())) {
        people.person(s, ner, dict, used);
      }
    }
    for (Span ner : Matches.ner(s, "ORGANIZATION")) {
      if (covered(used, ner)) {
        continue;
      }
      if (people.titled(s, ner, dict)) {
        people.person(s, ner, dict, used); // "Vice-President Moody Awori": the NER's organisation is a person
      } else {
        organizations.named(s, ner, dict, used);
      }
    }
    for (Span d : dict) {
      if (!covered(used, d)) {
        organizations.dictionaryMention(s, d, used);
      }
    }
    for (Span ner : Matches.ner(s, "LOCATION")) {
      List<String> words = List.of(surface(ner).split("\\s+"));
      Draft named = anyUsed(used, ner) ? null : people.find(words, Draft.Gender.UNKNOWN);
      if (named != null && named.nameWords.containsAll(words)) {
        // "North" after "Oliver North": the NER's place is the person named before.
        named.add(mention(ner));
        mark(used, ner);
        place(named, s, ner.last());
      } else if (!anyUsed(used, ner)) {
        draft("LOC:" + surface(ner), EntityType.LOCATION, surface(ner)).add(mention(ner));
        mark(used, ner);
      }
    }
    unnamed.sentence(s, dict, used);
    for (Token t : s.tokens()) {
      if (!t.isPronoun() || used[t.index()]) {
        continue;
      }
      Draft.Gender g = Coreference.genderOf(t);
      Draft d = g != null ? Coreference.resolve(t, g, s.index(), sentences, placed)
          : Coreference.isIt(s, t) ? Coreference.resolveIt(t, s.index(), placed) : null;
      if (d != null) {
        d.add(Mention.of(text, t.start(), t.end()));
        if (g != null && d.gender == Draft.Gender.UNKNOWN) {
          d.gender = g;
        }
        if (g != null) {
          place(d, s, t.index());
        }
      }
    }
  }

  /**
   * The country whose actors the story mentions most, counting every mention of an entity whose country the
   * text or a dictionary gives ("Trump", "CNN", "Ohio"), when it has at least two mentions and half again as
   * many as any other: the story's country when no country is named often enough by name.
   */
  private @Nullable String dominant() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Draft d : drafts.values()) {
      if (d.country != null && (d.source == CountrySource.TEXT || d.source == CountrySource.DICTIONARY)) {
        counts.merge(d.country, d.mentions.size(), Integer::sum);
      }
    }
    return UnnamedActors.clearWinner(counts);
  }

  // --- shared helpers ---------------------------------------------------------------------------------

  /** The country a domestic office with none takes: the dateline's, else the dominant one, else null. */
  @Nullable String inferred() {
    return dateline != null ? dateline : home;
  }

  Organizations organizations() {
    return organizations;
  }

  Dictionary.Entry entryOf(Span span) {
    return dictionary.lookup(surface(span)).get(0);
  }

  /** The country a dictionary span names or belongs to, or null ("the Kremlin": RUS; "UN": none). */
  @Nullable String nationOf(Span span) {
    List<Dictionary.Entry> entries = dictionary.lookup(surface(span));
    return entries.isEmpty() ? null : entries.get(0).country();
  }

  /** Whether the dictionary span names a state (a country, demonym, capital or metonym), not an institution. */
  boolean isNation(Span span) {
    List<Dictionary.Entry> entries = dictionary.lookup(surface(span));
    return !entries.isEmpty() && entries.get(0).country() != null
        && entries.get(0).kind() != Dictionary.Kind.ORGANIZATION && entries.get(0).kind() != Dictionary.Kind.CITY;
  }

  /** The country a capital or metonym stood for on the document's date ("Moscow" in 1987: SUN). */
  String seatOf(String country) {
    return succession.seatOf(country, date);
  }

  /**
   * The state a dictionary span stands for: its country, or for a capital or metonym the state whose seat it
   * was on the document's date; null when it names none.
   */
  @Nullable String stateOf(Span span) {
    String c = nationOf(span);
    if (c == null) {
      return null;
    }
    Dictionary.Kind kind = entryOf(span).kind();
    return kind == Dictionary.Kind.CAPITAL || kind == Dictionary.Kind.METONYM ? seatOf(c) : c;
  }

  /** The entity with a mention covering the token, if any. */
  @Nullable Draft draftAt(Token t) {
    for (Draft d : drafts.values()) {
      for (Mention m : d.mentions) {
        if (m.start() <= t.start() && t.end() <= m.end()) {
          return d;
        }
      }
    }
    return null;
  }

  String surface(Span span) {
    return text.substring(span.start(), span.end());
  }

  String surface(Sentence s, int first, int last) {
    return text.substring(s.token(first).start(), s.token(last).end());
  }

  Mention mention(Span span) {
    return Mention.of(text, span.start(), span.end());
  }

  Span span(Sentence s, int first, int last) {
    return new Span(first, last, s.token(first).start(), s.token(last).end());
  }

  Draft draft(String key, EntityType type, String name) {
    return drafts.computeIfAbsent(key, k -> new Draft(k, type, name));
  }

  /** Records a person's mention for the pronouns that follow. */
  void place(Draft d, Sentence s, int headToken) {
    int h = s.tree().climb(s.token(headToken), Run::inPhrase).index();
    // A name in apposition to the subject is the subject: "the head of the union, Edmond Maire, renewed".
    int role = s.token(h).rel().equals("appos") && s.token(h).head() >= 0 ? s.token(h).head() : h;
    placed.add(new Coreference.Placed(d, s.index(), h, s.token(role).rel().startsWith("nsubj")));
  }

  /** The arcs inside one name or noun phrase ("flat", "compound"), which climbing to its head passes. */
  static boolean inPhrase(Token t) {
    return t.rel().equals("compound") || t.rel().startsWith("flat");
  }

  static boolean covered(boolean[] used, Span span) {
    for (int i = span.first(); i <= span.last(); i++) {
      if (!used[i]) {
        return false;
      }
    }
    return true;
  }

  static boolean anyUsed(boolean[] used, Span span) {
    for (int i = span.first(); i <= span.last(); i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  static void mark(boolean[] used, Span span) {
    Arrays.fill(used, span.first(), span.last() + 1, true);
  }

  private @Nullable String actorCode(Draft d) {
    if (d.code != null) {
      return d.code;
    }
    if (d.sector != null && d.sector.isEmpty()) {
      d.sector = null; // a role such as "spokesman" sets no sector of its own
    }
    if (d.country == null) {
      // Without a country only an institution's sector is sure: a title alone ("President") is not.
      return d.sector == null || d.type == EntityType.PERSON ? null : "---" + d.sector;
    }
    String country = dictionary.country(d.country).map(Dictionary.Country::code).orElse(d.country);
    return d.sector == null ? country : country + d.sector;
  }
}
