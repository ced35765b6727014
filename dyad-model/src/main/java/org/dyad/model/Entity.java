package org.dyad.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An actor: every mention in the document that refers to one person, country, organisation, place or group.
 *
 * @param id document-local identifier, {@code E1}, {@code E2} ...
 * @param name the canonical name (the longest proper name mentioned, or a description for unnamed actors)
 * @param country ISO 3166-1 alpha-3 code of the actor's country, when known
 * @param countrySource where the country came from (the text, a dictionary, or an inference from the story's
 *     dateline or dominant country); only with a country, and absent where it is not known (older stores)
 * @param role the role the text gives ("President", "professor"), when it gives one
 * @param actor the CAMEO-style actor code: country + sector ({@code KORGOV}, {@code JPNMED}, {@code IGOUNO})
 * @param mentions every mention in text order, names, titles and pronouns alike
 * @param place where a place entity (a {@link EntityType#LOCATION} or a {@link EntityType#COUNTRY}) is: the
 *     gazetteer's place its name resolves to (a city, a first-order division or a country), absent when it does
 *     not resolve, for other entities, and when the places stage is off
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    @Nullable String country,
    @Nullable CountrySource countrySource,
    @Nullable String role,
    @Nullable String actor,
    List<Mention> mentions,
    @Nullable Place place) {
  public Entity {
    mentions = List.copyOf(mentions);
    if (country == null && countrySource != null) {
      throw new IllegalArgumentException("country " + country + " with source " + countrySource);
    }
  }

  /** An entity not geocoded (yet): the actors stage's. */
  public Entity(String id, String name, EntityType type, @Nullable String country,
      @Nullable CountrySource countrySource, @Nullable String role, @Nullable String actor, List<Mention> mentions) {
    this(id, name, type, country, countrySource, role, actor, mentions, null);
  }

  /** An entity whose country, if any, the text gives. */
  public Entity(String id, String name, EntityType type, @Nullable String country, @Nullable String role,
      @Nullable String actor, List<Mention> mentions) {
    this(id, name, type, country, country == null ? null : CountrySource.TEXT, role, actor, mentions);
  }

  /** This entity, placed where the gazetteer puts it. */
  public Entity withPlace(Place where) {
    return new Entity(id, name, type, country, countrySource, role, actor, mentions, where);
  }
}
