package org.dyad.engine.events.petrarch;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An actor code that holds between two dates, both inclusive ({@code [HOBGOV 19950601-19990815]}); an open
 * end is {@code null} ({@code [HOB <950601]} has no start, {@code [HOBREB >990816]} no end).
 */
public record DatedCode(String code, @Nullable LocalDate from, @Nullable LocalDate to) {
  /** Whether the code holds on {@code date}. */
  public boolean holdsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
