package org.dyad.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.engine.resources.Tsv;
import org.jspecify.annotations.Nullable;

/**
 * The tone of an article as GDELT measures it: the share of its words that are positive minus the share that are
 * negative, times 100 (GDELT's Tone: PositiveScore minus NegativeScore, each a percentage of all words; from -100
 * to +100, news mostly between -10 and +10). A word's polarity is the sign of its valence in the VADER sentiment
 * lexicon ({@code tone.tsv}, MIT). An article without words has no tone.
 */
public final class Tone {
  private static final Tone STANDARD = new Tone();
  /** A word: letters, with inner apostrophes or hyphens ("don't", "ill-advised"). */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*");

  private final Map<String, Integer> polarity = new HashMap<>();

  private Tone() {
    Tsv.of("word", "valence").read(Tone.class, "tone.tsv", row -> {
      double v = Double.parseDouble(row.get("valence"));
      if (v != 0) {
        polarity.put(row.get("word"), v > 0 ? 1 : -1);
      }
    });
  }

  /** The tone of the standard lexicon. */
  public static Tone standard() {
    return STANDARD;
  }

  /** The tone of {@code text}, or null when it has no word. */
  public @Nullable Double of(String text) {
    int words = 0;
    int positive = 0;
    int negative = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      Integer p = polarity.get(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
      if (p != null) {
        if (p > 0) {
          positive++;
        } else {
          negative++;
        }
      }
    }
    return words == 0 ? null : 100.0 * (positive - negative) / words;
  }
}
