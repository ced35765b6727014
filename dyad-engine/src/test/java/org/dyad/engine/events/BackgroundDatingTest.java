package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;

import org.dyad.model.Event;
import org.dyad.model.EventDateSource;
import org.dyad.model.Extraction;
import org.dyad.model.Timex;
import org.junit.jupiter.api.Test;

/**
 * Background told beside today's news keeps its own date, and only the event it names takes it; an event told
 * "the next day" takes the day after the one before (articles dated Monday 2023-12-11).
 */
class BackgroundDatingTest {
  @Test
  void todaysBlameIsNewsAndTheInvasionItNamesIsBackground() {
    assertThat(events("Iraq still blames the United States for the 2003 American invasion of Iraq.")).containsExactly(
        "112 Accuse, not specified below IRQ->USA 2023-12-11 [asserted]",
        "190 Use conventional military force, not specified below USA->IRQ 2003 [asserted] historical");
  }

  @Test
  void lastYearsVisitKeepsItsYearButDoesNotDateTheCriticism() {
    assertThat(events("Japan criticised China over last year's visit by Putin to Beijing.")).containsExactly(
        "111 Criticize or denounce JPN->CHN 2023-12-11 [asserted]",
        "042 Make a visit RUSGOV->CHN 2022 place=Beijing [asserted]");
  }

  @Test
  void aDateInsideTheObjectDatesTheObjectNotTheAct() {
    assertThat(events("Japan criticised the 2019 agreement with China."))
        .containsExactly("111 Criticize or denounce JPN->CHN 2023-12-11 [asserted]");
  }

  @Test
  void talksTheFirstSinceAnOldSummitAreNotTheOldSummit() {
    assertThat(events("China and Japan held talks, the first since the 2019 summit in Osaka."))
        .containsExactly("040 Consult, not specified below CHN->JPN 2023-12-11 [asserted]");
  }

  @Test
  void aMeetingAtAnOldSummitIsBackground() {
    assertThat(events("Japan and China met at the 2019 summit in Osaka."))
        .containsExactly("040 Consult, not specified below JPN->CHN 2019 [asserted] historical");
  }

  @Test
  void anActTheNextDayTakesTheDayAfterTheDatedOneFromTheText() {
    Extraction x = EventRendering.extract(
        "Mali expelled a French diplomat on Thursday. The next day, France recalled its ambassador to Mali.");
    Event recall = x.events().stream().filter(e -> "FRA".equals(e.source().country())).findFirst().orElseThrow();
    assertThat(recall.date()).isEqualTo("2023-12-08");
    assertThat(recall.dateSource()).isEqualTo(EventDateSource.TEXT);
    Timex next = x.timexes().stream().filter(t -> t.text().equals("The next day")).findFirst().orElseThrow();
    assertThat(next.anchor()).isNotNull();
    assertThat(next.anchor().text()).isEqualTo("Thursday");
  }
}
