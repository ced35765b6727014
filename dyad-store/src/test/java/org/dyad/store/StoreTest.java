package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.DateSource;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreTest {
  @TempDir Path dir;

  private static final LocalDate APRIL_17 = LocalDate.of(1987, 4, 17);

  static java.util.stream.Stream<Dialect> dialects() {
    return Db.dialects();
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aNewStoreIsMigratedToTheLatestVersionAndReopeningMigratesNothing(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir)) {
      try (Store store = Store.open(db.target())) {
        assertThat(store.dialect()).isEqualTo(dialect);
        assertThat(store.schemaVersion()).isEqualTo(9);
      }
      try (Store store = Store.open(db.target())) {
        assertThat(rows(store, "SELECT version, name FROM schema_version ORDER BY version"))
            .isEqualTo("1 V1__init | 2 V2__search | 3 V3__places | 4 V4__planned | 5 V5__country_source"
                + " | 6 V6__anchor_act | 7 V7__event_uid | 8 V8__tone | 9 V9__entity_places");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void everyFactIsStoredWithOffsetsThatPointAtItsTextInTheDocument(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      assertThat(store.put(List.of(Articles.dispute("a1", APRIL_17, "Reuters", "111", -2, 3))))
          .containsExactly(Store.Outcome.STORED);
      assertThat(rows(store, "SELECT doc_no, id, title, date, date_source, credit FROM documents"))
          .isEqualTo("1 a1 Japan condemns US 1987-04-17 METADATA Reuters");
      assertThat(rows(store, "SELECT entity_id, name, type, country, actor FROM entities ORDER BY entity_id"))
          .isEqualTo("E1 Japan COUNTRY JPN JPN | E2 United States COUNTRY USA USA");
      assertThat(rows(store, "SELECT event_no, event_id, code, root, source_actor, target_actor, goldstein, quad_class,"
          + " day, modality, happened, lead FROM events"))
          .isEqualTo("1 V1 111 11 JPN USA -2.0 3 1987-04-17 asserted true true");
      assertThat(rows(store, "SELECT speaker_name, speaker_text, cue, quote_text FROM quotes"))
          .isEqualTo("officials officials say Japan condemned the United States on Friday over tariffs");
      for (String table : List.of("mentions m", "timexes m", "quotes m", "event_mentions m")) {
        String text = table.startsWith("mentions") ? "mention_text" : table.startsWith("timexes") ? "timex_text"
            : table.startsWith("quotes") ? "quote_text" : "mention_text";
        assertThat(rows(store, "SELECT count(*) FROM " + table + " JOIN documents d ON d.id = m.doc_id"
            + " WHERE substr(d.text, m.start_char + 1, m.end_char - m.start_char) <> m." + text))
            .as(table).isEqualTo("0");
      }
      assertThat(rows(store, "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id"
          + " WHERE substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) = e.evidence_text"))
          .isEqualTo("1");
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void theSameIdOrTheSameTextRewrappedIsStoredOnce(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(List.of(Articles.plain("a", "Tokyo said no.\nThe end.", APRIL_17)));
      List<Store.Outcome> outcomes = store.put(List.of(
          Articles.plain("a", "A different text under the same id.", APRIL_17),
          Articles.plain("b", "  Tokyo said\u00a0no. The end.\n", APRIL_17),
          Articles.plain("c", "A new text.", APRIL_17),
          Articles.plain("d", "A new text.", APRIL_17)));
      assertThat(outcomes).containsExactly(Store.Outcome.DUPLICATE, Store.Outcome.DUPLICATE, Store.Outcome.STORED,
          Store.Outcome.DUPLICATE);
      assertThat(rows(store, "SELECT doc_no, id FROM documents ORDER BY doc_no")).isEqualTo("1 a | 2 c");
      assertThat(store.contains("zzz", "Tokyo   said no. The end.")).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aBatchThatFailsLeavesNoRowAtAll(Dialect dialect) throws Exception {
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      Extraction good = Articles.dispute("good", APRIL_17, "Reuters", "111", -2, 3);
      Extraction bad = Articles.dispute("bad", APRIL_17, "Reuters", "111", -2, 3);
      Entity twin = new Entity("E1", "Japan again", EntityType.COUNTRY, "JPN", null, "JPN", List.of());
      List<Entity> twice = new java.util.ArrayList<>(bad.entities());
      twice.add(twin);
      Extraction broken = new Extraction(bad.id(), bad.title(), bad.date(), bad.dateSource(), bad.credit(), bad.text(),
          twice, bad.timexes(), bad.quotes(), bad.events(), bad.problems(), bad.metadata());
      assertThatThrownBy(() -> store.put(List.of(good, broken))).isInstanceOf(StoreException.class);
      for (String table : List.of("documents", "entities", "mentions", "timexes", "quotes", "events",
          "event_mentions")) {
        assertThat(rows(store, "SELECT count(*) FROM " + table)).as(table).isEqualTo("0");
      }
      store.put(List.of(good));
      assertThat(rows(store, "SELECT doc_no, id FROM documents")).isEqualTo("1 good");
    }
  }

  @Test
  void aPasswordInTheUrlNeverShowsInMessages() {
    assertThatThrownBy(() -> Store.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret&ssl=false"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open jdbc:postgresql://127.0.0.1:1/none?user=u&password=***&ssl=false")
        .hasMessageNotContaining("secret");
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aGeocodedPlaceIsStoredAndReadBackWhole(Dialect dialect) throws Exception {
    Place seoul = new Place("Seoul", "KOR", 37.566, 126.9784, PlaceKind.CITY, "11", 1835848L);
    Place country = new Place("South Korea", "KOR", null, null, PlaceKind.COUNTRY, null, null);
    Extraction x = Articles.dispute("d1", APRIL_17, "Reuters", "036", 4.0, 1);
    Event e = x.events().get(0);
    Extraction placed = Articles.withEvents(x, List.of(e.withPlace(seoul),
        Articles.event(x.text(), "V2", "042", 1.9, 1, "JPN", "KOR", "1987-04-17", "said").withPlace(country)));
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(List.of(placed));
      List<Event> back = new Queries(store).document("d1").orElseThrow().events();
      assertThat(back).extracting(Event::place).containsExactly(seoul, country);
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void anEntitysPlaceIsStoredAndReadBackWholeAndAnEntityWithoutOneStaysWithout(Dialect dialect) throws Exception {
    String text = "Japan's envoy flew to Seoul, then to Ontario.\n";
    Place seoul = new Place("Seoul", "KOR", 37.566, 126.9784, PlaceKind.CITY, "11", 1835848L);
    Place ontario = new Place("Ontario", "CAN", null, null, PlaceKind.ADMIN1, "08", null);
    Place japan = new Place("Japan", "JPN", null, null, PlaceKind.COUNTRY, null, null);
    List<Entity> entities = List.of(
        new Entity("E1", "Japan", EntityType.COUNTRY, "JPN", null, "JPN", List.of(Articles.at(text, "Japan")))
            .withPlace(japan),
        new Entity("E2", "envoy", EntityType.PERSON, "JPN", "envoy", "JPNGOV", List.of(Articles.at(text, "envoy"))),
        new Entity("E3", "Seoul", EntityType.LOCATION, "KOR", null, null, List.of(Articles.at(text, "Seoul")))
            .withPlace(seoul),
        new Entity("E4", "Ontario", EntityType.LOCATION, "CAN", null, null, List.of(Articles.at(text, "Ontario")))
            .withPlace(ontario));
    Extraction x = new Extraction("p1", null, APRIL_17, DateSource.METADATA, null, text, entities, List.of(),
        List.of(), List.of(), List.of(), Map.of());
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(List.of(x));
      assertThat(rows(store, "SELECT entity_id, place_name, place_kind, place_country, place_admin1, place_geonameid"
          + " FROM entities ORDER BY entity_id")).isEqualTo("E1 Japan COUNTRY JPN null null | E2 null null null null"
          + " null | E3 Seoul CITY KOR 11 1835848 | E4 Ontario ADMIN1 CAN 08 null");
      assertThat(new Queries(store).document("p1").orElseThrow().entities()).isEqualTo(entities);
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aTimexCountedFromAnotherAndTheActOfAnAnnouncementAreStoredAndReadBackWhole(Dialect dialect) throws Exception {
    String text = "Talks opened on Monday. Two days later Japan threatened to impose sanctions on the United States.\n";
    Mention monday = Articles.at(text, "Monday");
    Mention twoDays = Articles.at(text, "Two days");
    Timex opened = new Timex(monday.start(), monday.end(), monday.text(), TimexType.DATE, "1987-04-13", null);
    Timex later = new Timex(twoDays.start(), twoDays.end(), twoDays.text(), TimexType.DURATION, "P2D", null, monday,
        "1987-04-15");
    Event threat = Articles.event(text, "V1", "138", -7.0, 4, "JPN", "USA", "1987-04-15", "threatened");
    Event announced = new Event(threat.id(), threat.code(), threat.root(), threat.name(), threat.plover(),
        threat.ploverMode(), threat.goldstein(), threat.quadClass(), threat.source(), threat.target(), threat.date(),
        threat.dateSource(), threat.place(), threat.modality(), threat.historical(), threat.mentions(),
        threat.evidence(), threat.rule(), "163");
    Extraction x = new Extraction("t1", null, APRIL_17, DateSource.METADATA, null, text, List.of(),
        List.of(opened, later), List.of(), List.of(announced), List.of(), Map.of());
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(List.of(x));
      assertThat(rows(store, "SELECT timex_text, anchor_start, anchor_end, anchor_text, points_to FROM timexes"
          + " ORDER BY n")).isEqualTo("Monday null null null null | Two days 16 22 Monday 1987-04-15");
      assertThat(rows(store, "SELECT code, act FROM events")).isEqualTo("138 163");
      Extraction back = new Queries(store).document("t1").orElseThrow();
      assertThat(back.timexes()).containsExactly(opened, later);
      assertThat(back.events()).extracting(Event::act).containsExactly("163");
    }
  }

  @Test
  void aDuckDbFileOpenedForReadingIsReadBySeveralAtOnceAndRefusesWrites() {
    String target = dir.resolve("s.duckdb").toString();
    try (Store store = Store.open(target)) {
      store.put(List.of(Articles.dispute("a1", APRIL_17, "Reuters", "111", -2, 3)));
    }
    try (Store one = Store.openForReading(target); Store two = Store.openForReading(target)) {
      assertThat(one.readOnly()).isTrue();
      assertThat(rows(one, "SELECT id FROM documents")).isEqualTo(rows(two, "SELECT id FROM documents"))
          .isEqualTo("a1");
      assertThatThrownBy(() -> new Queries(one).sql("DELETE FROM documents")).isInstanceOf(StoreException.class);
    }
  }

  @Test
  void aDuckDbFileOfVersionTwoOpenedForReadingIsMigratedFirst() throws Exception {
    String target = dir.resolve("old.duckdb").toString();
    versionTwo(target).close();
    try (Store store = Store.openForReading(target)) {
      assertThat(store.schemaVersion()).isEqualTo(9);
      assertThat(store.readOnly()).isTrue();
      assertThat(rows(store, "SELECT count(act) FROM events")).isEqualTo("0");
    }
  }

  @Test
  void aDuckDbFileThatAnotherProcessReadsIsReadByThisOneTooButNotWritten() throws Exception {
    String target = dir.resolve("read.duckdb").toString();
    try (Store store = Store.open(target)) {
      store.put(List.of(Articles.dispute("a1", APRIL_17, "Reuters", "111", -2, 3)));
    }
    Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), HoldStore.class.getName(), target, "read")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(reader.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("open");
      try (Store store = Store.openForReading(target)) {
        assertThat(rows(store, "SELECT id FROM documents")).isEqualTo("a1");
      }
      assertThatThrownBy(() -> Store.open(target)).isInstanceOf(StoreException.class)
          .hasMessageStartingWith(target + " is in use by process " + reader.pid() + " (");
    } finally {
      reader.getOutputStream().close();
      reader.waitFor();
    }
  }

  @Test
  void aDuckDbFileThatAnotherProcessWritesIsToldAsInUseByThatProcess() throws Exception {
    String target = dir.resolve("held.duckdb").toString();
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), HoldStore.class.getName(), target)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("open");
      assertThatThrownBy(() -> Store.openForReading(target)).isInstanceOf(StoreException.class)
          .hasMessageStartingWith(target + " is in use by process " + holder.pid() + " (")
          .hasMessageContaining("DuckDB lets one process write a file or many read it");
    } finally {
      holder.getOutputStream().close();
      holder.waitFor();
    }
  }

  @Test
  void aStoreOfVersionTwoGetsItsCityPlacesMarkedAsCitiesAndItsPlannedEventsNoLongerCounted() throws Exception {
    String target = dir.resolve("v2.duckdb").toString();
    try (Connection c = versionTwo(target); Statement s = c.createStatement()) {
      for (String place : List.of("'Seoul', 'KOR', 37.566, 126.9784", "'Nowhere', 'KOR', NULL, NULL")) {
        boolean seoul = place.startsWith("'S");
        s.execute("INSERT INTO events (event_no, doc_id, event_id, code, root, name, goldstein, quad_class, date, day,"
            + " date_source, place_name, place_country, place_lat, place_lon, modality, happened, historical, lead,"
            + " evidence_start, evidence_end, evidence_text, rule) VALUES ("
            + (seoul ? "1, 'd', 'V1'" : "2, 'd', 'V2'") + ", '042', '04', 'visit', 1.9, 1,"
            + " '2023-12-10', DATE '2023-12-10', 'TEXT', " + place + ", " + (seoul ? "'asserted'" : "'reported,planned'")
            + ", true, false, true, 0, 5, 'visit', 'r')");
      }
    }
    try (Store store = Store.open(target)) {
      assertThat(store.schemaVersion()).isEqualTo(9);
      assertThat(rows(store, "SELECT place_name, place_kind, happened, act FROM events ORDER BY event_no"))
          .isEqualTo("Seoul CITY true null | Nowhere null false null");
      String uid = EventIds.uid("d", 0, 5, "042", null, null);
      assertThat(rows(store, "SELECT uid, gdelt_id FROM events WHERE event_id = 'V1'"))
          .as("the ids an old store's events are given are those a new ingest gives them")
          .isEqualTo(uid + " " + EventIds.gdeltId(uid));
    }
  }

  @Test
  void migrationScriptsSplitIntoStatementsWithoutTheirComments() {
    assertThat(Store.statements("-- a comment; with a semicolon\nCREATE TABLE a (x INT); -- why\nSELECT 1;\n"))
        .containsExactly("CREATE TABLE a (x INT)", "SELECT 1");
  }

  /** The rows of a query, cells joined by spaces, rows by " | ". */
  /** A DuckDB store at {@code target} as dyad's schema version 2 made it, open. */
  private static Connection versionTwo(String target) throws Exception {
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + target);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR NOT NULL,"
          + " applied_at TIMESTAMP NOT NULL)");
      for (String m : List.of("V1__init.sql", "V2__search.duckdb.sql")) {
        try (InputStream in = Store.class.getResourceAsStream("migrations/" + m)) {
          for (String sql : Store.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            s.execute(sql);
          }
        }
      }
      s.execute("INSERT INTO schema_version VALUES (1, 'V1__init', now()), (2, 'V2__search', now())");
    }
    return c;
  }

  static String rows(Store store, String sql) {
    Table t = new Queries(store).sql(sql);
    return String.join(" | ", t.rows().stream()
        .map(r -> String.join(" ", r.stream().map(v -> v instanceof Integer || v instanceof Long
            ? v.toString() : String.valueOf(v)).toList()))
        .toList());
  }
}
