package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * The source a speaker cites, the second link of a reporting chain: for "Kyodo reported ..., citing multiple
 * unnamed diplomatic sources", the quote's speaker is Kyodo (the reporter) and {@code via} is the cited
 * sources.
 *
 * @param entity the cited source's entity, when it is one
 * @param name its name or description ("multiple unnamed diplomatic sources")
 * @param mention where the text names it
 */
public record Via(@Nullable String entity, String name, @Nullable Mention mention) {}
