package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an event means for counting: whether it happened, the day it counts on, whether it is in the lead. */
class EventTest {
  private static final String TEXT = "Japan condemned the United States.";

  /** An event of {@code TEXT} ("condemned") dated {@code date}, with {@code modality}. */
  private static Event event(String date, Modality... modality) {
    return event(TEXT, TEXT.indexOf("condemned"), date, modality);
  }

  private static Event event(String text, int at, String date, Modality... modality) {
    Mention evidence = Mention.of(text, at, at + 1);
    return new Event("V1", "111", "11", "Criticize or denounce", "ACCUSE", null, -2, 3,
        new EventActor("E1", "JPN", "JPN"), new EventActor("E2", "USA", "USA"), date, EventDateSource.TEXT, null,
        List.of(modality), false, List.of(evidence), evidence, "test rule", null);
  }

  @Test
  void anEventIsCountedOnItsOwnDayOrOnTheDocumentDayInsideItsMonthOrYear() {
    LocalDate doc = LocalDate.of(1987, 4, 17);
    assertThat(event("1987-04-10").day(doc)).isEqualTo("1987-04-10");
    assertThat(event("1987-04").day(doc)).isEqualTo("1987-04-17");
    assertThat(event("1987-03").day(doc)).isEqualTo("1987-03-01");
    assertThat(event("1986").day(doc)).isEqualTo("1986-01-01");
    assertThat(event("1987").day(doc)).isEqualTo("1987-04-17");
    assertThat(event("PAST_REF").day(doc)).isEqualTo("1987-04-17");
    assertThat(event("XXXX-XX-XX").day(doc)).isEqualTo("1987-04-17");
    assertThat(event("1987-02-30").day(doc)).isEqualTo("1987-04-17");
  }

  @Test
  void anEventOfLastWeekIsCountedOnThatWeeksMondayAndOfThisWeekOnTheDocumentDay() {
    LocalDate doc = LocalDate.of(1987, 3, 30);
    assertThat(event("1987-W13").day(doc)).isEqualTo("1987-03-23");
    assertThat(event("1987-W14").day(doc)).isEqualTo("1987-03-30");
    assertThat(event("1987-W15").day(doc)).isEqualTo("1987-04-06");
    assertThat(event("1987-W13-WE").day(doc)).isEqualTo("1987-03-23");
  }

  @Test
  void onlyAnEventNeitherNegatedHypotheticalNorPlannedHappened() {
    assertThat(event("1987", Modality.ASSERTED).happened()).isTrue();
    assertThat(event("1987", Modality.REPORTED).happened()).isTrue();
    assertThat(event("1987", Modality.REPORTED, Modality.PLANNED).happened()).isFalse();
    assertThat(event("1987", Modality.NEGATED).happened()).isFalse();
    assertThat(event("1987", Modality.HYPOTHETICAL).happened()).isFalse();
  }

  @Test
  void theLeadIsTheFirstParagraphOfRealLengthAfterTitleAndDateline() {
    String text = "Title\n\nTOKYO, April 17 -\n\n" + "x".repeat(100) + "\n    Second paragraph.";
    assertThat(event(text, text.indexOf("xxx"), "1987").inLead(text)).isTrue();
    assertThat(event(text, text.indexOf("Second"), "1987").inLead(text)).isFalse();
    assertThat(event(TEXT, 0, "1987").inLead(TEXT)).as("a text of one paragraph is all lead").isTrue();
  }
}
