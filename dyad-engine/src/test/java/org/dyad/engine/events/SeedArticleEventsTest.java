package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.engine.Extractions;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import java.time.LocalDate;
import java.util.ArrayList;
import org.dyad.model.Document;
import org.dyad.engine.SharedParser;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example article's events, as issue 3 says they must come out. */
class SeedArticleEventsTest {
  private static Extraction x;
  private static Extraction oneSided;

  @BeforeAll
  static void extract() {
    List<Document> docs = new ArrayList<>();
    new DocumentReader(null, LocalDate.of(2026, 1, 1)).read("../examples/seed-article.txt", System.in,
        r -> docs.add(((Read.Ok) r).document()));
    x = Extractions.withoutProblems(SharedParser.engine().extract(docs.get(0)));
    oneSided = Extractions.withoutProblems(SharedParser.engine().withOneSidedEvents().extract(docs.get(0)));
  }

  private static List<String> events() {
    return x.events().stream().map(EventRendering::render).toList();
  }

  @Test
  void kishidasVisitAndYoonsHostingAreOneEachOnSundayInSeoul() {
    // The hosting is told three times: "welcomed", "their meeting", "the summit between the two U.S. allies".
    assertThat(events()).containsOnlyOnce(
        "043 Host a visit KORGOV->JPNGOV 2023-12-10 place=Seoul [asserted] x3",
        "042 Make a visit JPNGOV->KOR 2023-12-10 place=Seoul [asserted] x2");
    assertThat(events().stream().filter(e -> e.startsWith("042 Make a visit JPNGOV"))).hasSize(1);
  }

  @Test
  void yoonsMarchTripToTokyoIsDatedMarch() {
    assertThat(events()).contains("042 Make a visit KORGOV->JPN 2023-03 place=Tokyo [asserted]");
  }

  @Test
  void theVowToCooperateIsIntentBothWaysAndTheUsPraisesIt() {
    assertThat(events()).contains(
        "030 Express intent to cooperate, not specified below JPNGOV->KORGOV 2023-12-11 [asserted] x2",
        "030 Express intent to cooperate, not specified below KORGOV->JPNGOV 2023-12-11 [asserted] x2",
        "051 Praise or endorse USA->KORGOV 2023-12-11 [asserted]",
        "051 Praise or endorse USA->JPNGOV 2023-12-11 [asserted]");
  }

  @Test
  void hopeToDiscussAndTheInvitationAreIntentToMeet() {
    assertThat(x.events().stream().filter(e -> e.code().equals("036")).map(e -> e.rule().split(" ")[1]))
        .containsExactly("hope", "invite");
    assertThat(events()).contains("036 Express intent to meet or negotiate JPNGOV->KORGOV 2023-12-11 [asserted]");
  }

  @Test
  void kyodosReportThatKishidaWillUrgeTalksWithChinaIsReportedAndPlanned() {
    assertThat(events()).contains("026 Appeal to others to meet or negotiate JPNGOV->CHN 2023 [reported, planned]");
  }

  @Test
  void theOfficialsOpportunitiesToCooperateAreIntentWithNoTargetKeptOnlyWhenOneSidedEventsAreAskedFor() {
    String intent = "030 Express intent to cooperate, not specified below JPNGOV->- 2023-12-11 [asserted]";
    assertThat(events()).doesNotContain(intent).allMatch(e -> !e.contains("->- "));
    assertThat(oneSided.events().stream().map(EventRendering::render)).contains(intent);
  }

  @Test
  void northKoreanThreatsAreNoEvent() {
    assertThat(x.events()).noneMatch(e -> "PRK".equals(e.source().country()));
  }

  @Test
  void everyEventHasItsEvidenceRuleAndOffsets() {
    for (Event e : x.events()) {
      assertThat(x.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
      e.mentions().forEach(m -> assertThat(x.text().substring(m.start(), m.end())).isEqualTo(m.text()));
      assertThat(e.rule()).startsWith("patterns.tsv:");
    }
  }
}
