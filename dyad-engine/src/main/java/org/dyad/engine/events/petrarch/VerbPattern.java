package org.dyad.engine.events.petrarch;

import java.util.List;

/**
 * One {@code - pattern [code]} line of a verb block.
 *
 * @param before the elements before the verb's {@code *}, nearest the verb first
 * @param after the elements after the verb, nearest first
 * @param code the event code, {@code "---"} for none; {@code "032:033"} also codes the target acting back on the
 *     source ({@code 033}), {@code ":173"} only that
 * @param where file and line, quoted in each event's rule
 */
public record VerbPattern(List<Element> before, List<Element> after, String code, String where) {
  public VerbPattern {
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** How much the pattern asks for: longer patterns win over shorter ones. */
  public int length() {
    return before.size() + after.size();
  }
}
