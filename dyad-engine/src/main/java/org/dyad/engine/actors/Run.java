package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
  /**
   * The fewest sentences of a story whose people take its country: one sentence ("Archbishop Desmond Tutu called
   * for sanctions against Nigeria") tells nothing of a story's side.
   */
  private static final int STORY_SENTENCES = 3;

  final String text;
  final List<Sentence> sentences;
  final LocalDate date;
  final Dictionary dictionary;
  final Succession succession;
  final Map<String, Draft> drafts = new LinkedHashMap<>();
  final List<Coreference.Placed> placed = new ArrayList<>();
  /** The country the article is about, when one clearly dominates: "the government" is its government. */
  @Nullable String home;
  /** How often the story names each country, in the order it first does. */
  Map<String, Integer> named = Map.of();
  /** The country of the story's dateline ("BRASILIA, March 3"), when it has one. */
  @Nullable String dateline;
  /**
   * The country of the subject of the story's first sentence, when the text gives it one ("Pakistan has firmly
   * rejected ...", "Foreign Minister Taro Kono agreed ..."): the side whose offices the story then names
   * without a country ("Foreign Office Spokesperson said", "according to the Foreign Ministry").
   */
  @Nullable String lead;
  /** The country of the story's outlet ("Kyodo": JPN), when the story names it: the side it writes from. */
  @Nullable String outlet;
  private final @Nullable String datelineText;
  private final @Nullable String outletText;
  private final @Nullable String title;
  private final People people = new People(this);
  private final Organizations organizations = new Organizations(this);
  private final UnnamedActors unnamed = new UnnamedActors(this);

  Run(String text, @Nullable String title, List<Sentence> sentences, LocalDate date, @Nullable String dateline,
      @Nullable String outlet, Dictionary dictionary, Succession succession) {
    this.text = text;
    this.title = title;
    this.sentences = sentences;
    this.date = date;
    this.datelineText = dateline;
    this.outletText = outlet;
    this.dictionary = dictionary;
    this.succession = succession;
  }

  Entities resolve() {
    List<List<Span>> matches = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      matches.add(Matches.dictionary(text, s, dictionary));
    }
    named = unnamed.namedCountries(matches, title);
    home = UnnamedActors.clearWinner(named);
    dateline = unnamed.datelineCountry(datelineText, matches);
    outlet = unnamed.outletCountry(outletText);
    for (Sentence s : sentences) {
      sentence(s, matches.get(s.index()));
      if (s.index() == 0) {
        lead = leadCountry(s);
      }
    }
    BodyNames.share(this);
    ArticleReferents.oneWordNames(this);
    Descriptions.join(this);
    if (home == null) {
      home = dominant();
    }
    if (home == null) {
      home = unmarked(matches);
    }
    List<Draft> ordered = new ArrayList<>(drafts.values());
    ordered.sort(Comparator.comparingInt(Draft::firstOffset));
    List<Entity> out = new ArrayList<>(ordered.size());
    for (Draft d : ordered) {
      if (d.country == null && d.domestic) {
        d.country(inferred(d.type), dateline != null ? CountrySource.DATELINE : CountrySource.DOMINANT);
      } else if (d.country == null && d.local) {
        d.country(dateline, CountrySource.DATELINE);
      }
    }
    for (Draft d : ordered) {
      if (d.country == null && d.body != null && d.body.country != null) {
        // The body's country, as sure as the body's own: "X of the Heritage Foundation".
        boolean said = d.body.source == CountrySource.TEXT || d.body.source == CountrySource.DICTIONARY;
        d.country(d.body.country, said ? CountrySource.TEXT : d.body.source);
      }
    }
    boolean story = sentences.size() >= STORY_SENTENCES && home != null
        && (dateline == null || dateline.equals(home));
    Map<Integer, List<Draft>> foreign = story ? foreignBySentence() : Map.of();
    for (Draft d : ordered) {
      if (story && d.country == null && d.code == null && d.type == EntityType.PERSON && !nearForeign(d, foreign)) {
        // A person of a story about one country, named in no sentence with another: of that country.
        d.country(home, CountrySource.DOMINANT);
      }
    }
    for (Draft d : ordered) {
      if (d.country == null && d.unplaced) {
        continue; // "the ministry" of a story whose home side nothing tells: no actor
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
    PartyGroups.sentence(this, s, used);
    for (Span ner : Matches.ner(s, "ORGANIZATION")) {
      if (covered(used, ner)) {
        continue;
      }
      if (people.titled(s, ner, dict) || people.surnameOfOneNamed(ner)) {
        // "Vice-President Moody Awori", "Trump" after "Donald Trump": the NER's organisation is a person
        people.person(s, ner, dict, used);
      } else {
        organizations.named(s, ner, dict, used);
      }
    }
    for (Span d : dict) {
      if (covered(used, d)) {
        continue;
      }
      if (isPlace(entryOf(d)) && people.surnameOfOneNamed(d) && !afterPreposition(s, d)) {
        // "Rhodes noted" after "Ben Rhodes": the gazetteer's town is the person named before.
        people.person(s, d, dict, used);
      } else {
        organizations.dictionaryMention(s, d, used);
      }
    }
    organizations.chambers(s, used);
    organizations.spelledOut(s, used);
    for (Span ner : Matches.ner(s, "LOCATION")) {
      List<String> words = List.of(surface(ner).split("\\s+"));
      Draft named = anyUsed(used, ner) ? null : people.find(words, Draft.Gender.UNKNOWN);
      if (named != null && named.nameWords.containsAll(words)) {
        // "North" after "Oliver North": the NER's place is the person named before.
        named.add(mention(ner));
        mark(used, ner);
        place(named, s, ner.last());
      } else if (!anyUsed(used, ner)) {
        Draft place = draft("LOC:" + surface(ner), EntityType.LOCATION, surface(ner));
        place.add(mention(ner));
        place.country(countryAfter(s, ner, dict), CountrySource.TEXT);
        mark(used, ner);
      }
    }
    for (Token t : s.tokens()) {
      Span word = span(s, t.index(), t.index());
      if (!used[t.index()] && t.isProperNoun() && t.ner().equals("O") && people.surnameOfOneNamed(word)
          && !afterPreposition(s, word)) {
        // "Pence said" after "Mike Pence", where the NER tagged nothing: the person named before.
        people.person(s, word, dict, used);
      }
    }
    unnamed.sentence(s, dict, used);
    people.bodies(s);
    conjoinedNations(s);
    for (Token t : s.tokens()) {
      if (!t.isPronoun() || used[t.index()]) {
        continue;
      }
      Draft.Gender g = Coreference.genderOf(t);
      Draft d = g != null ? Coreference.resolve(t, g, s.index(), sentences, placed)
          : Coreference.isIt(s, t) ? Coreference.resolveIt(t, s, placed) : null;
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
    ArticleReferents.sentence(this, s, used);
  }

  /**
   * "U.S. Secretary of State Marco Rubio and National Security Advisor Mike Waltz": an office holder with no
   * country, coordinated with one whose title gives a nation, shares that nation; the story's own side is no
   * guess for them.
   */
  private void conjoinedNations(Sentence s) {
    if (!s.parsed()) {
      return;
    }
    for (Token t : s.tokens()) {
      if (!t.rel().equals("conj") || t.head() < 0) {
        continue;
      }
      Draft second = draftAt(t);
      Draft first = draftAt(s.token(t.head()));
      if (second != null && first != null && second != first && second.country == null && second.domestic
          && second.type == EntityType.PERSON && first.type == EntityType.PERSON && second.role != null
          && first.role != null && first.source == CountrySource.TEXT) {
        second.country(first.country, CountrySource.TEXT);
      }
    }
  }

  /**
   * Whether a sentence that names the person names an actor of a country other than the story's too (a
   * country, a person or body the text or a dictionary places): a foreign person's story is told beside them.
   *
   * @param foreign the sentences that name such an actor, each with those actors
   */
  private boolean nearForeign(Draft person, Map<Integer, List<Draft>> foreign) {
    for (Mention m : person.mentions) {
      List<Draft> there = foreign.getOrDefault(sentenceOf(m.start()), List.of());
      if (there.stream().anyMatch(d -> d != person)) {
        return true;
      }
    }
    return false;
  }

  /** The actors of a country other than the story's that the text or a dictionary places, by sentence. */
  private Map<Integer, List<Draft>> foreignBySentence() {
    Map<Integer, List<Draft>> out = new HashMap<>();
    for (Draft d : drafts.values()) {
      if (d.country != null && !d.country.equals(home)
          && (d.source == CountrySource.TEXT || d.source == CountrySource.DICTIONARY)) {
        for (Mention m : d.mentions) {
          out.computeIfAbsent(sentenceOf(m.start()), k -> new ArrayList<>()).add(d);
        }
      }
    }
    return out;
  }

  /** The index of the sentence that holds the offset, or -1 when none does (a search of the sentences' spans). */
  int sentenceOf(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.size() == 0 || s.token(s.size() - 1).end() <= offset) {
        lo = mid + 1;
      } else if (s.token(0).start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
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

  /**
   * Of a story about two countries named about as often, the one whose state it leaves unmarked: news names
   * the other side's offices with their country ("the Indian government", "India's border force") and its own
   * side's without ("the foreign ministry", "foreign adviser X"). Null unless the story has such an unmarked
   * office, a third country is named at most half as often as the second, and the text marks state offices of
   * exactly one of the two.
   */
  private @Nullable String unmarked(List<List<Span>> matches) {
    List<Map.Entry<String, Integer>> top = new ArrayList<>(named.entrySet());
    top.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    if (top.size() < 2 || top.size() > 2 && top.get(2).getValue() * 2 > top.get(1).getValue()
        || drafts.values().stream().noneMatch(d -> d.domestic && d.country == null)) {
      return null;
    }
    String a = top.get(0).getKey();
    String b = top.get(1).getKey();
    Set<String> marked = unnamed.markedStates(matches);
    boolean markedA = marked.contains(a);
    boolean markedB = marked.contains(b);
    return markedA == markedB ? null : markedA ? b : a;
  }

  /**
   * The country a place is said to be in, right after its name: "Cizre in southeastern Turkey", "Bam, Iran";
   * null when none follows.
   */
  private @Nullable String countryAfter(Sentence s, Span place, List<Span> dict) {
    int i = place.last() + 1;
    if (i >= s.size() || !s.token(i).text().equals(",") && !s.token(i).text().equals("in")) {
      return null;
    }
    i++;
    while (i < s.size() && (s.token(i).pos().startsWith("JJ") || s.token(i).pos().equals("DT"))
        && !s.token(i).isProperNoun() && Matches.containing(dict, i) == null) {
      i++; // the adjectives and article of "in southeastern Turkey", "in the Philippines"
    }
    for (Span d : dict) {
      if (d.first() == i && dictionary.lookup(surface(d)).get(0).kind() == Dictionary.Kind.COUNTRY) {
        return nationOf(d);
      }
    }
    return null;
  }

  /**
   * The country the text gives the subject of the sentence's main clause, or null; null too for subjects of
   * two countries ("Japan and China met").
   */
  private @Nullable String leadCountry(Sentence s) {
    for (Token root : s.tree().children(-1)) {
      for (Token c : s.tree().children(root)) {
        Draft d = c.rel().startsWith("nsubj") ? draftAt(c) : null;
        if (d != null && d.country != null
            && (d.source == CountrySource.TEXT || d.source == CountrySource.DICTIONARY)) {
          for (Token other : s.tree().children(c)) {
            Draft o = other.rel().equals("conj") ? draftAt(other) : null;
            if (o != null && o.country != null && !o.country.equals(d.country)) {
              return null;
            }
          }
          return d.country;
        }
      }
    }
    return null;
  }

  // --- shared helpers ---------------------------------------------------------------------------------

  /**
   * The country a domestic office with none takes: the dateline's, else the outlet's, else that of the first
   * sentence's subject (not for a group, "negotiators", which a story of two sides has on both), else the
   * dominant one, else null.
   */
  @Nullable String inferred(EntityType type) {
    return dateline != null ? dateline : outlet != null ? outlet
        : lead != null && type != EntityType.GROUP ? lead : home;
  }

  Organizations organizations() {
    return organizations;
  }

  /**
   * The dictionary's entry for the span: of a place of two countries ("Tripoli"), the one of the country the
   * story names most, else the first.
   */
  Dictionary.Entry entryOf(Span span) {
    List<Dictionary.Entry> entries = dictionary.lookup(surface(span));
    Dictionary.Entry best = entries.get(0);
    for (Dictionary.Entry e : entries) {
      if (isPlace(e) && isPlace(best) && e.country() != null
          && named.getOrDefault(e.country(), 0) > named.getOrDefault(best.country(), 0)) {
        best = e;
      }
    }
    return best;
  }

  /** Whether a preposition stands right before the span ("to Rhodes", "in Rhodes"): then it is a place. */
  private static boolean afterPreposition(Sentence s, Span span) {
    return span.first() > 0 && (s.token(span.first() - 1).pos().equals("IN") || s.token(span.first() - 1).pos().equals("TO"));
  }

  private static boolean isPlace(Dictionary.Entry e) {
    return e.kind() == Dictionary.Kind.CAPITAL || e.kind() == Dictionary.Kind.CITY;
  }

  /** Whether the span names places of two countries ("Tripoli"), which the story must tell apart. */
  boolean twoPlaces(Span span) {
    List<Dictionary.Entry> entries = dictionary.lookup(surface(span));
    return entries.size() > 1 && entries.stream().filter(Run::isPlace).map(Dictionary.Entry::country).distinct()
        .count() > 1;
  }

  /**
   * The country a dictionary span names or belongs to, or null ("the Kremlin": RUS; "UN": none); an ethnic
   * group's, of the countries where it lives, the one the story names ("Hutu" in a story of Burundi).
   */
  @Nullable String nationOf(Span span) {
    if (dictionary.lookup(surface(span)).isEmpty()) {
      return null;
    }
    Dictionary.Entry e = entryOf(span);
    return e.kind() == Dictionary.Kind.ETHNIC ? ofStory(dictionary.homelands(e.name())) : e.country();
  }

  /**
   * Of the countries where a group lives, the one where it belongs in this story: the first when the story
   * names it, else the one the story names most (the first named of equals), else the first.
   */
  String ofStory(List<String> countries) {
    String first = countries.get(0);
    if (named.getOrDefault(first, 0) > 0) {
      return first;
    }
    String most = mostNamed(countries::contains);
    return most != null ? most : first;
  }

  /**
   * The country where a minority of the nation {@code own} lives in this story ("ethnic Albanians" in a story
   * of Macedonia): the one other than its own that the story names most, else its own.
   */
  String minorityOf(String own) {
    String most = mostNamed(c -> !c.equals(own));
    return most != null ? most : own;
  }

  private @Nullable String mostNamed(Predicate<String> among) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> c : named.entrySet()) {
      if (among.test(c.getKey()) && c.getValue() > most) {
        best = c.getKey();
        most = c.getValue();
      }
    }
    return best;
  }

  /** Whether the dictionary span names a state (a country, demonym, capital or metonym), not an institution. */
  boolean isNation(Span span) {
    if (dictionary.lookup(surface(span)).isEmpty()) {
      return false;
    }
    Dictionary.Entry e = entryOf(span);
    return e.country() != null && e.kind() != Dictionary.Kind.ORGANIZATION && e.kind() != Dictionary.Kind.CITY;
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
