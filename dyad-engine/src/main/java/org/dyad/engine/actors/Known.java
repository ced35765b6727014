package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A person or organisation the dictionaries know, with the codes it held and when. The codes are read from
 * their column when first asked for: of the 20,000 people few appear in any one corpus, and reading every
 * date at start-up would cost more than the rest of the dictionaries.
 */
final class Known {
  private final String name;
  private final String column;
  private volatile @Nullable List<DatedCode> codes;

  /** A known actor whose codes are the dictionary column {@code codes} ({@code RUSGOV 2008-05-08..;RUSELI}). */
  Known(String name, String codes) {
    this.name = name;
    this.column = codes;
  }

  /** Its name as the dictionary writes it. */
  String name() {
    return name;
  }

  /** Its codes, dated or not, in the dictionary's order. */
  List<DatedCode> codes() {
    List<DatedCode> c = codes;
    if (c == null) {
      c = List.copyOf(DatedCode.parseAll(column));
      codes = c;
    }
    return c;
  }

  /** The dated code that holds on {@code date} (of two, the later begun), or null: an office then held. */
  @Nullable DatedCode holdingOn(LocalDate date) {
    DatedCode holding = null;
    for (DatedCode c : codes()) {
      if (c.dated() && c.holdsOn(date) && (holding == null || startsAfter(c, holding))) {
        holding = c;
      }
    }
    return holding;
  }

  /**
   * Its code on {@code date}: a dated code that holds then (of two that overlap, as the dictionaries' ranges
   * sometimes do, the one that began later: "DZAELI ..2000-01-01; DZAGOV 1999-04-27.." is DZAGOV in late 1999);
   * else an undated one; else, after a dated code has
   * ended, the country of the latest ended one as a former office holder ({@code USAELI}, as CAMEO codes
   * ex-officeholders); else, before its first role, the country of its earliest code alone. Null when none
   * of this gives a code (an IGO official before taking office).
   *
   * @param countryOf the country code a CAMEO code starts with, or null (IGO, NGO, a region)
   */
  @Nullable String codeOn(LocalDate date, Function<String, @Nullable String> countryOf) {
    DatedCode holding = holdingOn(date);
    if (holding != null) {
      return holding.code();
    }
    for (DatedCode c : codes()) {
      if (!c.dated()) {
        return c.code();
      }
    }
    DatedCode latest = null;
    DatedCode earliest = null;
    for (DatedCode c : codes()) {
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

  private static boolean startsAfter(DatedCode a, DatedCode b) {
    return a.from() != null && (b.from() == null || a.from().isAfter(b.from()));
  }
}
