package org.dyad.engine.events.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of an actor dictionary: the primary phrase and its {@code +} synonyms, each a list of upper-case
 * words, and the codes.
 *
 * @param code the default code, {@code null} when the record has none (then only its dated codes apply);
 *     {@code FRO/BIL/SAM} names several actors at once ("the Shire" is Frodo, Bilbo and Sam)
 * @param dated date-restricted codes, in file order: the first that holds on the document date wins
 * @param where file and line of the primary phrase
 */
public record Actor(List<List<String>> phrases, @Nullable String code, List<DatedCode> dated, String where) {
  public Actor {
    phrases = phrases.stream().map(List::copyOf).toList();
    dated = List.copyOf(dated);
  }

  /** The code on {@code date}: the first dated code that holds, else the default; empty for a null code. */
  public Optional<String> codeOn(LocalDate date) {
    for (DatedCode d : dated) {
      if (d.holdsOn(date)) {
        return real(d.code());
      }
    }
    return code == null ? Optional.empty() : real(code);
  }

  private static Optional<String> real(String code) {
    return code.equals("---") || code.isEmpty() ? Optional.empty() : Optional.of(code);
  }
}
