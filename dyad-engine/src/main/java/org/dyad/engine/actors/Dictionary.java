package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.resources.Row;
import org.dyad.engine.resources.Tsv;
import org.jspecify.annotations.Nullable;

/**
 * The actor dictionaries, compiled once into hash maps keyed by normalised phrase: country names, aliases,
 * demonyms, capitals, cities and metonyms; international organisations and news outlets; role nouns and
 * titles with their CAMEO sector.
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
   */
  public record Entry(
      String phrase, Kind kind, String name, @Nullable String country, String code, boolean exactCase,
      @Nullable String orgType) {}

  /** A role noun or title and its CAMEO sector. */
  public record Role(String phrase, String sector, boolean title) {}

  /** A country of {@code countries.tsv}. */
  public record Country(String alpha3, String alpha2, String code, String name) {}

  /** The columns of {@code countries.tsv}, which the gazetteer reads too. */
  public static final Tsv COUNTRIES = Tsv.of("alpha3", "alpha2", "numeric", "cameo", "name", "aliases",
      "demonyms", "capital", "metonyms", "cities");

  private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, List<Entry>> phrases = new HashMap<>();
  private final Map<String, Role> roles = new HashMap<>();
  private final Map<String, String> people = new HashMap<>();
  private final Map<String, Country> countries = new HashMap<>();
  private int longestPhraseWords = 1;
  private int longestRoleWords = 1;

  private Dictionary() {}

  private static final class Holder {
    static final Dictionary STANDARD = load();
  }

  /** The dictionaries shipped with dyad, read once per JVM: immutable once read, so shared by every thread. */
  public static Dictionary standard() {
    return Holder.STANDARD;
  }

  private static Dictionary load() {
    Dictionary d = new Dictionary();
    COUNTRIES.read(Dictionary.class, "countries.tsv", d::country);
    Tsv.of("code", "name", "aliases", "type", "country").read(Dictionary.class, "organizations.tsv",
        d::organization);
    Tsv.of("phrase", "sector", "kind").read(Dictionary.class, "roles.tsv", d::role);
    Tsv.of("name", "aliases", "country").read(Dictionary.class, "people.tsv", d::person);
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

  /** The role for a lower-cased phrase ("prime minister", "official"), if it is one. */
  public Optional<Role> role(String phrase) {
    return Optional.ofNullable(roles.get(key(phrase)));
  }

  /** The country of a person of {@code people.tsv} by name or listed alias ("Ronald Reagan", "Reagan"). */
  public Optional<String> personCountry(String name) {
    return Optional.ofNullable(people.get(key(name)));
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
    r.list("cities").forEach(a -> add(a, Kind.CITY, a, alpha3, code, null));
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

  private void person(Row r) {
    String country = r.get("country").strip();
    people.put(key(r.get("name").strip()), country);
    r.list("aliases").forEach(a -> people.put(key(a), country));
  }

  private void role(Row r) {
    String phrase = key(r.get("phrase"));
    roles.put(phrase, new Role(phrase, r.get("sector").strip(), r.get("kind").strip().equals("title")));
    longestRoleWords = Math.max(longestRoleWords, phrase.split(" ").length);
  }

  private void add(String phrase, Kind kind, String name, @Nullable String country, String code,
      @Nullable String orgType) {
    boolean exact = phrase.length() <= 5 && phrase.equals(phrase.toUpperCase(Locale.ROOT))
        || phrase.contains(".") && phrase.length() <= 8;
    Entry e = new Entry(phrase, kind, name, country, code, exact, orgType);
    phrases.computeIfAbsent(key(phrase), k -> new ArrayList<>(1)).add(e);
    longestPhraseWords = Math.max(longestPhraseWords, key(phrase).split("[ -]").length + 2);
  }
}
