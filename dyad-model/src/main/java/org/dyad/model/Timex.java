package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * A time expression with its TIMEX3-style normalised value, anchored on the document date or on another time
 * expression of the text.
 *
 * <p>Most values count from the document date ("yesterday", "last week"). An expression that counts from
 * the time the text is talking about ("the next day", "two days later", "the following month", "that
 * year") takes the nearest earlier time expression of the same stretch of text as its {@code anchor}
 * (TimeML's {@code anchorTimeID}), and its value counts from that one's. Where the text gives no time that is
 * safe to count from, such an expression stays unresolved: no anchor, and {@code X} where its value cannot be
 * known ({@code XXXX-XX-XX}, {@code XXXX-WXX}), never the document date.
 *
 * <p>"Two days later", "a month after the vote", "three weeks earlier" are, as TimeML annotates them, the
 * durations "two days" ({@code P2D}) ...: their value is the stretch of time. The date such a duration leads to,
 * counted from its anchor, is {@code pointsTo} (TimeML keeps it on an empty TIMEX3 named by the duration's
 * {@code beginPoint} or {@code endPoint}): the date of an event "two days later".
 *
 * @param value {@code 2023-12-10}, {@code 2023-03}, {@code 2023-W49}, {@code P12Y}, {@code PXDE}, {@code XXXX-WI},
 *     {@code PAST_REF}, {@code XXXX-XX-XX} (unresolved) ...
 * @param mod the TIMEX3 mod ({@code START}, {@code END}, {@code APPROX}, {@code LESS_THAN} ...), when any
 * @param anchor the time expression this one counts from, when it is not the document date
 * @param pointsTo for a duration counted from another time ("two days later", "a week after the vote"), the date
 *     it leads to ({@code 2023-12-07}; {@code XXXX-XX-XX} when nothing safe to count from is known); null for
 *     every other timex, whose {@code value} is its date
 */
public record Timex(int start, int end, String text, TimexType type, String value, @Nullable String mod,
    @Nullable Mention anchor, @Nullable String pointsTo) {
  public Timex {
    new Mention(start, end, text);
  }

  /** A time expression that counts from the document date, or from nothing. */
  public Timex(int start, int end, String text, TimexType type, String value, @Nullable String mod) {
    this(start, end, text, type, value, mod, null, null);
  }

  /** The date this timex stands for: {@code pointsTo} for a duration that leads to one, else its value. */
  public String date() {
    return pointsTo != null ? pointsTo : value;
  }
}
