package org.dyad.engine.events.petrarch;

import java.util.List;
import java.util.Set;

/**
 * One verb of a verb block: its forms and, for a multi-word verb ({@code +CORDON_OFF}, {@code WIRE_+TAP}), the
 * words that stand right before and after it.
 *
 * @param forms upper-case forms of the verb word: the base, the listed irregular forms, the regular ones
 * @param before words right before the verb word, in text order
 * @param after words right after the verb word, in text order
 * @param code the verb's own code, else its block's
 * @param block the block's patterns
 */
public record Verb(Set<String> forms, List<String> before, List<String> after, String code, VerbBlock block) {
  public Verb {
    forms = Set.copyOf(forms);
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
