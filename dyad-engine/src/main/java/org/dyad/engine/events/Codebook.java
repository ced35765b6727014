package org.dyad.engine.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.engine.resources.Tsv;

/**
 * The CAMEO codebook of {@code cameo.tsv}: every code with its name, Goldstein value, QuadClass and PLOVER
 * reading. Immutable; {@link #standard()} is read once per JVM.
 */
public final class Codebook {
  private static final Codebook STANDARD = load("cameo.tsv");

  private final Map<String, CameoCode> codes;

  private Codebook(Map<String, CameoCode> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** The codebook shipped with dyad. */
  public static Codebook standard() {
    return STANDARD;
  }

  /** The row for {@code code} ("042", "0841", "19"). */
  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The row for {@code code}; throws for a code CAMEO does not have. */
  public CameoCode require(String code) {
    return get(code).orElseThrow(() -> new IllegalArgumentException("no CAMEO code " + code));
  }

  public Collection<CameoCode> all() {
    return codes.values();
  }

  private static Codebook load(String resource) {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    Tsv.of("code", "goldstein", "quad", "plover", "mode", "name").read(Codebook.class, resource, r -> {
      String code = r.get("code");
      codes.put(code, new CameoCode(code, r.get("name"), Double.parseDouble(r.get("goldstein")),
          Integer.parseInt(r.get("quad")), r.optional("plover"), r.optional("mode")));
    });
    return new Codebook(codes);
  }
}
