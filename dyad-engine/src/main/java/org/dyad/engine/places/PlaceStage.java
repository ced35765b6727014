package org.dyad.engine.places;

import java.util.Set;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.Stage;

/** The {@code places} stage: refines the events, each place resolved with the gazetteer ({@link Geocoder}). */
public final class PlaceStage implements Stage {
  private final Geocoder geocoder;

  public PlaceStage(Gazetteer gazetteer) {
    this.geocoder = new Geocoder(gazetteer);
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Keys.EVENTS);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.EVENTS);
  }

  @Override
  public void process(Analysis a) {
    a.put(Keys.EVENTS, geocoder.locate(a.get(Keys.EVENTS)));
  }
}
