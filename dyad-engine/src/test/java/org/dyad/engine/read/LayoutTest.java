package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LayoutTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void pipedDateLineWithWeekdayGivesTheDateAndTheTitleFollows() {
    Layout l = Layout.of("| 11 December 2023, Monday |\n\nJapan, South Korea seek to deepen ties\n\nBody text.\n\n"
        + "  • Reuters", TODAY);
    assertThat(l).isEqualTo(new Layout("Japan, South Korea seek to deepen ties", LocalDate.of(2023, 12, 11),
        false, "Reuters"));
  }

  @Test
  void wireDatelineWithoutYearTakesTheLatestPastYearAndSaysItGuessed() {
    Layout l = Layout.of("SEOUL, March 17 (Reuters) - South Korea said on Friday it would ...", TODAY);
    assertThat(l).isEqualTo(new Layout(null, LocalDate.of(2026, 3, 17), true, "Reuters"));
  }

  @Test
  void datelineInTheFutureOfTheHintFallsBackOneYear() {
    Layout l = Layout.of("Dec 11 (Reuters) - Japan's prime minister ...", LocalDate.of(2026, 1, 5));
    assertThat(l.date()).isEqualTo(LocalDate.of(2025, 12, 11));
    assertThat(l.credit()).isEqualTo("Reuters");
  }

  @Test
  void reuterSignatureOnTheLastLineIsTheCredit() {
    Layout l = Layout.of("Showers continued throughout the week.\n Reuter\n", TODAY);
    assertThat(l.credit()).isEqualTo("Reuters");
  }

  @Test
  void usDateLineWithCommaYearIsRead() {
    Layout l = Layout.of("December 11, 2023\n\nKishida visits Seoul\n\nTOKYO (AP) — Text.", TODAY);
    assertThat(l).isEqualTo(new Layout("Kishida visits Seoul", LocalDate.of(2023, 12, 11), false, "AP"));
  }

  @Test
  void aBodyWithoutLayoutHasNone() {
    assertThat(Layout.of("The flu season is winding down, and it has killed 105 children.", TODAY))
        .isEqualTo(new Layout(null, null, false, null));
  }
}
