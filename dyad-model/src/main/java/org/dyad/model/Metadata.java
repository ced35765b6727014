package org.dyad.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Input fields kept as they came: an unmodifiable copy in the input's order, without null keys or values. */
final class Metadata {
  private Metadata() {}

  /**
   * Not {@link Map#copyOf}: its iteration order changes from one JVM run to the next, and the fields would come
   * out of {@code dyad extract} and into the store in another order each run.
   */
  static Map<String, Object> copy(Map<String, Object> fields) {
    Map<String, Object> copy = new LinkedHashMap<>();
    fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
    return Collections.unmodifiableMap(copy);
  }
}
