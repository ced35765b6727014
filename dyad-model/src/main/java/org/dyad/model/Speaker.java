package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * Who said something: the entity when resolved, and the name as best known.
 *
 * @param entity the id of the speaking entity, when resolved to one
 * @param name the speaker's canonical name, or the description of an unnamed speaker ("a Japanese foreign
 *     ministry official")
 * @param country the speaker's country (ISO 3166-1 alpha-3), when known
 * @param mention where this attribution names the speaker ("she", "Kyodo"), when it does
 */
public record Speaker(@Nullable String entity, String name, @Nullable String country, @Nullable Mention mention) {}
