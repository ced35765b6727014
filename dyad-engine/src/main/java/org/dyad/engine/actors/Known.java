package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A person or organisation the dictionaries know, with the codes it held and when.
 *
 * @param name its name as the dictionary writes it
 * @param codes its codes, dated or not, in the dictionary's order
 */
record Known(String name, List<DatedCode> codes) {
  Known {
    codes = List.copyOf(codes);
  }

  /**
   * Its code on {@code date}: a dated code that holds then; else an undated one; else, after a dated code has
   * ended, the country of the latest ended one as a former office holder ({@code USAELI}, as CAMEO codes
   * ex-officeholders); else, before its first role, the country of its earliest code alone. Null when none
   * of this gives a code (an IGO official before taking office).
   *
   * @param countryOf the country code a CAMEO code starts with, or null (IGO, NGO, a region)
   */
  @Nullable String codeOn(LocalDate date, Function<String, @Nullable String> countryOf) {
    for (DatedCode c : codes) {
      if (c.dated() && c.holdsOn(date)) {
        return c.code();
      }
    }
    for (DatedCode c : codes) {
      if (!c.dated()) {
        return c.code();
      }
    }
    DatedCode latest = null;
    DatedCode earliest = null;
    for (DatedCode c : codes) {
      if (countryOf.apply(c.code()) == null) {
        continue;
      }
      if (c.endedBefore(date) && (latest == null || c.until().isAfter(latest.until()))) {
        latest = c;
      }
      if (c.from() != null && (earliest == null || c.from().isBefore(earliest.from()))) {
        earliest = c;
      }
    }
    if (latest != null) {
      return countryOf.apply(latest.code()) + "ELI";
    }
    return earliest == null ? null : countryOf.apply(earliest.code());
  }
}
