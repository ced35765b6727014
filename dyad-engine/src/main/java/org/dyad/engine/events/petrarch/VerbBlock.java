package org.dyad.engine.events.petrarch;

import java.util.List;

/**
 * A {@code --- NAME [code] ---} block of a verb dictionary: synonymous verbs sharing one list of patterns.
 *
 * @param code the block's code, {@code "---"} when its bare verbs code no event
 * @param patterns the block's patterns, in file order
 */
public record VerbBlock(String name, String code, List<VerbPattern> patterns) {
  public VerbBlock {
    patterns = List.copyOf(patterns);
  }
}
