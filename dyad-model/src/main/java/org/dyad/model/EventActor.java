package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * The source or target of an event.
 *
 * @param entity the id of the entity, when the actor is one
 * @param actor the CAMEO actor code ("KORGOV", "USA")
 * @param country ISO 3166-1 alpha-3, when known
 */
public record EventActor(@Nullable String entity, @Nullable String actor, @Nullable String country) {}
