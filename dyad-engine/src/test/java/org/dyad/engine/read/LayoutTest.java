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

  @Test
  void theLastShortLineOfAHardWrappedBodyIsNoCredit() {
    assertThat(Layout.of("Officials met on Friday to discuss the tariffs imposed\non Japan.\n", TODAY).credit())
        .isNull();
    assertThat(Layout.of("The talks will resume next week, a spokesman for the\nminister Cardenas said.\n", TODAY)
        .credit()).isNull();
    assertThat(Layout.of("Prices rose 2.1 pct in the year to March, the central\nbank\n", TODAY).credit()).isNull();
  }

  @Test
  void aCreditLineGivesTheOutletUnderTheNameItIsKnownBy() {
    assertThat(Layout.of("Showers continued throughout the week.\n• AP\n", TODAY).credit()).isEqualTo("AP");
    assertThat(Layout.of("Showers continued throughout the week.\n© Kyodo News\n", TODAY).credit()).isEqualTo("Kyodo");
    assertThat(Layout.of("Net profit 1.2 mln vs 0.9 mln.        REUTER\n", TODAY).credit()).isEqualTo("Reuters");
    assertThat(Layout.of("Talks resume in Geneva\n\nBy Jane Smith, Associated Press Writer\n\nGENEVA - The talks"
        + " resumed.", TODAY)).isEqualTo(new Layout("Talks resume in Geneva", null, false, "AP"));
    assertThat(Layout.of("By Jane Smith of Agence France-Presse\n\nThe talks resumed.", TODAY).credit())
        .isEqualTo("AFP");
  }

  @Test
  void aBylineWithoutAnOutletIsNoCreditAndStaysInTheBody() {
    Layout l = Layout.of("Talks resume in Geneva\n\nBy Jane Smith, Staff\n\nThe talks resumed.", TODAY);
    assertThat(l).isEqualTo(new Layout("Talks resume in Geneva", null, false, null));
  }
}
