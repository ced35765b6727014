package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * The other link of a reporting chain: for "Kyodo reported ..., citing unnamed diplomatic sources", the
 * quote's speaker is the cited sources and {@code via} is Kyodo, the reporter.
 */
public record Via(@Nullable String entity, String name) {}
