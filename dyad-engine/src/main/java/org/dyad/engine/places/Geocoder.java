package org.dyad.engine.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * Places the place entities of a document with the {@link Gazetteer}: a {@link EntityType#LOCATION} or
 * {@link EntityType#COUNTRY} whose name is a city becomes a {@link PlaceKind#CITY} with coordinates, admin1 code
 * and GeoNames id, a state or province a {@link PlaceKind#ADMIN1} with its admin1 code (see {@link
 * Gazetteer#find}); one named as a country (its name or an alias in countries.tsv, and no other country than the
 * entity's own) a {@link PlaceKind#COUNTRY}, without coordinates; any other entity stays without a place.
 *
 * <p>A name shared by several places is looked for first in the entity's own country, then in the countries the
 * article names (its country entities, the most mentioned first), and only then is it the largest place of the
 * name anywhere: "Paris" in a story about Texas that names the United States is Paris, Texas. Thread-safe.
 */
public final class Geocoder {
  private final Gazetteer gazetteer;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The entities of one document, each place entity with the place its name resolves to, where it does. */
  public List<Entity> locate(List<Entity> entities) {
    List<String> countries = countriesNamed(entities);
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      boolean place = e.type() == EntityType.LOCATION || e.type() == EntityType.COUNTRY;
      Place where = place && e.place() == null ? resolve(e.name(), e.country(), countries) : null;
      out.add(where == null ? e : e.withPlace(where));
    }
    return out;
  }

  /**
   * The place a name stands for, the entity's country first, then the article's; null when the gazetteer does not
   * know the name, or knows it as another country than {@code country}.
   */
  private @Nullable Place resolve(String name, @Nullable String country, List<String> articleCountries) {
    Set<String> hints = new LinkedHashSet<>();
    if (country != null) {
      hints.add(country);
    }
    hints.addAll(articleCountries);
    for (String hint : hints) {
      Optional<Place> found = gazetteer.find(name, hint);
      if (found.isPresent() && hint.equals(found.get().country())) {
        return found.get();
      }
    }
    Optional<Place> largest = gazetteer.find(name, null);
    if (largest.isPresent()) {
      return largest.get();
    }
    Optional<String> named = gazetteer.countryNamed(name);
    if (named.isPresent() && (country == null || country.equals(named.get()))) {
      return new Place(name, named.get(), null, null, PlaceKind.COUNTRY, null, null);
    }
    return null;
  }

  /** The countries of the article's country entities, the most mentioned first (then the first named). */
  private static List<String> countriesNamed(List<Entity> entities) {
    List<Entity> countries = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.COUNTRY && e.country() != null) {
        countries.add(e);
      }
    }
    countries.sort(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed());
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : countries) {
      out.add(e.country());
    }
    return List.copyOf(out);
  }
}
