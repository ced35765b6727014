package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * Who said something: the entity when resolved, and the name as best known.
 *
 * @param entity the id of the speaking entity, when resolved to one
 * @param name the speaker's canonical name, or the description of an unnamed speaker ("multiple unnamed
 *     diplomatic sources")
 * @param country the speaker's country, when known
 */
public record Speaker(@Nullable String entity, String name, @Nullable String country) {}
