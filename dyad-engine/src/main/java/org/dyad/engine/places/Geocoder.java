package org.dyad.engine.places;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Place;

/**
 * Gives event places their coordinates from the {@link Gazetteer}: a city by its name, with the place's
 * country as the hint; a place the gazetteer does not know, or a country, by its country's capital only when
 * the place is the country itself. Thread-safe.
 */
public final class Geocoder {
  private final Gazetteer gazetteer;

  public Geocoder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The events, each place with coordinates where the gazetteer has them. */
  public List<Event> locate(List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Place p = e.place();
      if (p == null || p.lat() != null) {
        out.add(e);
        continue;
      }
      out.add(e.withPlace(gazetteer.find(p.name(), p.country()).orElse(p)));
    }
    return out;
  }
}
