package org.dyad.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Entity;
import org.dyad.model.Extraction;
import org.dyad.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example article: every fact an analyst needs from it, one by one. */
class SeedArticleTest {
  private static Extraction x;

  @BeforeAll
  static void extract() {
    x = Extractions.withoutProblems(SharedParser.engine()
        .extract(GoldenFilesTest.input(GoldenFilesTest.GOLDEN.resolve("reuters-japan-korea-summit"))));
  }

  private static String entity(Entity e) {
    return e.name() + " " + e.type() + " " + e.country() + " " + e.actor() + " " + e.role();
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? "null" : q.speaker().name() + " " + q.speaker().country();
  }

  @Test
  void isAnchoredOnItsDateLineAndCreditsReuters() {
    assertThat(x.date()).hasToString("2023-12-11");
    assertThat(x.dateSource()).hasToString("DATELINE");
    assertThat(x.credit()).isEqualTo("Reuters");
    assertThat(x.title()).isEqualTo("Japan, South Korea seek to deepen cooperation, overcome old disputes");
  }

  @Test
  void everyPersonCountryCityAndOrganisationHasItsCountryAndActorCode() {
    assertThat(x.entities().stream().map(SeedArticleTest::entity)).contains(
        "Yoon Suk Yeol PERSON KOR KORGOV President",
        "Fumio Kishida PERSON JPN JPNGOV Prime Minister",
        "Shin-wha Lee PERSON KOR KOREDU professor",
        "Japanese foreign ministry official PERSON JPN JPNGOV foreign ministry official",
        "Japan COUNTRY JPN JPN null",
        "South Korea COUNTRY KOR KOR null",
        "United States COUNTRY USA USA null",
        "North Korea COUNTRY PRK PRK null",
        "China COUNTRY CHN CHN null",
        "Seoul LOCATION KOR KOR null",
        "Tokyo LOCATION JPN JPN null",
        "Group of Seven ORGANIZATION null IGOGOS null",
        "Kyodo News ORGANIZATION JPN JPNMED null",
        "Korea University ORGANIZATION KOR KOREDU null");
  }

  @Test
  void nameSurnameAndPronounsAreOneEntity() {
    Entity yoon = x.entities().stream().filter(e -> e.name().equals("Yoon Suk Yeol")).findFirst().orElseThrow();
    assertThat(yoon.mentions().stream().map(m -> m.text()).distinct())
        .containsExactly("South Korean President Yoon Suk Yeol", "he", "Yoon", "He");
    Entity kishida = x.entities().stream().filter(e -> e.name().equals("Fumio Kishida")).findFirst().orElseThrow();
    assertThat(kishida.mentions().stream().map(m -> m.text()).distinct())
        .containsExactly("Japanese Prime Minister Fumio Kishida", "Kishida", "he", "He");
  }

  @Test
  void allSevenDateExpressionsAreNormalisedAgainstTheArticleDate() {
    assertThat(x.timexes().stream().map(t -> t.text() + "=" + t.value())).contains(
        "Sunday=2023-12-10", "March=2023-03", "later this month=2023-12", "Friday=2023-12-08",
        "as early as this year=2023", "12 years=P12Y", "decades=PXY");
  }

  @Test
  void threeDirectQuotesHaveTheirSpeakers() {
    List<String> direct = x.quotes().stream().filter(Quote::direct)
        .map(q -> q.text().substring(0, 12) + " | " + speaker(q)).toList();
    assertThat(direct).containsExactly(
        "“Cooperation | Yoon Suk Yeol KOR",
        "“We have a l | Japanese foreign ministry official JPN",
        "“Their milit | Shin-wha Lee KOR");
  }

  @Test
  void reportedSpeechOfYoonKishidaLeeAndKyodoWithKyodosCitedSources() {
    List<String> reported = x.quotes().stream().filter(q -> !q.direct())
        .map(q -> speaker(q) + " " + q.cue() + (q.via() == null ? "" : " via " + q.via().name())).toList();
    assertThat(reported).containsExactly(
        "Yoon Suk Yeol KOR say",
        "Yoon Suk Yeol KOR say",
        "Fumio Kishida JPN say",
        "Kyodo News JPN report via multiple unnamed diplomatic sources",
        "Shin-wha Lee KOR say");
  }
}
