package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.extract;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.junit.jupiter.api.Test;

/** Events dated by a time expression that counts from another time of the text ("the next day"). */
class AnchoredEventDatesTest {
  /** {@code code source->target date (dateSource)} for each event. */
  private static List<String> dated(Extraction x) {
    return x.events().stream().map(AnchoredEventDatesTest::render).toList();
  }

  private static String render(Event e) {
    return e.code() + " " + e.source().country() + "->" + (e.target() == null ? "-" : e.target().country()) + " "
        + e.date() + " (" + e.dateSource().name().toLowerCase() + ")";
  }

  @Test
  void anEventOnTheNextDayIsTheDayAfterTheDateBefore() {
    Extraction x = extract("Talks with Italy collapsed on March 5. The next day, France recalled its ambassador to Italy.");
    assertThat(dated(x)).containsExactly("161 FRA->ITA 2023-03-06 (text)");
    assertThat(x.timexes()).anyMatch(t -> t.value().equals("2023-03-06") && t.anchor() != null
        && t.anchor().text().equals("March 5"));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void anEventTwoDaysLaterCountsFromThePreviousEventsDay() {
    assertThat(dated(extract("Russian forces attacked Ukraine on Tuesday. Two days later, Poland condemned Russia.")))
        .containsExactly("190 RUS->UKR 2023-12-05 (text)", "111 POL->RUS 2023-12-07 (text)");
  }

  @Test
  void anEventOnTheNextDayOfAnUndatedOneKeepsAnUnknownDateNotTheArticles() {
    assertThat(dated(extract("France criticized Italy. The next day, France recalled its ambassador to Italy.")))
        .containsExactly("111 FRA->ITA 2023-12-11 (document)", "161 FRA->ITA XXXX-XX-XX (text)");
  }
}
