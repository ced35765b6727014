package org.dyad.eval;

/**
 * One measured figure.
 *
 * @param measure a stable key, such as {@code tempeval3.platinum.value_f1}; floors are recorded under it
 * @param value the figure, in percent for rates
 * @param detail counts behind the figure, for a person ("112/138 gold, 120 predicted")
 */
public record Score(String measure, double value, String detail) {}
