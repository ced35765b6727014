package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.junit.jupiter.api.Test;

/** Which event a sentence carries: senses that are no event, vows (dated 2023-12-11). */
class EventKindTest {
  @Test
  void agreeingToShareInformationIsNoFinance() {
    assertThat(events("Turkey agreed to share information with Greece."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("0314 ").contains("TUR->GRC").endsWith("act=064"));
  }

  @Test
  void voicingFrustrationWithAPolicyIsDisapproval() {
    assertThat(events("The Indian foreign minister voiced frustration with Pakistan's policy on Kashmir."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("110 ").contains("INDGOV->PAK"));
  }

  @Test
  void dispatchingInspectorsIsInvestigating() {
    assertThat(events("The IAEA dispatched inspectors to Iran on Monday."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("090 ").contains("->IRN"));
  }

  @Test
  void swearingToAttackIsAThreatOfForce() {
    assertThat(events("The Syrian army swore to attack Israeli positions in the Golan."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("138 ").contains("SYRMIL->ISR").endsWith("act=190"));
  }
}
