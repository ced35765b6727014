package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * A time expression with its TIMEX3-style normalised value, anchored on the document date.
 *
 * @param value {@code 2023-12-10}, {@code 2023-03}, {@code 2023-W49}, {@code P12Y}, {@code PXDE}, {@code XXXX-WI},
 *     {@code PAST_REF} ...
 * @param mod the TIMEX3 mod ({@code START}, {@code END}, {@code APPROX}, {@code LESS_THAN} ...), when any
 */
public record Timex(int start, int end, String text, TimexType type, String value, @Nullable String mod) {
  public Timex {
    new Mention(start, end, text);
  }
}
