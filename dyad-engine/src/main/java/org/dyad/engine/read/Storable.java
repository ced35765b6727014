package org.dyad.engine.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Strings cleaned of the characters a store cannot hold, one character for one, so that every offset into a
 * document's text stays where it was: a NUL (U+0000, which PostgreSQL refuses in text and {@code jsonb}, raw or
 * as the JSON escape of U+0000) becomes a space, and a lone surrogate (half of a pair, which no UTF-8 encoder
 * can write) becomes U+FFFD. One instance counts what it replaced, for the document's warning.
 */
final class Storable {
  private int nuls;
  private int surrogates;

  /** {@code s} with NULs as spaces and lone surrogates as U+FFFD: the same length, offsets unchanged. */
  String clean(String s) {
    char[] out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char replacement;
      if (c == '\u0000') {
        replacement = ' ';
        nuls++;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      } else if (Character.isSurrogate(c)) {
        replacement = '\uFFFD';
        surrogates++;
      } else {
        continue;
      }
      if (out == null) {
        out = s.toCharArray();
      }
      out[i] = replacement;
    }
    return out == null ? s : new String(out);
  }

  @Nullable String cleanOrNull(@Nullable String s) {
    return s == null ? null : clean(s);
  }

  /** The metadata with its keys and every string in it (in lists and maps too) cleaned. */
  Map<String, Object> clean(Map<String, Object> metadata) {
    Map<String, Object> out = new LinkedHashMap<>();
    metadata.forEach((k, v) -> out.put(clean(k), cleanValue(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private @Nullable Object cleanValue(@Nullable Object v) {
    if (v instanceof String s) {
      return clean(s);
    }
    if (v instanceof Map<?, ?> m) {
      return clean((Map<String, Object>) m);
    }
    if (v instanceof List<?> l) {
      List<@Nullable Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(cleanValue(o));
      }
      return out;
    }
    return v;
  }

  /** What was replaced, as a warning of the document, or null when nothing was. */
  @Nullable String warning() {
    if (nuls == 0 && surrogates == 0) {
      return null;
    }
    List<String> what = new ArrayList<>();
    if (nuls > 0) {
      what.add(nuls + (nuls == 1 ? " NUL character" : " NUL characters") + " replaced by spaces");
    }
    if (surrogates > 0) {
      what.add(surrogates + (surrogates == 1 ? " lone surrogate" : " lone surrogates") + " replaced by U+FFFD");
    }
    return String.join(", ", what) + " (a store cannot hold them)";
  }
}
