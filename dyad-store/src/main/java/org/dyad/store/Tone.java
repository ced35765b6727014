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
 * to +100, news mostly between -10 and +10). A word's polarity and strength are its valence in the VADER
 * sentiment lexicon ({@code tone.tsv}, MIT), divided by the lexicon's mean absolute valence, so that a word of
 * average strength counts as one word, as in GDELT's count, and as many positive as negative words do not cancel
 * to a neutral 0 unless their strengths do. An article without words has no tone.
 */
public final class Tone {
  private static final Tone STANDARD = new Tone();
  /** A word: letters, with inner apostrophes or hyphens ("don't", "ill-advised"). */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*");

  private final Map<String, Double> weight = new HashMap<>();

  private Tone() {
    Tsv.of("word", "valence").read(Tone.class, "tone.tsv", row -> {
      double v = Double.parseDouble(row.get("valence"));
      if (v != 0) {
        weight.put(row.get("word"), v);
      }
    });
    double mean = weight.values().stream().mapToDouble(Math::abs).average().orElse(1);
    weight.replaceAll((w, v) -> v / mean);
  }

  /** The tone of the standard lexicon. */
  public static Tone standard() {
    return STANDARD;
  }

  /** The tone of {@code text}, or null when it has no word. */
  public @Nullable Double of(String text) {
    int words = 0;
    double tone = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      Double w = weight.get(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
      if (w != null) {
        tone += w;
      }
    }
    return words == 0 ? null : 100.0 * tone / words;
  }
}
