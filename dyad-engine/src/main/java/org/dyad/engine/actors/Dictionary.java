package org.dyad.engine.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
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
    d.load("countries.tsv", d::country);
    d.load("organizations.tsv", d::organization);
    d.load("roles.tsv", d::role);
    d.load("people.tsv", d::person);
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

  private void person(String[] c) {
    String country = c[2].strip();
    people.put(key(c[0].strip()), country);
    alternatives(c, 1).forEach(a -> people.put(key(a), country));
  }

  private void role(String[] c) {
    String phrase = key(c[0]);
    roles.put(phrase, new Role(phrase, c[1].strip(), c.length > 2 && c[2].strip().equals("title")));
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
