package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToneTest {
  @Test
  void theToneIsTheShareOfPositiveWordsMinusTheShareOfNegativeOnesTimesAHundred() {
    // 10 words: 'welcomed' and 'agreement' positive, none negative.
    assertThat(Tone.standard().of("Seoul welcomed the agreement signed in Tokyo on Friday morning."))
        .isCloseTo(20.0, within(1e-9));
    // 8 words: 'killed', 'brutal' and 'attack' negative.
    assertThat(Tone.standard().of("Troops killed two people in a brutal attack."))
        .isCloseTo(-37.5, within(1e-9));
  }

  @Test
  void aTextWithoutSentimentWordsHasAToneOfZeroAndOneWithoutWordsHasNone() {
    assertThat(Tone.standard().of("The ministers met in Geneva on Tuesday.")).isEqualTo(0.0);
    assertThat(Tone.standard().of("12,500 -- 3.4 %")).isNull();
  }
}
