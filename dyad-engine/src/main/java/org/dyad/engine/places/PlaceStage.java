package org.dyad.engine.places;

import java.util.Set;
import org.dyad.engine.stage.Analysis;
import org.dyad.engine.stage.Key;
import org.dyad.engine.stage.Keys;
import org.dyad.engine.stage.Stage;

/**
 * The {@code places} stage: refines the entities, each place entity (a location, a country) with the place the
 * gazetteer resolves its name to ({@link Geocoder}). It runs before the events, whose places are their entities'.
 */
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
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(Keys.ENTITIES);
  }

  @Override
  public void process(Analysis a) {
    a.put(Keys.ENTITIES, geocoder.locate(a.get(Keys.ENTITIES)));
  }
}
