package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * A geocoded place.
 *
 * @param name the gazetteer's name ("Seoul")
 * @param country ISO 3166-1 alpha-3
 * @param lat latitude in degrees, when known
 * @param lon longitude in degrees, when known
 */
public record Place(String name, @Nullable String country, @Nullable Double lat, @Nullable Double lon) {}
