package org.dyad.engine.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.places.Gazetteer;
import org.dyad.engine.resources.Row;
import org.dyad.engine.resources.Tsv;
import org.jspecify.annotations.Nullable;

/**
 * The actor dictionaries, compiled once into hash maps keyed by normalised phrase: country names, aliases,
 * demonyms, capitals, cities and metonyms; international organisations and news outlets; role nouns and
 * titles with their CAMEO sector; people with the codes they held and when.
 *
 * <p>The project's own files come first; the files converted from PETRARCH's Phoenix dictionaries
 * ({@code phoenix-*.tsv}) only add phrases they lack, and {@code leaders.tsv} replaces a Phoenix person of the
 * same name. A Phoenix phrase of one word (a province, a firm) names an actor only where the NER saw a name.
 */
public final class Dictionary {
  /** What a dictionary phrase names. */
  public enum Kind {
    COUNTRY,
    DEMONYM,
    CAPITAL,
    CITY,
    METONYM,
    ORGANIZATION,
    /** An ethnic group ("Yoruba", "Kurds"): of one of its countries, which the story decides. */
    ETHNIC
  }

  /**
   * One phrase of the dictionary.
   *
   * @param name the canonical name of what it names ("South Korea", "Kyodo News")
   * @param country ISO alpha-3 of the country, when it belongs to one
   * @param code the CAMEO actor code it gives (country code, IGO code, or country + sector)
   * @param exactCase the phrase matches only in the case it is written (abbreviations such as {@code US})
   * @param orgType for organisations, their type column ({@code IGO}, {@code MED} ...)
   * @param needsNer the phrase names an actor only where the NER tagged a name (one-word Phoenix phrases)
   * @param known the dated codes of a Phoenix organisation whose code changed, else null
   * @param beforeNoun the phrase names it only before a lower-case noun ("Karen guerrillas", not "Karen said")
   */
  public record Entry(
      String phrase, Kind kind, String name, @Nullable String country, String code, boolean exactCase,
      @Nullable String orgType, boolean needsNer, @Nullable Known known, boolean beforeNoun) {}

  /** What a role phrase of {@code roles.tsv} is. */
  public enum RoleKind {
    /** Used as a title before a name ("President", "Foreign Minister"). */
    TITLE,
    /** A title whose place "to" or "in" is the receiving country ("Ambassador to Athens"). */
    ENVOY,
    /** A body of a state ("the ministry", "the army"): without a country in the text, the story's. */
    STATE,
    /** Another institution ("the court", "the company"). */
    BODY,
    /**
     * A chamber of a legislature named by a word that is also an ordinary noun ("the House", "the Diet", "the
     * Assembly"): the legislature of the story's country only when written bare with its capital.
     */
    CHAMBER,
    /**
     * A text that speaks for whoever issued it ("the statement said"): its issuer's when it names one, else,
     * as a state's body, the story's country.
     */
    DOCUMENT,
    /** Any other role noun ("official", "rebels"). */
    NOUN
  }

  /**
   * A role noun or title and its CAMEO sector (empty when it sets none: "spokesman"); {@code alone}, the actor
   * code it gives when the text names no country ("rights group" NGOHRI, "peacekeepers" IGO), else null.
   */
  public record Role(String phrase, String sector, RoleKind kind, @Nullable String alone) {
    Role with(String newSector, RoleKind newKind) {
      return new Role(phrase, newSector, newKind, alone);
    }

    public boolean title() {
      return kind == RoleKind.TITLE || kind == RoleKind.ENVOY;
    }

    /** A body, of a state or not, rather than a person or group. */
    public boolean body() {
      return kind == RoleKind.STATE || kind == RoleKind.BODY || kind == RoleKind.DOCUMENT
          || kind == RoleKind.CHAMBER;
    }
  }

  /** A country of {@code countries.tsv}. */
  public record Country(String alpha3, String alpha2, String code, String name) {}

  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  private static final Set<String> SMALL_WORDS = Set.of("Of", "The", "And", "For", "In", "On", "To");

  private final Map<String, List<Entry>> phrases = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();
  /** Phrases {@code roles.tsv} marks as no role ("business", "people"), which other lists may not add. */
  private final Set<String> notRoles = new HashSet<>();
  /** Words that modify an office ("former", "acting", "deputy") and the sector they impose, if any. */
  private final Map<String, String> modifiers = new HashMap<>();
  private final Map<String, Known> people = new HashMap<>();
  private final Map<String, List<Known>> surnames = new HashMap<>();
  private final Map<String, Country> countries = new HashMap<>();
  /** The names of the cities (and states) actors know, by country: the gazetteer's {@link Gazetteer#actorNames}. */
  private final Map<String, List<String>> cities = new HashMap<>();
  /** The countries of an ethnic group of {@code peoples.tsv}, by its name, its home first. */
  private final Map<String, List<String>> homelands = new HashMap<>();
  /** The countries of a party's form of {@code parties.tsv} ("Democrat": USA), keyed as written. */
  private final Map<String, List<String>> parties = new HashMap<>();
  /** The country part of CAMEO codes that are ISO alpha-3 ({@code USA}), to itself. */
  private final Map<String, String> codePrefixes = new HashMap<>();
  /** CAMEO country codes that are no ISO alpha-3 ({@code TMP}, {@code KSV}), to the alpha-3. */
  private final Map<String, String> cameoOnly = new HashMap<>();
  private int longestPhraseWords = 1;
  private int longestRoleWords = 1;

  private Dictionary() {}

  private static final Tsv DATED = Tsv.of("name", "aliases", "codes");

  private static final class Holder {
    static final Dictionary STANDARD = load();
  }

  /** The dictionaries shipped with dyad, read once per JVM: immutable once read, so shared by every thread. */
  public static Dictionary standard() {
    return Holder.STANDARD;
  }

  private static Dictionary load() {
    Dictionary d = new Dictionary();
    d.cities.putAll(Gazetteer.standard().actorNames());
    Gazetteer.COUNTRIES.read(Dictionary.class, "countries.tsv", d::country);
    Tsv.of("code", "name", "aliases", "type", "country").read(Dictionary.class, "organizations.tsv",
        d::organization);
    Tsv.of("phrase", "sector", "kind", "alone").read(Dictionary.class, "roles.tsv", d::role);
    Tsv.of("name", "forms", "countries", "before").read(Dictionary.class, "peoples.tsv", d::people);
    Tsv.of("party", "forms", "country", "source").read(Dictionary.class, "parties.tsv",
        r -> r.list("forms").forEach(f -> d.parties.put(f, List.copyOf(r.list("country")))));
    Tsv.of("name", "aliases", "codes", "source").read(Dictionary.class, "leaders.tsv", d::dated);
    DATED.read(Dictionary.class, "phoenix-people.tsv", d::dated);
    Tsv.of("name", "aliases", "country").read(Dictionary.class, "people.tsv", d::person);
    DATED.read(Dictionary.class, "phoenix-organizations.tsv", d::phoenixOrganization);
    Tsv.of("phrase", "code", "kind").read(Dictionary.class, "phoenix-places.tsv", d::phoenixPlace);
    Tsv.of("phrase", "sector").read(Dictionary.class, "phoenix-agents.tsv", d::agent);
    d.bodiesByHead();
    return d;
  }

  /**
   * Whether {@code s} may mention an actor: a token the NER tagged, a pronoun, or a word of the dictionaries
   * (a country, demonym, capital or organisation written capitalised, a role noun). Needs no parse: the stages
   * ask it to decide which sentences to parse.
   */
  public boolean mayNameActor(Sentence s) {
    for (Token t : s.tokens()) {
      if (!t.ner().equals("O") || t.isPronoun()
          || Character.isUpperCase(t.text().charAt(0)) && !lookup(t.text()).isEmpty()
          || t.isNoun() && role(t.lemma()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Entries for the text span, case rules applied; empty when it names nothing known. */
  public List<Entry> lookup(String surface) {
    List<Entry> found = phrases.getOrDefault(key(surface), List.of());
    if (found.isEmpty()) {
      return found;
    }
    boolean allCaps = surface.equals(surface.toUpperCase(Locale.ROOT));
    List<Entry> out = new ArrayList<>(found.size());
    for (Entry e : found) {
      if (!e.exactCase() || e.phrase().equals(surface) || (allCaps && surface.length() > 2)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The countries where the ethnic group of this name lives, the one where it is most at home first. */
  List<String> homelands(String group) {
    return homelands.getOrDefault(group, List.of());
  }

  /**
   * The countries of the parties whose member noun or adjective this is, written as is ("Tory": GBR, CAN), the
   * one news means most often first; empty when it is none.
   */
  List<String> party(String form) {
    return parties.getOrDefault(form, List.of());
  }

  /** The sector a modifier of an office imposes ("former": ELI; "acting": none), if the word is one. */
  Optional<String> modifier(String word) {
    return Optional.ofNullable(modifiers.get(key(word)));
  }

  /** The role for a lower-cased phrase ("prime minister", "official"), if it is one. */
  public Optional<Role> role(String phrase) {
    return Optional.ofNullable(roles.get(key(phrase)));
  }

  /** A person of the dictionaries by name or listed alias ("Vladimir Putin", "Putin"). */
  Optional<Known> person(String name) {
    return Optional.ofNullable(people.get(personKey(name)));
  }

  /** The people of the dictionaries whose name ends in {@code surname} ("Mugabe", "al-Bashir"). */
  List<Known> bySurname(String surname) {
    return surnames.getOrDefault(surnameKey(surname), List.of());
  }

  /**
   * The people whose surname is one edit away from {@code surname} ("Mitterand" for Mitterrand, "Gbago" for
   * Gbagbo): news misspells names; the caller decides whether a title makes one of them sure. Surnames of
   * five letters or more only.
   */
  List<Known> bySimilarSurname(String surname) {
    String k = surnameKey(surname);
    if (k.length() < 5) {
      return List.of();
    }
    List<Known> out = new ArrayList<>();
    for (Map.Entry<String, List<Known>> e : surnames.entrySet()) {
      String other = e.getKey();
      if (Math.abs(other.length() - k.length()) <= 1 && other.charAt(0) == k.charAt(0) && oneEdit(k, other)) {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  /** Whether two different strings are one insertion, deletion or substitution apart. */
  private static boolean oneEdit(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(i + (a.length() >= b.length() ? 1 : 0)).equals(b.substring(i + (b.length() >= a.length() ? 1 : 0)));
  }

  /**
   * The ISO alpha-3 country a CAMEO actor code belongs to ({@code RUSGOV} Russia, {@code MNCUSA} the United
   * States), or null for codes of no country ({@code IGOUNO}, {@code NGO}, regions).
   */
  @Nullable String countryOfCode(String code) {
    if (code.length() < 3) {
      return null;
    }
    String c = prefix(code.substring(0, 3));
    if (c == null && code.startsWith("MNC") && code.length() >= 6) {
      c = prefix(code.substring(3, 6));
    }
    return c;
  }

  private @Nullable String prefix(String three) {
    String c = codePrefixes.get(three);
    return c != null ? c : cameoOnly.get(three);
  }

  /** The CAMEO country part of a code ({@code USA} of {@code USAGOV}), or null when it has none. */
  @Nullable String countryPartOf(String code) {
    return code.length() >= 3 && prefix(code.substring(0, 3)) != null ? code.substring(0, 3) : null;
  }

  public Optional<Country> country(String alpha3) {
    return Optional.ofNullable(countries.get(alpha3));
  }

  public int longestPhraseWords() {
    return longestPhraseWords;
  }

  public int longestRoleWords() {
    return longestRoleWords;
  }

  /**
   * A person's name as a key: {@link #key}, without accents or dots, a hyphen as a space ("François" =
   * "Francois", "S." = "S", "Jean-Bertrand" = "Jean Bertrand", "Kim Jong-un" = "Kim Jong Un").
   */
  static String personKey(String s) {
    String k = key(s);
    if (!k.chars().allMatch(ch -> ch < 128)) {
      k = ACCENTS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll("");
    }
    return k.replace(".", "").replace('-', ' ');
  }

  /** A surname as a key: {@link #personKey} without an Arabic article ("al-Bashir" = "Bashir" = "El Bashir"). */
  static String surnameKey(String s) {
    String k = personKey(s);
    return k.startsWith("al-") || k.startsWith("el-") || k.startsWith("al ") || k.startsWith("el ") ? k.substring(3) : k;
  }

  /** Lower case, straight apostrophes, one space between words, no space around hyphens. */
  static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (k.indexOf('-') < 0 && !hasSpace(k)) {
      return k; // one word, the common case: no pattern to run
    }
    return SPACES.matcher(HYPHEN.matcher(k).replaceAll("-")).replaceAll(" ").strip();
  }

  private static boolean hasSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void country(Row r) {
    String alpha3 = r.get("alpha3").strip();
    String code = r.none("cameo") ? alpha3 : r.get("cameo").strip();
    String name = r.get("name").strip();
    countries.put(alpha3, new Country(alpha3, r.get("alpha2").strip(), code, name));
    codePrefixes.put(alpha3, alpha3);
    if (code.length() == 3 && !code.equals(alpha3)) {
      cameoOnly.putIfAbsent(code, alpha3); // TMP for Timor-Leste; never over a country's own alpha-3 (FRA)
    }
    add(name, Kind.COUNTRY, name, alpha3, code, null);
    r.list("aliases").forEach(a -> add(a, Kind.COUNTRY, name, alpha3, code, null));
    r.list("demonyms").forEach(a -> add(a, Kind.DEMONYM, name, alpha3, code, null));
    r.list("capital").forEach(a -> add(a, Kind.CAPITAL, a, alpha3, code, null));
    for (String m : r.list("metonyms")) {
      int eq = m.indexOf('=');
      String phrase = eq < 0 ? m : m.substring(0, eq);
      String sector = eq < 0 ? "GOV" : m.substring(eq + 1);
      add(phrase, Kind.METONYM, phrase, alpha3, code + sector, null);
      if (phrase.toLowerCase(Locale.ROOT).startsWith("the ")) {
        add(phrase.substring(4), Kind.METONYM, phrase, alpha3, code + sector, null);
      }
    }
    cities.getOrDefault(alpha3, List.of()).forEach(a -> add(a, Kind.CITY, a, alpha3, code, null));
  }

  private void organization(Row r) {
    String code = r.get("code").strip();
    String name = r.get("name").strip();
    String type = r.get("type").strip();
    String country = r.none("country") ? null : r.get("country").strip();
    add(name, Kind.ORGANIZATION, name, country, code, type);
    r.list("aliases").forEach(a -> add(a, Kind.ORGANIZATION, name, country, code, type));
    if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
      add(name.substring(4), Kind.ORGANIZATION, name.substring(4), country, code, type);
    }
  }

  /** An ethnic group of {@code peoples.tsv}, under its name and forms, unless another file has the phrase. */
  private void people(Row r) {
    String name = r.get("name").strip();
    List<String> where = r.list("countries");
    homelands.put(name, List.copyOf(where));
    String code = country(where.get(0)).map(Country::code).orElseThrow(
        () -> new IllegalArgumentException("no country " + where.get(0) + " for " + name));
    boolean beforeNoun = !r.none("before") && r.get("before").strip().equals("noun");
    List<String> forms = new ArrayList<>(r.list("forms"));
    forms.add(0, name);
    for (String f : forms) {
      if (!phrases.containsKey(key(f))) {
        add(f, Kind.ETHNIC, name, where.get(0), code, null, false, null, false, beforeNoun);
      }
    }
  }

  /** A person of {@code people.tsv}: a nationality only, unless a dated dictionary knows them already. */
  private void person(Row r) {
    String country = r.get("country").strip();
    String code = country(country).map(Country::code).orElse(country);
    addPerson(new Known(r.get("name").strip(), code), r.get("name").strip(), r.list("aliases"));
  }

  /** A person of {@code leaders.tsv} or {@code phoenix-people.tsv}: name, aliases, dated codes. */
  private void dated(Row r) {
    String name = r.get("name").strip();
    addPerson(new Known(name, r.get("codes")), name, r.list("aliases"));
  }

  private void addPerson(Known k, String name, List<String> aliases) {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    names.addAll(aliases);
    for (String n : names) {
      if (people.putIfAbsent(personKey(n), k) == null) {
        String[] words = SPACES.split(n.strip());
        if (words.length > 1) {
          List<Known> same = surnames.computeIfAbsent(surnameKey(words[words.length - 1]), x -> new ArrayList<>(1));
          if (!same.contains(k)) {
            same.add(k);
          }
        }
      }
    }
  }

  /** An organisation of the Phoenix dictionaries, unless a phrase of the project's own files has its name. */
  private void phoenixOrganization(Row r) {
    List<DatedCode> codes = DatedCode.parseAll(r.get("codes"));
    DatedCode first = codes.stream().filter(x -> !x.dated()).findFirst().orElse(codes.get(0));
    Known known = codes.size() > 1 ? new Known(r.get("name").strip(), r.get("codes")) : null;
    String country = countryOfCode(first.code());
    String type = first.code().startsWith("IGO") ? "IGO" : first.code().startsWith("NGO") ? "NGO" : null;
    List<String> names = new ArrayList<>(r.list("aliases"));
    names.add(0, r.get("name").strip());
    String name = titleCase(r.get("name").strip());
    for (String n : names) {
      String core = core(n);
      boolean oneWord = !hasSpace(core);
      boolean acronym = oneWord && core.length() <= 5;
      // A one-word alias that is no acronym ("FALCON" for a group) is too often a plain name: left out.
      if (!phrases.containsKey(key(n)) && !phrases.containsKey(key(core)) && (n == names.get(0) || !oneWord || acronym)) {
        add(n, Kind.ORGANIZATION, name, country, first.code(), type, oneWord, known, acronym, false);
      }
    }
  }

  /** Another name of a country (a spelling, an adjective, a province or city), unless the phrase is known. */
  private void phoenixPlace(Row r) {
    String phrase = r.get("phrase").strip();
    String country = countryOfCode(r.get("code").strip());
    if (country == null || phrases.containsKey(key(phrase)) || phrases.containsKey(key(core(phrase)))) {
      return; // "THE UNITED STATES": the project's files know the name without the article
    }
    Kind kind = Kind.valueOf(r.get("kind").strip());
    Country state = countries.get(country);
    String name = kind == Kind.CITY ? titleCase(phrase) : state.name();
    String core = core(phrase);
    add(phrase, kind, name, country, state.code(), null, !hasSpace(core), null, core.length() <= 3, false);
  }

  /** A Phoenix phrase without a leading "THE": "THE US" is an abbreviation, matched in its own case only. */
  private static String core(String phrase) {
    String p = phrase.strip();
    return p.regionMatches(true, 0, "the ", 0, 4) ? p.substring(4).strip() : p;
  }

  /** An agent noun of Phoenix, unless {@code roles.tsv} has the phrase (or marks it as no role). */
  private void agent(Row r) {
    String phrase = key(r.get("phrase"));
    if (!roles.containsKey(phrase) && !notRoles.contains(phrase)) {
      roles.put(phrase, new Role(phrase, r.get("sector").strip(), RoleKind.NOUN, null));
      longestRoleWords = Math.max(longestRoleWords, phrase.split(" ").length);
    }
  }

  /**
   * A role phrase whose head word is a body is that body ("foreign ministry", "ministry of industry", "senate
   * finance committee"): the head is the word before a first "of" or "for", else the last word.
   */
  private void bodiesByHead() {
    for (Map.Entry<String, Role> e : roles.entrySet()) {
      Role r = e.getValue();
      if (r.kind() != RoleKind.NOUN) {
        continue;
      }
      String[] words = e.getKey().split(" ");
      String head = words[words.length - 1];
      for (int i = 1; i < words.length; i++) {
        if (words[i].equals("of") || words[i].equals("for")) {
          head = words[i - 1];
          break;
        }
      }
      Role h = roles.get(head);
      if (words.length > 1 && h != null && h.body()) {
        e.setValue(r.with(r.sector(), h.kind()));
      }
    }
  }

  /** "AFGHAN NATIONAL ARMY" as "Afghan National Army". */
  private static String titleCase(String caps) {
    StringBuilder out = new StringBuilder(caps.length());
    boolean start = true;
    for (int i = 0; i < caps.length(); i++) {
      char ch = caps.charAt(i);
      out.append(start ? ch : Character.toLowerCase(ch));
      start = !Character.isLetter(ch) && ch != '\'';
    }
    String[] words = out.toString().split(" ", -1);
    for (int i = 1; i < words.length - 1; i++) {
      if (SMALL_WORDS.contains(words[i])) {
        words[i] = words[i].toLowerCase(Locale.ROOT);
      }
    }
    return String.join(" ", words);
  }

  private void role(Row r) {
    String phrase = key(r.get("phrase"));
    String kind = r.get("kind").strip();
    String sector = r.none("sector") ? "" : r.get("sector").strip();
    if (kind.equals("excluded")) {
      notRoles.add(phrase);
      return;
    }
    if (kind.equals("modifier")) {
      modifiers.put(phrase, sector);
      return;
    }
    roles.put(phrase, new Role(phrase, sector, RoleKind.valueOf(kind.toUpperCase(Locale.ROOT)),
        r.none("alone") ? null : r.get("alone").strip()));
    longestRoleWords = Math.max(longestRoleWords, phrase.split(" ").length);
  }

  private void add(String phrase, Kind kind, String name, @Nullable String country, String code,
      @Nullable String orgType) {
    boolean exact = phrase.length() <= 5 && phrase.equals(phrase.toUpperCase(Locale.ROOT))
        || phrase.contains(".") && phrase.length() <= 8;
    add(phrase, kind, name, country, code, orgType, false, null, exact, false);
  }

  private void add(String phrase, Kind kind, String name, @Nullable String country, String code,
      @Nullable String orgType, boolean needsNer, @Nullable Known known, boolean exact, boolean beforeNoun) {
    Entry e = new Entry(phrase, kind, name, country, code, exact, orgType, needsNer, known, beforeNoun);
    String k = key(phrase);
    phrases.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
    int words = 1;
    for (int i = 0; i < k.length(); i++) {
      words += k.charAt(i) == ' ' || k.charAt(i) == '-' ? 1 : 0;
    }
    longestPhraseWords = Math.max(longestPhraseWords, words + 2);
  }
}
