package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToneTest {
  /** The mean strength of a word of the lexicon (its absolute VADER valence), which weighs 1. */
  private static final double MEAN = 1.53952;

  @Test
  void theToneIsTheWeightedShareOfPositiveWordsMinusThatOfNegativeOnesTimesAHundred() {
    // 10 words: 'welcomed' (1.4) and 'agreement' (2.2) positive, none negative.
    assertThat(Tone.standard().of("Seoul welcomed the agreement signed in Tokyo on Friday morning."))
        .isCloseTo(100 * (1.4 + 2.2) / MEAN / 10, within(1e-3));
    // 8 words: 'killed' (-3.5), 'brutal' (-3.1) and 'attack' (-2.1) negative.
    assertThat(Tone.standard().of("Troops killed two people in a brutal attack."))
        .isCloseTo(-100 * (3.5 + 3.1 + 2.1) / MEAN / 8, within(1e-3));
  }

  @Test
  void asManyPositiveAsNegativeWordsGiveTheToneOfTheStrongerNotZero() {
    // 'hope' (1.9) against 'crisis' (-3.1): one word each.
    assertThat(Tone.standard().of("Leaders voiced hope as the crisis deepened.")).isNegative();
    // 'good' (1.9) against 'bad' (-2.5).
    assertThat(Tone.standard().of("The good news came after bad weeks.")).isNegative();
  }

  @Test
  void aTextWithoutSentimentWordsHasAToneOfZeroAndOneWithoutWordsHasNone() {
    assertThat(Tone.standard().of("The ministers met in Geneva on Tuesday.")).isEqualTo(0.0);
    assertThat(Tone.standard().of("12,500 -- 3.4 %")).isNull();
  }
}
