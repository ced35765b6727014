package org.dyad.engine.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.engine.resources.Tsv;

/**
 * The table of {@code threats.tsv}: the CAMEO threat (13x) that an announced coercive act is when it is said,
 * before it is done ("will impose sanctions" is 1312). Read once per JVM.
 */
final class Threats {
  private static final Map<String, String> THREATS = load("threats.tsv");

  private Threats() {}

  /** The threat code for announcing act {@code code}, if announcing it is a threat. */
  static Optional<String> of(String code) {
    return Optional.ofNullable(THREATS.get(code));
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> out = new HashMap<>();
    Codebook codebook = Codebook.standard();
    Tsv.of("act", "threat").read(Threats.class, resource, r -> {
      for (String column : new String[] {"act", "threat"}) {
        if (codebook.get(r.require(column)).isEmpty()) {
          throw r.error("unknown CAMEO code " + r.get(column));
        }
      }
      out.put(r.get("act"), r.get("threat"));
    });
    return Map.copyOf(out);
  }
}
