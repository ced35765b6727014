package org.dyad.engine.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
    ORGANIZATION
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
   */
  public record Entry(
      String phrase, Kind kind, String name, @Nullable String country, String code, boolean exactCase,
      @Nullable String orgType, boolean needsNer, @Nullable Known known) {}

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
    /** Any other role noun ("official", "rebels"). */
    NOUN
  }

  /** A role noun or title and its CAMEO sector (empty when it sets none: "spokesman"). */
  public record Role(String phrase, String sector, RoleKind kind) {
    public boolean title() {
      return kind == RoleKind.TITLE || kind == RoleKind.ENVOY;
    }

    /** A body, of a state or not, rather than a person or group. */
    public boolean body() {
      return kind == RoleKind.STATE || kind == RoleKind.BODY;
    }
  }

  /** A country of {@code countries.tsv}. */
  public record Country(String alpha3, String alpha2, String code, String name) {}

  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  private static final Pattern SMALL_WORDS = Pattern.compile("(?<= )(Of|The|And|For|In|On|To)(?= )");

  private final Map<String, List<Entry>> phrases = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();
  /** Phrases {@code roles.tsv} marks as no role ("business", "people"), which other lists may not add. */
  private final Set<String> notRoles = new HashSet<>();
  /** Words that modify an office ("former", "acting", "deputy") and the sector they impose, if any. */
  private final Map<String, String> modifiers = new HashMap<>();
  private final Map<String, Known> people = new HashMap<>();
  private final Map<String, List<Known>> surnames = new HashMap<>();
  private final Map<String, Country> countries = new HashMap<>();
  /** The country part of CAMEO codes ({@code USA}, {@code TMP}) to ISO alpha-3. */
  private final Map<String, String> codePrefixes = new HashMap<>();
  private int longestPhraseWords = 1;
  private int longestRoleWords = 1;

  private Dictionary() {}

  /** The dictionaries shipped with dyad. */
  public static Dictionary standard() {
    Dictionary d = new Dictionary();
    d.load("countries.tsv", d::country);
    d.load("organizations.tsv", d::organization);
    d.load("roles.tsv", d::role);
    d.load("leaders.tsv", d::dated);
    d.load("phoenix-people.tsv", d::dated);
    d.load("people.tsv", d::person);
    d.load("phoenix-organizations.tsv", d::phoenixOrganization);
    d.load("phoenix-places.tsv", d::phoenixPlace);
    d.load("phoenix-agents.tsv", d::agent);
    d.bodiesByHead();
    return d;
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
    String c = codePrefixes.get(code.substring(0, 3));
    if (c == null && code.startsWith("MNC") && code.length() >= 6) {
      c = codePrefixes.get(code.substring(3, 6));
    }
    return c;
  }

  /** The CAMEO country part of a code ({@code USA} of {@code USAGOV}), or null when it has none. */
  @Nullable String countryPartOf(String code) {
    return code.length() >= 3 && codePrefixes.containsKey(code.substring(0, 3)) ? code.substring(0, 3) : null;
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

  /** A person's name as a key: {@link #key}, without accents or dots ("François" = "Francois", "S." = "S"). */
  static String personKey(String s) {
    String k = key(s);
    if (!k.chars().allMatch(ch -> ch < 128)) {
      k = ACCENTS.matcher(Normalizer.normalize(k, Normalizer.Form.NFD)).replaceAll("");
    }
    return k.replace(".", "");
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

  /** Reads a tab-separated resource of this package, skipping blank lines and # comments. */
  static void load(String resource, Consumer<String[]> row) {
    try (InputStream in = Dictionary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing dictionary resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          row.accept(line.split("\t", -1));
        } catch (RuntimeException e) {
          throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> alternatives(String[] cols, int i) {
    if (i >= cols.length || cols[i].isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : cols[i].split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private void country(String[] c) {
    String alpha3 = c[0].strip();
    String code = c[3].isBlank() ? alpha3 : c[3].strip();
    String name = c[4].strip();
    countries.put(alpha3, new Country(alpha3, c[1].strip(), code, name));
    codePrefixes.put(alpha3, alpha3);
    if (code.length() == 3) {
      codePrefixes.put(code, alpha3);
    }
    add(name, Kind.COUNTRY, name, alpha3, code, null);
    alternatives(c, 5).forEach(a -> add(a, Kind.COUNTRY, name, alpha3, code, null));
    alternatives(c, 6).forEach(a -> add(a, Kind.DEMONYM, name, alpha3, code, null));
    alternatives(c, 7).forEach(a -> add(a, Kind.CAPITAL, a, alpha3, code, null));
    for (String m : alternatives(c, 8)) {
      int eq = m.indexOf('=');
      String phrase = eq < 0 ? m : m.substring(0, eq);
      String sector = eq < 0 ? "GOV" : m.substring(eq + 1);
      add(phrase, Kind.METONYM, phrase, alpha3, code + sector, null);
      if (phrase.toLowerCase(Locale.ROOT).startsWith("the ")) {
        add(phrase.substring(4), Kind.METONYM, phrase, alpha3, code + sector, null);
      }
    }
    alternatives(c, 9).forEach(a -> add(a, Kind.CITY, a, alpha3, code, null));
  }

  private void organization(String[] c) {
    String code = c[0].strip();
    String name = c[1].strip();
    String type = c[3].strip();
    String country = c.length > 4 && !c[4].isBlank() ? c[4].strip() : null;
    add(name, Kind.ORGANIZATION, name, country, code, type);
    alternatives(c, 2).forEach(a -> add(a, Kind.ORGANIZATION, name, country, code, type));
    if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
      add(name.substring(4), Kind.ORGANIZATION, name.substring(4), country, code, type);
    }
  }

  /** A person of {@code people.tsv}: a nationality only, unless a dated dictionary knows them already. */
  private void person(String[] c) {
    String country = c[2].strip();
    String code = country(country).map(Country::code).orElse(country);
    addPerson(new Known(c[0].strip(), List.of(new DatedCode(code, null, null))), c[0].strip(),
        alternatives(c, 1));
  }

  /** A person of {@code leaders.tsv} or {@code phoenix-people.tsv}: name, aliases, dated codes. */
  private void dated(String[] c) {
    String name = c[0].strip();
    addPerson(new Known(name, DatedCode.parseAll(c[2])), name, alternatives(c, 1));
  }

  private void addPerson(Known k, String name, List<String> aliases) {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    names.addAll(aliases);
    for (String n : names) {
      if (people.putIfAbsent(personKey(n), k) == null) {
        String[] words = n.strip().split("\\s+");
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
  private void phoenixOrganization(String[] c) {
    List<DatedCode> codes = DatedCode.parseAll(c[2]);
    DatedCode first = codes.stream().filter(x -> !x.dated()).findFirst().orElse(codes.get(0));
    Known known = codes.size() > 1 ? new Known(c[0].strip(), codes) : null;
    String country = countryOfCode(first.code());
    String type = first.code().startsWith("IGO") ? "IGO" : first.code().startsWith("NGO") ? "NGO" : null;
    List<String> names = new ArrayList<>(alternatives(c, 1));
    names.add(0, c[0].strip());
    String name = titleCase(c[0].strip());
    for (String n : names) {
      String core = core(n);
      boolean oneWord = !hasSpace(core);
      boolean acronym = oneWord && core.length() <= 5;
      // A one-word alias that is no acronym ("FALCON" for a group) is too often a plain name: left out.
      if (!phrases.containsKey(key(n)) && !phrases.containsKey(key(core)) && (n == names.get(0) || !oneWord || acronym)) {
        add(n, Kind.ORGANIZATION, name, country, first.code(), type, oneWord, known, acronym);
      }
    }
  }

  /** Another name of a country (a spelling, an adjective, a province or city), unless the phrase is known. */
  private void phoenixPlace(String[] c) {
    String phrase = c[0].strip();
    String country = countryOfCode(c[1].strip());
    if (country == null || phrases.containsKey(key(phrase)) || phrases.containsKey(key(core(phrase)))) {
      return; // "THE UNITED STATES": the project's files know the name without the article
    }
    Kind kind = Kind.valueOf(c[2].strip());
    Country state = countries.get(country);
    String name = kind == Kind.CITY ? titleCase(phrase) : state.name();
    String core = core(phrase);
    add(phrase, kind, name, country, state.code(), null, !hasSpace(core), null, core.length() <= 3);
  }

  /** A Phoenix phrase without a leading "THE": "THE US" is an abbreviation, matched in its own case only. */
  private static String core(String phrase) {
    String p = phrase.strip();
    return p.regionMatches(true, 0, "the ", 0, 4) ? p.substring(4).strip() : p;
  }

  /** An agent noun of Phoenix, unless {@code roles.tsv} has the phrase (or marks it as no role). */
  private void agent(String[] c) {
    String phrase = key(c[0]);
    if (!roles.containsKey(phrase) && !notRoles.contains(phrase)) {
      roles.put(phrase, new Role(phrase, c[1].strip(), RoleKind.NOUN));
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
        e.setValue(new Role(r.phrase(), r.sector(), h.kind()));
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
    return SMALL_WORDS.matcher(out).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
  }

  private void role(String[] c) {
    String phrase = key(c[0]);
    if (c[1].strip().equals("-")) {
      notRoles.add(phrase);
      return;
    }
    String kind = c.length > 2 ? c[2].strip() : "noun";
    if (kind.equals("modifier")) {
      modifiers.put(phrase, c[1].strip());
      return;
    }
    roles.put(phrase, new Role(phrase, c[1].strip(), RoleKind.valueOf(kind.toUpperCase(Locale.ROOT))));
    longestRoleWords = Math.max(longestRoleWords, phrase.split(" ").length);
  }

  private void add(String phrase, Kind kind, String name, @Nullable String country, String code,
      @Nullable String orgType) {
    boolean exact = phrase.length() <= 5 && phrase.equals(phrase.toUpperCase(Locale.ROOT))
        || phrase.contains(".") && phrase.length() <= 8;
    add(phrase, kind, name, country, code, orgType, false, null, exact);
  }

  private void add(String phrase, Kind kind, String name, @Nullable String country, String code,
      @Nullable String orgType, boolean needsNer, @Nullable Known known, boolean exact) {
    Entry e = new Entry(phrase, kind, name, country, code, exact, orgType, needsNer, known);
    phrases.computeIfAbsent(key(phrase), k -> new ArrayList<>(1)).add(e);
    longestPhraseWords = Math.max(longestPhraseWords, key(phrase).split("[ -]").length + 2);
  }
}
