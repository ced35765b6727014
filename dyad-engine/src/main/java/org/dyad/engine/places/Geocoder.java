package org.dyad.engine.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;

/**
 * Resolves event places with the {@link Gazetteer}: a city by its name, with the place's country as the hint,
 * becomes a {@link PlaceKind#CITY} with coordinates, admin1 code and GeoNames id, a state or province a
 * {@link PlaceKind#ADMIN1} with its admin1 code (see {@link Gazetteer#find}); a place named as a country
 * (its name or an alias in countries.tsv, and no other country than the one the place already has) becomes a
 * {@link PlaceKind#COUNTRY}, without coordinates; any other place stays as the text named it, without a kind.
 * Thread-safe.
 */
public final class Geocoder {
  private final Gazetteer gazetteer;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The events, each place resolved where the gazetteer can. */
  public List<Event> locate(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Place p = e.place();
      if (p == null || p.kind() != null || p.lat() != null) {
        out.add(e);
        continue;
      }
      out.add(e.withPlace(resolve(p)));
    }
    return out;
  }

  private Place resolve(Place p) {
    Optional<Place> city = gazetteer.find(p.name(), p.country());
    if (city.isPresent()) {
      return city.get();
    }
    Optional<String> country = gazetteer.countryNamed(p.name());
    if (country.isPresent() && (p.country() == null || p.country().equals(country.get()))) {
      return new Place(p.name(), country.get(), null, null, PlaceKind.COUNTRY, null, null);
    }
    return p;
  }
}
