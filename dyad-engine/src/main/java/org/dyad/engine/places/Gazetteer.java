package org.dyad.engine.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.engine.resources.Row;
import org.dyad.engine.resources.Tsv;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * The gazetteer: place names to {@link Place}s, compiled once from {@code cities.tsv} (and the first-order
 * divisions of {@code admin1.tsv}) into hash maps keyed by lower-case name. Immutable once built, so one
 * instance ({@link #standard()}) serves every thread. A city comes with its GeoNames id and admin1 code (the
 * first-order division it lies in); a division with its admin1 code, without coordinates (GeoNames' list of
 * divisions has none).
 *
 * <p>A place is found by its name, its ASCII spelling ("Sao Paulo"), the part of its name before a comma
 * ("Washington" for "Washington, D.C.") or one of its alternate names ("Peking"). A name shared by several
 * places resolves to the largest one in the hinted country, else to the largest one anywhere.
 */
public final class Gazetteer {
  /** Suffixes that turn a place name into an adjective: "Seoul-based", "Paris-born". */
  private static final Pattern ADJECTIVE_SUFFIX =
      Pattern.compile("(?i)-(based|born|bred|headquartered)$");

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /**
   * The columns of {@code cities.tsv}, which the actor dictionary reads too: its {@code actor} column names the
   * places actors know as cities of their country. A row without a GeoNames id is such a name only, a place
   * GeoNames' cities1000 lacks: it has no coordinates, and the gazetteer does not place it.
   */
  public static final Tsv CITIES = Tsv.of("name", "ascii_name", "alt_names", "country", "lat", "lon",
      "population", "capital", "admin1", "geonameid", "actor");
  /** The columns of {@code admin1.tsv}; its {@code actor} column as that of {@link #CITIES} ("Texas"). */
  public static final Tsv ADMIN1 = Tsv.of("country", "admin1", "name", "actor");
  /**
   * The columns of the actors' {@code countries.tsv} (in {@code org/dyad/engine/actors}), which both the actor
   * dictionary and the gazetteer read: the gazetteer its names, aliases and capitals.
   */
  public static final Tsv COUNTRIES = Tsv.of("alpha3", "alpha2", "numeric", "cameo", "name", "aliases",
      "demonyms", "capital", "metonyms");

  /** A row of cities.tsv. */
  private record City(Place place, int population, boolean capital) {}

  private final Map<String, List<City>> byName;
  /** First-order divisions (admin1.tsv) by lower-case name, and by name without diacritics. */
  private final Map<String, List<Place>> admin1;
  /** Lower-case country names and aliases of countries.tsv to their alpha-3 codes. */
  private final Map<String, String> countryNames;
  private final Map<String, Place> capitals;
  /** The names of the {@code actor} columns of both files, by country, in the files' order. */
  private final Map<String, List<String>> actorNames;

  private Gazetteer(Map<String, List<City>> byName, Map<String, List<Place>> admin1,
      Map<String, String> countryNames, Map<String, Place> capitals, Map<String, List<String>> actorNames) {
    this.byName = byName;
    this.admin1 = admin1;
    this.countryNames = countryNames;
    this.capitals = capitals;
    this.actorNames = actorNames;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  /** The gazetteer shipped with dyad, loaded on first use (about half a second, 10 MB of heap). */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /**
   * The place a name stands for: "Seoul", "Seoul-based" and "Seoul's" are Seoul. Country names find
   * nothing (use {@link #country}). A city wins over a first-order division of the same name ("New York"
   * is the city); a division of the hinted country wins over a city elsewhere ("Florida" with hint USA is
   * the state, not the Cuban town); without a hint, a division is found only where no city has the name
   * and no other division shares it ("Bavaria", not "Punjab").
   *
   * @param name the name as written in the text
   * @param countryHint ISO alpha-3 of the country the text is about, if known: "Paris" with hint USA is
   *     Paris, Texas; a hint with no such place in it is ignored
   * @return the place, a {@link PlaceKind#CITY} or {@link PlaceKind#ADMIN1}; empty when the name is unknown
   *     or names a country
   */
  public Optional<Place> find(String name, @Nullable String countryHint) {
    String cleaned = clean(name);
    String key = key(cleaned);
    if (key.isEmpty() || countryNames.containsKey(key)) {
      return Optional.empty();
    }
    String folded = key(fold(cleaned));
    List<City> found = byName.getOrDefault(key, byName.getOrDefault(folded, List.of()));
    List<Place> divisions = admin1.getOrDefault(key, admin1.getOrDefault(folded, List.of()));
    if (countryHint != null) {
      for (City c : found) {
        if (countryHint.equalsIgnoreCase(c.place().country())) {
          return Optional.of(c.place());
        }
      }
      for (Place d : divisions) {
        if (countryHint.equalsIgnoreCase(d.country())) {
          return Optional.of(d);
        }
      }
    }
    if (!found.isEmpty()) {
      return Optional.of(found.get(0).place());
    }
    return divisions.size() == 1 ? Optional.of(divisions.get(0)) : Optional.empty();
  }

  /**
   * Where a country is: its capital (the first of countries.tsv's capitals found in the gazetteer, else the
   * place GeoNames codes as its capital).
   *
   * @param alpha3 ISO 3166-1 alpha-3
   * @return the capital as a place, empty for an unknown code or a country without one in the data
   */
  public Optional<Place> country(String alpha3) {
    return Optional.ofNullable(capitals.get(alpha3.toUpperCase(Locale.ROOT)));
  }

  /**
   * The names of cities and first-order divisions that actors know as places of their country ("Texas",
   * "Kabul"), by country: the {@code actor} columns of {@code cities.tsv} and {@code admin1.tsv}, read with the
   * gazetteer so that the actor dictionary reads neither file again.
   *
   * @return ISO 3166-1 alpha-3 to the names, cities before divisions, each in its file's order
   */
  public Map<String, List<String>> actorNames() {
    return actorNames;
  }

  /**
   * The country a name stands for, by the names and aliases of countries.tsv: "South Korea" and "ROK" are KOR.
   *
   * @param name the name as written in the text
   * @return ISO 3166-1 alpha-3, empty when the name is no country's
   */
  public Optional<String> countryNamed(String name) {
    return Optional.ofNullable(countryNames.get(key(clean(name))));
  }

  private static String clean(String name) {
    String s = name.strip().replaceAll("\\s+", " ");
    s = ADJECTIVE_SUFFIX.matcher(s).replaceFirst("");
    return POSSESSIVE.matcher(s).replaceFirst("");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String fold(String name) {
    return COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
  }

  private static Gazetteer load() {
    Map<String, List<City>> byName = new HashMap<>(1 << 17);
    Map<String, List<City>> byCountry = new HashMap<>();
    Map<String, List<String>> actorNames = new HashMap<>();
    CITIES.read(Gazetteer.class, "cities.tsv", r -> {
      actorNames(r, actorNames);
      if (r.none("geonameid")) {
        return; // a name only actors know: not in GeoNames, no coordinates
      }
      String name = r.get("name");
      String country = r.get("country");
      String admin1 = r.none("admin1") || r.get("admin1").equals("00") ? null : r.get("admin1");
      City city = new City(
          new Place(name, country, Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
              PlaceKind.CITY, admin1, Long.parseLong(r.get("geonameid"))),
          Integer.parseInt(r.get("population")), r.get("capital").equals("1"));
      Set<String> keys = new HashSet<>();
      for (String n : List.of(name, r.get("ascii_name"))) {
        keys.add(key(n));
        int comma = n.indexOf(", ");
        if (comma > 0) {
          keys.add(key(n.substring(0, comma)));
        }
      }
      for (String alt : r.list("alt_names")) {
        keys.add(key(alt));
      }
      for (String k : keys) {
        byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(city);
      }
      byCountry.computeIfAbsent(country, x -> new ArrayList<>()).add(city);
    });
    Comparator<City> largestFirst = Comparator.comparingInt(City::population).reversed();
    Map<String, List<City>> index = new HashMap<>(byName.size() * 4 / 3 + 1);
    byName.forEach((k, v) -> {
      v.sort(largestFirst);
      index.put(k, List.copyOf(v));
    });

    Map<String, String> countryNames = new HashMap<>();
    Map<String, Place> capitals = new HashMap<>();
    COUNTRIES.read(Gazetteer.class, "/org/dyad/engine/actors/countries.tsv", r -> {
      String alpha3 = r.get("alpha3");
      countryNames.putIfAbsent(key(r.get("name")), alpha3);
      for (String alias : r.list("aliases")) {
        countryNames.putIfAbsent(key(alias), alpha3);
      }
      Place capital = capitalOf(alpha3, r.list("capital"), byCountry.getOrDefault(alpha3, List.of()), index);
      if (capital != null) {
        capitals.put(alpha3, capital);
      }
    });
    Map<String, List<Place>> admin1 = new HashMap<>();
    ADMIN1.read(Gazetteer.class, "admin1.tsv", r -> {
      actorNames(r, actorNames);
      String name = r.get("name");
      Place division = new Place(name, r.get("country"), null, null, PlaceKind.ADMIN1, r.get("admin1"), null);
      for (String k : new HashSet<>(List.of(key(name), key(fold(name))))) {
        admin1.computeIfAbsent(k, x -> new ArrayList<>(1)).add(division);
      }
    });
    admin1.replaceAll((k, v) -> List.copyOf(v));
    actorNames.replaceAll((k, v) -> List.copyOf(v));
    return new Gazetteer(Map.copyOf(index), Map.copyOf(admin1), Map.copyOf(countryNames), Map.copyOf(capitals),
        Map.copyOf(actorNames));
  }

  private static void actorNames(Row r, Map<String, List<String>> byCountry) {
    for (String name : r.list("actor")) {
      byCountry.computeIfAbsent(r.get("country"), x -> new ArrayList<>()).add(name);
    }
  }

  private static @Nullable Place capitalOf(
      String alpha3, List<String> capitalNames, List<City> cities, Map<String, List<City>> index) {
    for (String name : capitalNames) {
      for (City c : index.getOrDefault(key(name), List.of())) {
        if (alpha3.equals(c.place().country())) {
          return c.place();
        }
      }
    }
    return cities.stream()
        .filter(City::capital)
        .max(Comparator.comparingInt(City::population))
        .map(City::place)
        .orElse(null);
  }
}
