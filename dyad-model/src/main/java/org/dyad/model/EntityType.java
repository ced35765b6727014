package org.dyad.model;

/** What kind of actor an entity is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION,
  GROUP
}
