package org.dyad.model;

/** What a geocoded {@link Place} is: a whole country, a first-order division (a state, a province) or a city. */
public enum PlaceKind {
  COUNTRY,
  ADMIN1,
  CITY
}
