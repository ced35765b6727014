package org.dyad.engine.events.petrarch;

/** What the event codes of the dictionaries mean: no event, a placeholder, cooperation. */
final class Codes {
  private Codes() {}

  /**
   * Whether a code is no event: empty, {@code ---}, or one of TABARI's placeholders without a digit ({@code +++}
   * for its "complex" events, {@code ###}, {@code xxy}), which PETRARCH does not code.
   */
  static boolean none(String code) {
    return code.isEmpty() || code.equals("---") || code.chars().noneMatch(Character::isDigit);
  }

  /**
   * Whether a pattern's code is one PETRARCH acts on: an event code or {@code ---} (no event); a pattern with a
   * placeholder code is passed over, so that the verb's other patterns apply.
   */
  static boolean readable(String code) {
    return code.chars().anyMatch(Character::isDigit) || code.equals("---");
  }

  /**
   * Whether a code is one of cooperation (CAMEO 03 to 06: intend to cooperate, consult, engage, cooperate),
   * which PETRARCH codes among coordinated sources that have no target ("Gondor and Arnor met").
   */
  static boolean cooperation(String code) {
    return code.matches("0[3-6].*");
  }
}
