package org.dyad.engine.read;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dyad.engine.resources.Tsv;
import org.jspecify.annotations.Nullable;

/**
 * The news agencies and broadcasters of the world ({@code outlets.tsv}), by the names they are credited under:
 * what tells a credit line from the last short line of a wrapped body, and gives one name to one outlet however
 * it is credited ('REUTER', 'Reuters', 'Thomson Reuters'), so that counts of sources count outlets.
 */
public final class Outlets {
  private static final Outlets STANDARD = new Outlets();

  private final Map<String, String> byKey = new HashMap<>();

  private Outlets() {
    Tsv.of("name", "aliases", "country", "kind", "site").read(Outlets.class, "outlets.tsv", row -> {
      String name = row.get("name");
      byKey.put(key(name), name);
      for (String alias : row.list("aliases")) {
        byKey.put(key(alias), name);
      }
    });
  }

  /** The outlets dyad ships. */
  public static Outlets standard() {
    return STANDARD;
  }

  /**
   * The name of the outlet credited as {@code raw} (case, dots, accents, a leading 'the' and trailing
   * punctuation aside), or null when {@code raw} names no outlet known.
   */
  public @Nullable String name(String raw) {
    return byKey.get(key(raw));
  }

  /** The name of a credit given as {@code raw}: the outlet's, when it is a known one, else as written. */
  public String credit(String raw) {
    String known = name(raw);
    return known != null ? known : raw.strip();
  }

  private static String key(String s) {
    String k = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replace(".", "").replaceAll("[\\s,;:!…*]+$", "").replaceAll("\\s+", " ").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
