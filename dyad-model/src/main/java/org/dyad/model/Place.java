package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * A geocoded place.
 *
 * @param name the gazetteer's name ("Seoul"), or the text's for a place the gazetteer does not know
 * @param country ISO 3166-1 alpha-3
 * @param lat latitude in degrees, when known
 * @param lon longitude in degrees, when known
 * @param kind what the place is, when the geocoder resolved it: a country, a first-order division, a city
 * @param admin1 the GeoNames admin1 code of the first-order division it is or lies in ("11" for Seoul, "CA" for
 *     Los Angeles), when known
 * @param geonameId the GeoNames id of a city, when known
 */
public record Place(
    String name,
    @Nullable String country,
    @Nullable Double lat,
    @Nullable Double lon,
    @Nullable PlaceKind kind,
    @Nullable String admin1,
    @Nullable Long geonameId) {

  /** A place as the text names it, not yet geocoded (or only with coordinates). */
  public Place(String name, @Nullable String country, @Nullable Double lat, @Nullable Double lon) {
    this(name, country, lat, lon, null, null, null);
  }
}
