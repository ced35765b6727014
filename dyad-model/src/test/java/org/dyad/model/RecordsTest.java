package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records' validating constructors: a fact that cannot point at its text is never built. */
class RecordsTest {
  private static final String TEXT = "Kishida visited Seoul on Sunday.";

  @Test
  void aSpanThatStartsBeforeTheTextOrEndsBeforeItStartsIsRejectedWithBothOffsets() {
    assertThatThrownBy(() -> new Span(-1, 3)).hasMessageContaining("[-1, 3)");
    assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("[5, 4)");
    assertThat(new Span(4, 4).length()).isZero();
  }

  @Test
  void spansAreHalfOpenSoNeighboursDoNotOverlap() {
    assertThat(new Span(0, 7).overlaps(new Span(7, 15))).isFalse();
    assertThat(new Span(0, 8).overlaps(new Span(7, 15))).isTrue();
    assertThat(new Span(0, 15).contains(new Span(8, 15))).isTrue();
    assertThat(new Span(0, 15).contains(new Span(8, 16))).isFalse();
  }

  @Test
  void aMentionWhoseTextDoesNotFitItsSpanIsRejected() {
    assertThat(Mention.of(TEXT, 16, 21)).isEqualTo(new Mention(16, 21, "Seoul"));
    assertThatThrownBy(() -> new Mention(16, 21, "Seou")).hasMessageContaining("\"Seou\"").hasMessageContaining(
        "[16, 21)");
    assertThatThrownBy(() -> new Mention(21, 16, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQuoteOrTimexWhoseTextDoesNotFitItsSpanIsRejected() {
    assertThatThrownBy(() -> new Quote(0, 7, "Kishida visited", true, "say", null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Timex(25, 31, "Sunday.", TimexType.DATE, "2023-12-10", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Timex(25, 31, "Sunday", TimexType.DATE, "2023-12-10", null).text()).isEqualTo("Sunday");
  }

  @Test
  void aProblemNeedsItsStageAndASpanInsideTheText() {
    assertThat(new Problem("events", "events failed: boom", 0, 32)).extracting(Problem::stage).isEqualTo("events");
    assertThatThrownBy(() -> new Problem("events", "boom", 10, 2)).hasMessageContaining("[10, 2)");
    assertThatThrownBy(() -> new Problem(null, "boom", 0, 0)).hasMessageContaining("stage");
  }

  @Test
  void anExtractionKeepsCopiesOfItsListsAndTheOrderOfItsMetadata() {
    List<Problem> problems = new ArrayList<>(List.of(new Problem("read", "no date found", 0, 0)));
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("url", "https://example.org/a");
    metadata.put("byline", "Jane Doe");
    metadata.put("feed", "world");
    Extraction x = new Extraction("a", null, LocalDate.of(2023, 12, 11), DateSource.METADATA, null, TEXT,
        List.of(), List.of(), List.of(), List.of(), problems, metadata);
    problems.clear();
    metadata.put("late", "x");
    assertThat(x.problems()).hasSize(1);
    assertThat(x.metadata().keySet()).containsExactly("url", "byline", "feed");
    assertThatThrownBy(() -> x.problems().add(new Problem("read", "m", 0, 0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void metadataWithANullValueIsRejectedNamingTheField() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("url", null);
    assertThatThrownBy(() -> new Document("a", null, TEXT, LocalDate.of(2023, 12, 11), DateSource.METADATA, null,
        "a.txt", metadata)).hasMessageContaining("url");
  }

  @Test
  void problemsAddedToAnExtractionComeAfterItsOwn() {
    Extraction x = new Extraction("a", null, LocalDate.of(2023, 12, 11), DateSource.METADATA, null, TEXT,
        List.of(), List.of(), List.of(), List.of(), List.of(new Problem("events", "events failed", 0, 32)),
        Map.of());
    assertThat(x.withProblems(List.of(new Problem("read", "no date found", 0, 0))).problems())
        .extracting(Problem::stage).containsExactly("events", "read");
    assertThat(x.withProblems(List.of())).isSameAs(x);
  }

  @Test
  void anEventMovedToAnotherPlaceKeepsEverythingElse() {
    Event e = new Event("V1", "042", "04", "Make a visit", "CONSULT", "visit", 1.9, 1,
        new EventActor("E1", "JPNGOV", "JPN"), new EventActor(null, "KOR", "KOR"), "2023-12-10",
        EventDateSource.TEXT, null, List.of(Modality.ASSERTED), false, List.of(Mention.of(TEXT, 8, 15)),
        Mention.of(TEXT, 0, 31), "patterns.tsv:57 visit nsubj->obj", null);
    Place seoul = new Place("Seoul", "KOR", 37.566, 126.978, PlaceKind.CITY, "11", 1835848L);
    Event moved = e.withPlace(seoul);
    assertThat(moved.place()).isEqualTo(seoul);
    assertThat(moved.withPlace(null)).isEqualTo(e);
  }

  @Test
  void anUnknownEntityIdIsAnErrorNamingTheDocument() {
    Extraction x = new Extraction("doc-7", null, LocalDate.of(2023, 12, 11), DateSource.METADATA, null, TEXT,
        List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    assertThatThrownBy(() -> x.requireEntity("E9")).hasMessageContaining("E9").hasMessageContaining("doc-7");
  }
}
