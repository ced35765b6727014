package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/** Which event a sentence carries: senses that are no event (dated 2023-12-11). */
class EventKindTest {
  @Test
  void agreeingToShareInformationIsNoFinance() {
    assertThat(events("Turkey agreed to share information with Greece."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("0314 ").contains("TUR->GRC").endsWith("act=064"));
  }
}
