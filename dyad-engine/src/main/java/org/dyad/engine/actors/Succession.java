package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dyad.engine.resources.Tsv;

/**
 * The state a capital or a metonym spoke for on a given day ({@code succession.tsv}): Moscow and the Kremlin
 * are the Soviet Union's before 26 December 1991.
 */
final class Succession {
  private record Predecessor(String code, LocalDate until) {}

  private final Map<String, Predecessor> bySuccessor;

  private Succession(Map<String, Predecessor> bySuccessor) {
    this.bySuccessor = Map.copyOf(bySuccessor);
  }

  static Succession standard() {
    Map<String, Predecessor> rows = new HashMap<>();
    Tsv.of("successor", "predecessor", "from").read(Succession.class, "succession.tsv", r ->
        rows.put(r.get("successor"), new Predecessor(r.get("predecessor"), LocalDate.parse(r.get("from")))));
    return new Succession(rows);
  }

  /** The state {@code country}'s seat of government stood for on {@code date}: its predecessor, or itself. */
  String seatOf(String country, LocalDate date) {
    Predecessor p = bySuccessor.get(country);
    return p != null && date.isBefore(p.until()) ? p.code() : country;
  }
}
