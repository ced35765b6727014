package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * Groups mentions into entities and gives each a canonical name, type, country, role and actor code.
 * Immutable after construction and thread-safe: all per-document state lives in {@link Run}.
 */
public final class ActorResolver {
  private static final Set<String> ARGUMENT_RELS =
      Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "appos", "conj", "root", "nsubj:xsubj");
  /** Heads that name an organisation rather than a person when they carry a national modifier. */
  private static final Set<String> BODY_SECTORS = Set.of("government", "ministry", "military", "army", "navy",
      "police", "media", "parliament", "court", "cabinet", "embassy", "agency", "party", "company",
      "administration", "legislature", "congress", "senate", "commission", "council", "regime");
  /** Bodies of a state: "the government" of an article about one country is that country's government. */
  private static final Set<String> STATE_BODIES = Set.of("government", "administration", "ministry", "military",
      "army", "navy", "police", "parliament", "cabinet", "legislature", "regime");
  /** Words in an organisation's name that give its sector. */
  private static final Map<String, String> NAME_SECTORS = Map.ofEntries(
      Map.entry("university", "EDU"), Map.entry("college", "EDU"), Map.entry("institute", "EDU"),
      Map.entry("school", "EDU"), Map.entry("academy", "EDU"), Map.entry("ministry", "GOV"),
      Map.entry("government", "GOV"), Map.entry("bank", "BUS"), Map.entry("corp", "BUS"),
      Map.entry("inc", "BUS"), Map.entry("co", "BUS"), Map.entry("company", "BUS"), Map.entry("group", "BUS"),
      Map.entry("army", "MIL"), Map.entry("navy", "MIL"), Map.entry("police", "COP"),
      Map.entry("party", "PTY"), Map.entry("news", "MED"), Map.entry("times", "MED"),
      Map.entry("post", "MED"), Map.entry("herald", "MED"), Map.entry("agency", "GOV"),
      Map.entry("court", "JUD"), Map.entry("church", "REL"), Map.entry("hospital", "HLH"));

  private static final Map<String, Draft.Gender> HONORIFICS = Map.of(
      "Mr", Draft.Gender.MALE, "Mrs", Draft.Gender.FEMALE, "Ms", Draft.Gender.FEMALE, "Miss", Draft.Gender.FEMALE,
      "Sir", Draft.Gender.MALE, "Madame", Draft.Gender.FEMALE, "Mme", Draft.Gender.FEMALE,
      "King", Draft.Gender.MALE, "Queen", Draft.Gender.FEMALE, "Prince", Draft.Gender.MALE);

  private final Dictionary dictionary;
  private final Succession succession = Succession.standard();

  public ActorResolver(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The entities of one document, in order of first mention; {@code date}, the document's, decides which state
   * a capital spoke for ("Moscow" in 1987 is the Soviet Union).
   */
  public Entities resolve(String text, List<Sentence> sentences, LocalDate date) {
    return new Run(text, sentences, date).resolve();
  }

  /** A dictionary match or NER span over tokens {@code [first, last]} of one sentence. */
  private record Span(int first, int last, int start, int end) {
    boolean overlaps(Span o) {
      return first <= o.last && o.first <= last;
    }
  }

  /** The state of resolving one document. */
  private final class Run {
    private final String text;
    private final List<Sentence> sentences;
    private final LocalDate date;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<Coreference.Placed> placed = new ArrayList<>();
    /** The country the article is about, when one clearly dominates: "the government" is its government. */
    private @Nullable String home;

    Run(String text, List<Sentence> sentences, LocalDate date) {
      this.text = text;
      this.sentences = sentences;
      this.date = date;
    }

    Entities resolve() {
      List<List<Span>> matches = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        matches.add(dictionaryMatches(s));
      }
      home = homeCountry(matches);
      for (Sentence s : sentences) {
        sentence(s, matches.get(s.index()));
      }
      List<Draft> ordered = new ArrayList<>(drafts.values());
      ordered.sort(Comparator.comparingInt(Draft::firstOffset));
      List<Entity> out = new ArrayList<>(ordered.size());
      for (Draft d : ordered) {
        d.mentions.sort(Comparator.comparingInt(Mention::start));
        out.add(new Entity("E" + (out.size() + 1), oneLine(d.name), d.type, d.country,
            d.role == null ? null : oneLine(d.role), actorCode(d), d.mentions));
      }
      return new Entities(out);
    }

    private String oneLine(String s) {
      return s.replaceAll("\\s+", " ");
    }

    private void sentence(Sentence s, List<Span> dict) {
      boolean[] used = new boolean[s.size()];
      // Named people first: their titles absorb the demonyms and roles before them.
      for (Span ner : nerSpans(s, "PERSON")) {
        if (dict.stream().noneMatch(d -> d.first() == ner.first() && d.last() == ner.last())) {
          person(s, ner, dict, used);
        }
      }
      for (Span ner : nerSpans(s, "ORGANIZATION")) {
        if (!covered(used, ner)) {
          namedOrganization(s, ner, dict, used);
        }
      }
      for (Span d : dict) {
        if (!covered(used, d)) {
          dictionaryMention(s, d, used);
        }
      }
      for (Span ner : nerSpans(s, "LOCATION")) {
        Draft named = anyUsed(used, ner) ? null : findPerson(List.of(surface(ner).split("\\s+")), Draft.Gender.UNKNOWN);
        if (named != null && named.nameWords.containsAll(List.of(surface(ner).split("\\s+")))) {
          // "North" after "Oliver North": the NER's place is the person named before.
          named.add(mention(ner));
          mark(used, ner);
          place(named, s, ner.last());
        } else if (!anyUsed(used, ner)) {
          draft("LOC:" + surface(ner), EntityType.LOCATION, surface(ner)).add(mention(ner));
          mark(used, ner);
        }
      }
      unnamedActors(s, used);
      for (Token t : s.tokens()) {
        Draft.Gender g = t.isPronoun() ? Coreference.genderOf(t) : null;
        if (g != null) {
          Draft d = Coreference.resolve(t, g, s.index(), sentences, placed);
          if (d != null) {
            d.add(Mention.of(text, t.start(), t.end()));
            if (d.gender == Draft.Gender.UNKNOWN) {
              d.gender = g;
            }
            place(d, s, t.index());
          }
        }
      }
    }

    // --- named people ---------------------------------------------------------------------------------

    private void person(Sentence s, Span ner, List<Span> dict, boolean[] used) {
      Span name = ner;
      Draft.Gender honorific = HONORIFICS.get(s.token(ner.first()).text().replace(".", ""));
      if (honorific != null && ner.first() < ner.last()) {
        // "Mrs Reagan": the honorific gives the gender and belongs to the mention, not to the name.
        name = new Span(ner.first() + 1, ner.last(), s.token(ner.first() + 1).start(), ner.end());
      }
      String full = surface(name);
      Draft org = drafts.get("ORG:" + Dictionary.key(full));
      if (org == null) {
        org = organizationStartingWith(full);
      }
      if (org != null && honorific == null) {
        // "Radtech" after "Radtech Inc": the NER's person is the company named before.
        org.add(mention(name));
        mark(used, name);
        return;
      }
      List<String> words = Arrays.asList(full.split("\\s+"));
      Draft d = findPerson(words, honorific == null ? Draft.Gender.UNKNOWN : honorific);
      if (d == null) {
        d = draft("PER:" + full, EntityType.PERSON, full);
        d.nameWords.addAll(words);
      } else if (words.size() > d.nameWords.size() && !d.nameWords.isEmpty()) {
        d.name = full;
        d.nameWords.clear();
        d.nameWords.addAll(words);
      }
      if (honorific != null) {
        d.gender = honorific;
      }
      int start = ner.first();
      // A title before the name: [demonym|country] [role words] Name ("South Korean President Yoon").
      int roleFirst = titleBefore(s, ner.first(), dict);
      if (roleFirst >= 0) {
        String title = text.substring(s.token(roleFirst).start(), s.token(ner.first() - 1).end());
        Dictionary.Role role = dictionary.role(title)
            .orElseGet(() -> dictionary.role(s.token(ner.first() - 1).text()).orElseThrow());
        Draft target = d;
        if (target.role == null) {
          target.role = title;
          target.sector = role.sector();
        }
        start = roleFirst;
        Span nation = spanEndingAt(dict, roleFirst - 1);
        if (nation != null && nationOf(nation) != null) {
          if (d.country == null) {
            d.country = nationOf(nation);
          }
          start = nation.first();
        }
        Draft.Gender g = HONORIFICS.get(title.replace(".", ""));
        if (g != null) {
          d.gender = g;
        }
      }
      if (d.country == null) {
        // A person news names without a country ("President Reagan"): people.tsv knows their nationality.
        d.country = dictionary.personCountry(d.name).or(() -> dictionary.personCountry(full)).orElse(null);
      }
      Span whole = new Span(start, name.last(), s.token(start).start(), name.end());
      d.add(mention(whole));
      mark(used, whole);
      apposition(s, name.last(), d, dict);
      place(d, s, name.last());
    }

    /** A person already named with these words, or a subset of them, whose gender does not clash. */
    private @Nullable Draft findPerson(List<String> words, Draft.Gender gender) {
      for (Draft d : drafts.values()) {
        boolean clash = gender != Draft.Gender.UNKNOWN && d.gender != Draft.Gender.UNKNOWN && d.gender != gender;
        if (d.type == EntityType.PERSON && !d.nameWords.isEmpty() && !clash
            && (d.nameWords.containsAll(words) || words.containsAll(d.nameWords))) {
          return d;
        }
      }
      return null;
    }

    /**
     * The first token of a role title ending right before {@code nameFirst}, or -1: a title of the
     * dictionary ("Prime Minister"; lower case after a nation, as wires write it: "Brazilian finance
     * minister Dilson Funaro"), or a title word after capitalised department words that are no names
     * ("Trade Representative", "Treasury Secretary").
     */
    private int titleBefore(Sentence s, int nameFirst, List<Span> dict) {
      for (int len = Math.min(dictionary.longestRoleWords(), nameFirst); len >= 1; len--) {
        int first = nameFirst - len;
        String phrase = text.substring(s.token(first).start(), s.token(nameFirst - 1).end());
        Optional<Dictionary.Role> r = dictionary.role(phrase);
        if (r.isPresent() && (Character.isUpperCase(phrase.charAt(0)) || afterNation(first, dict))) {
          return first;
        }
      }
      if (nameFirst == 0) {
        return -1;
      }
      Token last = s.token(nameFirst - 1);
      Optional<Dictionary.Role> head = dictionary.role(last.text());
      if (head.isEmpty() || !head.get().title() || !Character.isUpperCase(last.text().charAt(0))) {
        return -1;
      }
      int first = nameFirst - 1;
      while (first > 0 && s.token(first - 1).pos().equals("NNP") && s.token(first - 1).ner().equals("O")
          && dictionary.lookup(s.token(first - 1).text()).isEmpty()) {
        first--;
      }
      return first;
    }

    /** "X, a professor of ... at Korea University": the role and the country of its institution. */
    private void apposition(Sentence s, int head, Draft person, List<Span> dict) {
      if (!s.parsed()) {
        return;
      }
      for (Token t : s.dependents(head)) {
        if (!t.rel().equals("appos") || !t.isNoun()) {
          continue;
        }
        Optional<Dictionary.Role> role = dictionary.role(t.lemma());
        if (role.isEmpty()) {
          continue;
        }
        if (person.role == null) {
          person.role = t.text();
          person.sector = role.get().sector();
        }
        if (person.country == null) {
          person.country = countryInPhrase(s, t.index(), dict);
        }
      }
    }

    /** A country named in the subtree of {@code head}: a dictionary match or a known organisation. */
    private @Nullable String countryInPhrase(Sentence s, int head, List<Span> dict) {
      for (Token t : s.tree().subtree(s.token(head))) {
        Span d = spanContaining(dict, t.index());
        if (d != null && nationOf(d) != null) {
          return nationOf(d);
        }
        for (Draft org : drafts.values()) {
          if (org.country != null && org.type == EntityType.ORGANIZATION) {
            for (Mention m : org.mentions) {
              if (m.start() <= t.start() && t.end() <= m.end()) {
                return org.country;
              }
            }
          }
        }
      }
      return null;
    }

    // --- organisations and dictionary mentions --------------------------------------------------------

    private void namedOrganization(Sentence s, Span ner, List<Span> dict, boolean[] used) {
      String name = surface(ner);
      for (Span d : dict) {
        if (d.first() <= ner.first() && ner.last() <= d.last()) {
          return; // the dictionary knows it: dictionaryMention handles it
        }
      }
      Draft d = drafts.get("ORG:" + Dictionary.key(name));
      if (d == null) {
        d = acronymOf(name);
      }
      if (d == null) {
        d = organizationStartingWith(name);
      }
      if (d == null) {
        d = draft("ORG:" + Dictionary.key(name), EntityType.ORGANIZATION, name);
        for (String w : name.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          if (NAME_SECTORS.containsKey(w)) {
            d.sector = NAME_SECTORS.get(w);
          }
        }
        for (Span inner : dict) {
          if (ner.first() <= inner.first() && inner.last() <= ner.last() && nationOf(inner) != null) {
            d.country = nationOf(inner);
          }
        }
        if (d.country == null) {
          d.country = basedIn(s, ner, dict);
        }
      }
      d.add(mention(ner));
      mark(used, ner);
      for (Span inner : dict) {
        if (ner.first() <= inner.first() && inner.last() <= ner.last()) {
          mark(used, inner);
        }
      }
    }

    /** "Seoul-based Korea University": the country of the place before "-based". */
    private @Nullable String basedIn(Sentence s, Span ner, List<Span> dict) {
      int i = ner.first() - 1;
      if (i >= 2 && s.token(i).lemma().equals("base") && s.token(i - 1).text().equals("-")) {
        Span place = spanEndingAt(dict, i - 2);
        return place == null ? null : nationOf(place);
      }
      return null;
    }

    /** "BankAmerica" after "BankAmerica Corp", "Moody" after "Moody's Investors Service Inc". */
    private @Nullable Draft organizationStartingWith(String name) {
      String k = Dictionary.key(name);
      for (Draft d : drafts.values()) {
        if (d.type == EntityType.ORGANIZATION && d.key.startsWith("ORG:" + k) && d.key.length() > 4 + k.length()
            && !Character.isLetterOrDigit(d.key.charAt(4 + k.length()))) {
          return d;
        }
      }
      return null;
    }

    private @Nullable Draft acronymOf(String name) {
      if (name.length() < 2 || !name.equals(name.toUpperCase(Locale.ROOT))) {
        return null;
      }
      for (Draft d : drafts.values()) {
        if (d.type == EntityType.ORGANIZATION) {
          StringBuilder initials = new StringBuilder();
          for (String w : d.name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
              initials.append(w.charAt(0));
            }
          }
          if (initials.toString().equals(name)) {
            return d;
          }
        }
      }
      return null;
    }

    private void dictionaryMention(Sentence s, Span span, boolean[] used) {
      Dictionary.Entry e = entryOf(span);
      Draft d = switch (e.kind()) {
        case COUNTRY, DEMONYM -> draft("CTY:" + e.country(), EntityType.COUNTRY, e.name());
        case CAPITAL, CITY -> draft("LOC:" + e.name(), EntityType.LOCATION, e.name());
        case METONYM -> draft("MET:" + e.name(), EntityType.ORGANIZATION, e.name());
        default -> draft("ORG:" + e.code() + ":" + e.name(), EntityType.ORGANIZATION, e.name());
      };
      d.country = e.country();
      d.code = e.code();
      if (e.kind() == Dictionary.Kind.CAPITAL || e.kind() == Dictionary.Kind.METONYM) {
        seat(d, e);
      }
      d.add(mention(span));
      mark(used, span);
      place(d, s, span.last());
    }

    /** A capital or metonym speaks for the state whose seat it was on the document's date. */
    private void seat(Draft d, Dictionary.Entry e) {
      if (e.country() != null) {
        String then = succession.seatOf(e.country(), date);
        if (!then.equals(e.country())) {
          String code = dictionary.country(then).map(Dictionary.Country::code).orElse(then);
          String was = dictionary.country(e.country()).map(Dictionary.Country::code).orElse(e.country());
          d.country = then;
          d.code = e.code().startsWith(was) ? code + e.code().substring(was.length()) : e.code();
        }
      }
    }

    // --- unnamed actors: "a Japanese foreign ministry official", "Chinese state media" ---------------

    private void unnamedActors(Sentence s, boolean[] used) {
      if (!s.parsed()) {
        return;
      }
      for (Token head : s.tokens()) {
        if (!head.isNoun() || head.isProperNoun() || used[head.index()]
            || !ARGUMENT_RELS.contains(head.rel())) {
          continue;
        }
        int roleFirst = roleEndingAt(s, head.index());
        if (roleFirst < 0) {
          continue;
        }
        String nation = null;
        int first = roleFirst;
        for (Token dep : s.dependents(head.index())) {
          if (dep.index() < roleFirst && (dep.rel().equals("amod") || dep.rel().equals("compound")
              || dep.rel().equals("nmod:poss") || dep.rel().equals("det") || dep.rel().equals("nummod"))) {
            String n = nationAt(s, dep.index());
            if (n != null) {
              nation = n;
            }
            first = Math.min(first, dep.index());
          }
        }
        boolean body = BODY_SECTORS.contains(head.lemma().toLowerCase(Locale.ROOT));
        if (nation == null && STATE_BODIES.contains(head.lemma().toLowerCase(Locale.ROOT)) && home != null
            && definite(s, head)) {
          nation = home;
        }
        if (nation == null) {
          continue;
        }
        while (first < head.index() && (s.token(first).pos().equals("DT") || s.token(first).pos().equals("CD"))) {
          first++;
        }
        Span whole = new Span(first, head.index(), s.token(first).start(), head.end());
        String name = surface(whole);
        String rolePhrase = text.substring(s.token(roleFirst).start(), head.end());
        Dictionary.Role role = dictionary.role(rolePhrase)
            .or(() -> dictionary.role(head.lemma()))
            .orElseThrow();
        EntityType type = BODY_SECTORS.contains(head.lemma().toLowerCase(Locale.ROOT))
            ? EntityType.ORGANIZATION
            : head.pos().equals("NNS") || head.pos().equals("NNPS") ? EntityType.GROUP : EntityType.PERSON;
        // One national body is one actor however named: "the Australian government", "the federal government".
        Draft d = draft(body ? "BODY:" + nation + ":" + head.lemma().toLowerCase(Locale.ROOT)
            : "UNN:" + Dictionary.key(name), type, name);
        d.country = nation;
        d.sector = role.sector();
        d.role = type == EntityType.PERSON ? rolePhrase : null;
        d.add(mention(whole));
        // The nation inside is an attribute of this actor, not a separate mention of the country.
        for (Draft other : drafts.values()) {
          if (other != d) {
            other.mentions.removeIf(m -> whole.start() <= m.start() && m.end() <= whole.end());
          }
        }
        mark(used, whole);
        place(d, s, head.index());
      }
      drafts.values().removeIf(d -> d.mentions.isEmpty());
    }

    private boolean definite(Sentence s, Token head) {
      return s.dependents(head.index()).stream()
          .anyMatch(d -> d.rel().equals("det") && d.text().equalsIgnoreCase("the"));
    }

    /**
     * The country named most often (names, demonyms, capitals, cities), when it is named at least twice and
     * half again as often as any other.
     */
    private @Nullable String homeCountry(List<List<Span>> matches) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int i = 0; i < matches.size(); i++) {
        for (Span sp : matches.get(i)) {
          String c = nationOf(sp);
          if (c != null && entryOf(sp).kind() != Dictionary.Kind.ORGANIZATION) {
            counts.merge(c, 1, Integer::sum);
          }
        }
      }
      String best = null;
      int first = 0;
      int second = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (e.getValue() > first) {
          second = first;
          first = e.getValue();
          best = e.getKey();
        } else if (e.getValue() > second) {
          second = e.getValue();
        }
      }
      return first >= 2 && first * 2 >= second * 3 ? best : null;
    }

    /** The first token of the longest role phrase ending at {@code head} ("foreign ministry official"). */
    private int roleEndingAt(Sentence s, int head) {
      for (int len = Math.min(dictionary.longestRoleWords(), head + 1); len >= 1; len--) {
        int first = head - len + 1;
        String phrase = text.substring(s.token(first).start(), s.token(head).start()) + s.token(head).lemma();
        if (dictionary.role(phrase).isPresent()) {
          return first;
        }
      }
      return -1;
    }

    private @Nullable String nationAt(Sentence s, int token) {
      for (Draft d : drafts.values()) {
        if (d.type == EntityType.COUNTRY) {
          for (Mention m : d.mentions) {
            if (m.start() <= s.token(token).start() && s.token(token).end() <= m.end()) {
              return d.country;
            }
          }
        }
      }
      return null;
    }

    // --- spans and helpers ----------------------------------------------------------------------------

    private List<Span> dictionaryMatches(Sentence s) {
      List<Span> out = new ArrayList<>();
      int i = 0;
      while (i < s.size()) {
        int matched = -1;
        for (int j = Math.min(s.size() - 1, i + dictionary.longestPhraseWords()); j >= i; j--) {
          Token first = s.token(i);
          if (!Character.isLetterOrDigit(first.text().charAt(0)) && !first.text().equals("the")) {
            break;
          }
          String surface = text.substring(first.start(), s.token(j).end());
          if (startsCapitalised(surface) && !dictionary.lookup(surface).isEmpty()) {
            matched = j;
            break;
          }
        }
        if (matched >= 0) {
          out.add(new Span(i, matched, s.token(i).start(), s.token(matched).end()));
          i = matched + 1;
        } else {
          i++;
        }
      }
      return out;
    }

    private boolean startsCapitalised(String surface) {
      int from = surface.regionMatches(true, 0, "the ", 0, 4) ? 4 : 0;
      return from < surface.length() && !Character.isLowerCase(surface.charAt(from));
    }

    private List<Span> nerSpans(Sentence s, String tag) {
      List<Span> out = new ArrayList<>();
      int i = 0;
      while (i < s.size()) {
        if (!s.token(i).ner().equals(tag)) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < s.size() && s.token(j + 1).ner().equals(tag)
            && s.token(j + 1).start() - s.token(j).end() <= 1) {
          j++;
        }
        while (j > i && !Character.isLetterOrDigit(s.token(j).text().charAt(0))) {
          j--;
        }
        if (Character.isLetterOrDigit(s.token(i).text().charAt(0))) {
          out.add(new Span(i, j, s.token(i).start(), s.token(j).end()));
        }
        i = j + 1;
        while (i < s.size() && s.token(i).ner().equals(tag)
            && !Character.isLetterOrDigit(s.token(i).text().charAt(0))) {
          i++;
        }
      }
      return out;
    }

    private Dictionary.Entry entryOf(Span span) {
      return dictionary.lookup(surface(span)).get(0);
    }

    private @Nullable String nationOf(Span span) {
      List<Dictionary.Entry> entries = dictionary.lookup(surface(span));
      return entries.isEmpty() ? null : entries.get(0).country();
    }

    private boolean afterNation(int token, List<Span> dict) {
      Span nation = spanEndingAt(dict, token - 1);
      return nation != null && nationOf(nation) != null;
    }

    private @Nullable Span spanEndingAt(List<Span> spans, int last) {
      for (Span sp : spans) {
        if (sp.last() == last) {
          return sp;
        }
      }
      return null;
    }

    private @Nullable Span spanContaining(List<Span> spans, int token) {
      for (Span sp : spans) {
        if (sp.first() <= token && token <= sp.last()) {
          return sp;
        }
      }
      return null;
    }

    private String surface(Span span) {
      return text.substring(span.start(), span.end());
    }

    private Mention mention(Span span) {
      return Mention.of(text, span.start(), span.end());
    }

    private Draft draft(String key, EntityType type, String name) {
      return drafts.computeIfAbsent(key, k -> new Draft(k, type, name));
    }

    private void place(Draft d, Sentence s, int headToken) {
      if (d.type == EntityType.PERSON) {
        int h = headOfPhrase(s, headToken);
        // A name in apposition to the subject is the subject: "the head of the union, Edmond Maire, renewed".
        int role = s.token(h).rel().equals("appos") && s.token(h).head() >= 0 ? s.token(h).head() : h;
        placed.add(new Coreference.Placed(d, s.index(), h, s.token(role).rel().startsWith("nsubj")));
      }
    }

    /** Climbs compound and flat arcs to the token that carries the phrase's relation. */
    private int headOfPhrase(Sentence s, int token) {
      return s.tree().climb(s.token(token), t -> t.rel().equals("compound") || t.rel().startsWith("flat")).index();
    }

    private boolean covered(boolean[] used, Span span) {
      for (int i = span.first(); i <= span.last(); i++) {
        if (!used[i]) {
          return false;
        }
      }
      return true;
    }

    private boolean anyUsed(boolean[] used, Span span) {
      for (int i = span.first(); i <= span.last(); i++) {
        if (used[i]) {
          return true;
        }
      }
      return false;
    }

    private void mark(boolean[] used, Span span) {
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
}
