package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QueriesTest {
  @TempDir Path dir;

  static java.util.stream.Stream<Dialect> dialects() {
    return Db.dialects();
  }

  /** Cooperation between Japan and the United States in March 1987, a tariff dispute in April. */
  static List<Extraction> tariffDispute() {
    List<Extraction> docs = new ArrayList<>();
    int n = 0;
    for (int day : new int[] {3, 10, 24}) {
      docs.add(one("m" + ++n, LocalDate.of(1987, 3, day), "JPN", "USA", "036", 4.0, 1));
      docs.add(one("m" + ++n, LocalDate.of(1987, 3, day), "USA", "JPN", "057", 8.0, 2));
    }
    for (int day : new int[] {1, 17, 18}) {
      docs.add(one("a" + ++n, LocalDate.of(1987, 4, day), "USA", "JPN", "163", -8.0, 4));
      docs.add(one("a" + ++n, LocalDate.of(1987, 4, day), "JPN", "USA", "111", -2.0, 3));
    }
    docs.add(one("korea", LocalDate.of(1987, 4, 17), "USA", "KOR", "111", -2.0, 3));
    Extraction denied = one("denied", LocalDate.of(1987, 4, 17), "JPN", "USA", "190", -10.0, 4);
    docs.add(Articles.withEvents(denied, List.of(Articles.withModality(denied.events().get(0), Modality.NEGATED))));
    return docs;
  }

  private static Extraction one(String id, LocalDate date, String source, String target, String code, double g,
      int quad) {
    Extraction x = Articles.dispute(id, date, "Reuters", code, g, quad);
    Event e = Articles.event(x.text(), "V1", code, g, quad, source, target, date.toString(), "condemned");
    return Articles.withEvents(x, List.of(e));
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void theTimelineOfTwoCountriesCountsBothDirectionsAndShowsTheDisputeAsADropInMeanGoldstein(Dialect dialect)
      throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(tariffDispute());
      store.collapseStories(Stories.DEFAULT_WINDOW_DAYS);
      Table t = new Queries(store).timeline("usa", "jpn", Queries.Period.month);
      assertThat(t.columns()).containsExactly("period", "events", "verbal_coop", "material_coop", "verbal_conflict",
          "material_conflict", "stories", "mean_goldstein", "sum_goldstein");
      assertThat(render(t)).isEqualTo("1987-03-01 6 3 3 0 0 6 6.0 36.0 | 1987-04-01 6 0 0 3 3 4 -5.0 -30.0");
      assertThat(render(new Queries(store).timeline("JPN", "USA", Queries.Period.week)).split(" \\| "))
          .as("three weeks of March, two of April").hasSize(5);
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void eventsOfAnActorAreFoundByCodeOrByName(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(tariffDispute());
      Queries q = new Queries(store);
      assertThat(q.events("KOR", 10).rows()).hasSize(1);
      assertThat(q.events("united states", 100).rows()).hasSize(14);
      assertThat(q.events("JPN", 2).rows()).hasSize(2);
      assertThat(render(q.topActors(2))).isEqualTo("USA 13 0.3076923076923077 14 | JPN 12 0.5 14");
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void quotesAreFoundByAPartOfTheSpeakersNameAndArticlesByTheirWords(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(tariffDispute());
      Queries q = new Queries(store);
      assertThat(q.quotes("OFFICIAL", 100).rows()).hasSize(14);
      assertThat(q.quotes("100%", 100).rows()).isEmpty();
      Table found = q.search("report korea", 10);
      assertThat(found.rows()).hasSize(1);
      assertThat(found.rows().get(0).get(0)).isEqualTo("korea");
      assertThat(q.search("tariffs", 100).rows()).hasSize(14);
      assertThat(q.search("50%_off", 100).rows()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aStoredDocumentReadsBackAsTheExtractionThatWasPut(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      List<Extraction> docs = tariffDispute();
      store.put(docs);
      Queries q = new Queries(store);
      assertThat(q.document("denied")).contains(docs.get(docs.size() - 1));
      assertThat(q.document("m1")).contains(docs.get(0));
      assertThat(q.document("nothing")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void articlesAreListedByWordsDatesAndActorsAPageAtATime(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(tariffDispute());
      Queries q = new Queries(store);
      Queries.Page april = q.documents(
          new Queries.DocumentFilter("tariffs", LocalDate.of(1987, 4, 1), LocalDate.of(1987, 4, 30), null), 2, 3);
      assertThat(april.total()).isEqualTo(8);
      assertThat(april.rows().rows()).extracting(r -> r.get(0)).containsExactly("a9", "a10", "korea");
      assertThat(q.documents(new Queries.DocumentFilter(null, null, null, "japan"), 0, 100).total()).isEqualTo(14);
      assertThat(q.documents(new Queries.DocumentFilter(null, null, null, "KOR"), 0, 100).total()).isZero();
      assertThat(q.documents(new Queries.DocumentFilter("50%_off", null, null, null), 0, 100).total()).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void eventsAreFilteredBySideCodeAndDayAndADyadsPointListsWhatItCounts(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(tariffDispute());
      Queries q = new Queries(store);
      Table fromJapan = q.events(new Queries.EventFilter("jpn", "USA", null, null, null, "19", null, null), 0, 100)
          .rows();
      assertThat(render(fromJapan)).contains("denied").contains("negated");
      assertThat(q.events(new Queries.EventFilter(null, null, null, null, "163", null, LocalDate.of(1987, 4, 17),
          null), 0, 100).rows().rows()).hasSize(2);
      Queries.Page april = q.dyadEvents("usa", "jpn", LocalDate.of(1987, 4, 1), LocalDate.of(1987, 4, 30), 2, 3);
      assertThat(april.total()).as("the negated event is not counted").isEqualTo(6);
      assertThat(april.rows().rows()).as("the page after the first two").hasSize(3);
      assertThat(render(q.partners("usa", 0, 10).rows())).isEqualTo("JPN Japan 12 6 0.5 12 | KOR null 1 1 -2.0 1");
      Queries.Page withKorea = q.events(new Queries.EventFilter(null, null, "kor", "USA", null, null, null, null), 0, 100);
      assertThat(withKorea.total()).as("either direction, the actor with its partner").isEqualTo(1);
      assertThat(q.speakerQuotes("official", null, 0, 100).total()).isEqualTo(14);
      assertThat(q.speakerQuotes(null, "JPN", 0, 100).rows().rows()).isEmpty();
    }
  }

  @Test
  void tablesRenderForAPersonAndAsCsvAndJson() {
    Table t = new Table(List.of("actor", "events"), List.of(List.of("USA", 13L), List.of("JPN, \"Japan\"", 2L)));
    assertThat(t.render(Table.Format.table)).isEqualTo("""
        actor         events
        ------------  ------
        USA               13
        JPN, "Japan"       2
        (2 rows)
        """);
    assertThat(t.render(Table.Format.csv)).isEqualTo("actor,events\r\nUSA,13\r\n\"JPN, \"\"Japan\"\"\",2\r\n");
    assertThat(t.render(Table.Format.json).replaceAll("\\s+", "")).isEqualTo(
        "[{\"actor\":\"USA\",\"events\":13},{\"actor\":\"JPN,\\\"Japan\\\"\",\"events\":2}]");
  }

  private static String render(Table t) {
    return String.join(" | ", t.rows().stream()
        .map(r -> String.join(" ", r.stream().map(String::valueOf).toList())).toList());
  }
}
