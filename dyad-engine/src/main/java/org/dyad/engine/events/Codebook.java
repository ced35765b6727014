package org.dyad.engine.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    try (InputStream in = Codebook.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 6) {
          throw new IllegalStateException(resource + ":" + n + ": expected 6 columns, got " + f.length);
        }
        codes.put(f[0], new CameoCode(f[0], f[5], Double.parseDouble(f[1]), Integer.parseInt(f[2]),
            dashIsNull(f[3]), dashIsNull(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Codebook(codes);
  }

  private static @Nullable String dashIsNull(String s) {
    return s.equals("-") ? null : s;
  }
}
