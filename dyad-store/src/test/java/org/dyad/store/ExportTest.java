package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExportTest {
  @TempDir Path dir;

  static java.util.stream.Stream<Dialect> dialects() {
    return Db.dialects();
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void everyGdeltRowHasSixtyOneTabSeparatedFieldsWithValidCodes(Dialect dialect) throws Exception {
    Path out = dir.resolve("events.tsv");
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(QueriesTest.tariffDispute());
      long n = new Export(store).write(Export.Format.gdelt, Export.What.stories, out);
      assertThat(n).as("stories were computed for the export").isEqualTo(11);
    }
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(11);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertThat(f).as(line).hasSize(61);
      assertThat(f[0]).matches("[1-9][0-9]*");
      LocalDate day = LocalDate.parse(f[1], DateTimeFormatter.BASIC_ISO_DATE);
      assertThat(f[2]).isEqualTo(f[1].substring(0, 6));
      assertThat(f[3]).isEqualTo(f[1].substring(0, 4));
      assertThat(Double.parseDouble(f[4])).isBetween(day.getYear() + 0.0, day.getYear() + 1.0);
      assertThat(f[5]).matches("[A-Z]{3}([A-Z]{3})*");
      assertThat(f[7]).matches("[A-Z]{3}|");
      assertThat(f[15]).matches("([A-Z]{3})*");
      assertThat(f[25]).matches("[01]");
      assertThat(f[26]).matches("[0-9]{3,4}");
      assertThat(f[27]).matches("[0-9]{3}");
      assertThat(f[28]).matches("[0-9]{2}");
      assertThat(f[26]).startsWith(f[27]);
      assertThat(f[27]).startsWith(f[28]);
      assertThat(f[29]).matches("[1-4]");
      assertThat(Double.parseDouble(f[30])).isBetween(-10.0, 10.0);
      int mentions = Integer.parseInt(f[31]);
      int sources = Integer.parseInt(f[32]);
      int articles = Integer.parseInt(f[33]);
      assertThat(articles).isPositive();
      assertThat(sources).isBetween(1, articles);
      assertThat(mentions).isGreaterThanOrEqualTo(articles);
      // Actor1Geo and Actor2Geo: the actors' countries, at country level (type 1), in FIPS 10-4 codes.
      assertThat(List.of(f).subList(35, 51)).as(line)
          .isIn(both(JAPAN_GEO, USA_GEO), both(USA_GEO, JAPAN_GEO), both(USA_GEO, KOREA_GEO));
      assertThat(List.of(f).subList(51, 59)).as("no place: ActionGeo type 0, as GDELT writes it")
          .containsExactly("0", "", "", "", "", "", "", "");
      // AvgTone: each article has 13 words, one negative ('condemned', -1.9) and one positive ('United', 1.8, as
      // a lexicon counts words), each over the lexicon's mean strength 1.5395: 100 * -0.1 / 1.5395 / 13.
      assertThat(f[34]).as("AvgTone").isEqualTo("-0.4997");
      assertThat(f[59]).matches("[0-9]{14}");
      assertThat(f[60]).startsWith("https://example.org/");
    }
    assertThat(lines.get(0)).matches("[1-9][0-9]*\t19870303\t198703\t1987\t1987.1671\tJPN\tJAPAN\tJPN\t.*");
    assertThat(Export.GDELT_COLUMNS).hasSize(61).startsWith("GLOBALEVENTID").endsWith("DATEADDED", "SOURCEURL");
  }

  @Test
  void aGdeltExportAskedForAHeaderStartsWithTheColumnNamesAndGivesSourceUrlOnlyForUrls() throws Exception {
    Path out = dir.resolve("events.tsv");
    Extraction noUrl = Articles.dispute("wire-42", LocalDate.of(2023, 12, 10), "Reuters", "111", -2, 3);
    Extraction notAUrl = new Extraction("wire-43", noUrl.title(), noUrl.date(), noUrl.dateSource(), noUrl.credit(),
        noUrl.text().replace("Report wire-42", "Report wire-43"), noUrl.entities(), noUrl.timexes(), noUrl.quotes(),
        List.of(Articles.event(noUrl.text(), "V1", "042", 1.9, 1, "USA", "JPN", "2023-12-10", "condemned")),
        List.of(), Map.of("url", "wire-43"));
    Extraction plainNoUrl = new Extraction(noUrl.id(), noUrl.title(), noUrl.date(), noUrl.dateSource(),
        noUrl.credit(), noUrl.text(), noUrl.entities(), noUrl.timexes(), noUrl.quotes(), noUrl.events(), List.of(),
        Map.of());
    try (Db db = Db.of(Dialect.DUCKDB, dir); Store store = Store.open(db.target())) {
      store.put(List.of(plainNoUrl, notAUrl));
      assertThat(new Export(store).withGdeltHeader().write(Export.Format.gdelt, Export.What.stories, out))
          .isEqualTo(2);
    }
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(String.join("\t", Export.GDELT_COLUMNS));
    assertThat(lines.subList(1, 3)).allSatisfy(l -> assertThat(l.split("\t", -1)[60]).isEmpty());
  }

  @Test
  void gdeltEventIdsAreTheSameWhenTheSameArticlesAreIngestedAgainAndDifferAcrossStoresOfOtherArticles()
      throws Exception {
    List<String> first = globalEventIds("first.duckdb", QueriesTest.tariffDispute());
    List<String> again = globalEventIds("again.duckdb", QueriesTest.tariffDispute());
    List<Extraction> others = QueriesTest.tariffDispute().stream()
        .map(x -> new Extraction("other-" + x.id(), x.title(), x.date(), x.dateSource(), x.credit(), x.text(),
            x.entities(), x.timexes(), x.quotes(), x.events(), x.problems(), x.metadata()))
        .toList();
    List<String> other = globalEventIds("other.duckdb", others);
    assertThat(first).hasSize(11).doesNotHaveDuplicates().isEqualTo(again);
    assertThat(other).hasSize(11).doesNotHaveDuplicates().doesNotContainAnyElementsOf(first);
    assertThat(first).allSatisfy(id -> assertThat(Long.parseLong(id)).isPositive());
  }

  /** The GLOBALEVENTID column of a GDELT export of a new store holding {@code docs}. */
  private List<String> globalEventIds(String file, List<Extraction> docs) throws Exception {
    Path out = dir.resolve(file + ".tsv");
    try (Store store = Store.open(dir.resolve(file).toString())) {
      store.put(docs);
      new Export(store).write(Export.Format.gdelt, Export.What.stories, out);
    }
    return Files.readAllLines(out).stream().map(l -> l.substring(0, l.indexOf('\t'))).toList();
  }

  @Test
  void theAvgToneOfStoriesWhoseArticlesWereStoredWithoutATone() throws Exception {
    Path out = dir.resolve("events.tsv");
    try (Store store = Store.open(dir.resolve("old.duckdb").toString())) {
      store.put(QueriesTest.tariffDispute());
      // as a store of version 7 left its articles: without a tone
      try (Statement s = store.connection().createStatement()) {
        s.execute("UPDATE documents SET tone = NULL");
      }
      new Export(store).write(Export.Format.gdelt, Export.What.stories, out);
    }
    assertThat(Files.readAllLines(out)).hasSize(11)
        .allSatisfy(l -> assertThat(l.split("\t", -1)[34]).as("AvgTone not computed: empty, not 0").isEmpty());
  }

  @Test
  void theColumnFileOfTheDocsNamesTheColumnsOfTheExportInOrder() throws Exception {
    List<String> names = Files.readAllLines(Path.of("../docs/gdelt-columns.tsv")).stream()
        .filter(l -> !l.startsWith("#"))
        .map(l -> l.substring(0, l.indexOf('\t')))
        .toList();
    assertThat(names.get(0)).isEqualTo("column");
    assertThat(names.subList(1, names.size())).isEqualTo(Export.GDELT_COLUMNS);
  }

  private static final List<String> JAPAN_GEO = List.of("1", "Japan", "JA", "JA", "", "", "", "JA");
  private static final List<String> USA_GEO = List.of("1", "United States", "US", "US", "", "", "", "US");
  private static final List<String> KOREA_GEO = List.of("1", "South Korea", "KS", "KS", "", "", "", "KS");

  private static List<String> both(List<String> actor1, List<String> actor2) {
    return java.util.stream.Stream.concat(actor1.stream(), actor2.stream()).toList();
  }

  /** One visit of {@code source} to {@code target} at {@code place}, as its own document and story. */
  private static Extraction visit(String id, String source, String target, Place place) {
    LocalDate date = LocalDate.of(2023, 12, 10);
    Extraction x = Articles.dispute(id, date, "Reuters", "042", 1.9, 1);
    Event e = Articles.event(x.text(), "V1", "042", 1.9, 1, source, target, date.toString(), "condemned");
    return Articles.withEvents(x, List.of(e.withPlace(place)));
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void gdeltGeographyHasFipsCountryAndAdm1CodesGeoTypesAndFeatureIds(Dialect dialect) throws Exception {
    Path out = dir.resolve("events.tsv");
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(List.of(
          visit("seoul", "JPN", "KOR", new Place("Seoul", "KOR", 37.566, 126.9784, PlaceKind.CITY, "11", 1835848L)),
          visit("tokyo", "KOR", "JPN", new Place("Tokyo", "JPN", 35.6895, 139.69171, PlaceKind.CITY, "40", 1850147L)),
          visit("la", "JPN", "USA",
              new Place("Los Angeles", "USA", 34.05223, -118.24368, PlaceKind.CITY, "CA", 5368361L)),
          visit("london", "JPN", "GBR",
              new Place("London", "GBR", 51.50853, -0.12574, PlaceKind.CITY, "ENG", 2643743L)),
          visit("country", "USA", "KOR", new Place("South Korea", "KOR", null, null, PlaceKind.COUNTRY, null, null)),
          visit("unknown", "USA", "JPN", new Place("Nowhereville", "JPN", null, null)),
          visit("state", "KOR", "USA", new Place("California", "USA", null, null, PlaceKind.ADMIN1, "CA", null)),
          visit("province", "JPN", "CHN", new Place("Sichuan", "CHN", null, null, PlaceKind.ADMIN1, "32", null)),
          visit("england", "USA", "GBR", new Place("England", "GBR", null, null, PlaceKind.ADMIN1, "ENG", null))));
      assertThat(new Export(store).write(Export.Format.gdelt, Export.What.stories, out)).isEqualTo(9);
    }
    List<List<String>> rows = Files.readAllLines(out).stream().map(l -> List.of(l.split("\t", -1))).toList();
    // ActionGeo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
    assertThat(rows.get(0).subList(51, 59)).containsExactly(
        "4", "Seoul, Soul-t'ukpyolsi, South Korea", "KS", "KS11", "", "37.566", "126.9784", "1835848");
    assertThat(rows.get(1).subList(51, 59)).containsExactly(
        "4", "Tokyo, Japan", "JA", "JA40", "", "35.6895", "139.69171", "1850147");
    // US cities are type 3, their ADM1 the state's postal code after US, as GDELT codes them.
    assertThat(rows.get(2).subList(51, 59)).containsExactly(
        "3", "Los Angeles, California, United States", "US", "USCA", "", "34.05223", "-118.24368", "5368361");
    // GeoNames codes England ENG, which is no FIPS 10-4 division of the UK: left blank, not guessed.
    assertThat(rows.get(3).subList(51, 59)).containsExactly(
        "4", "London, United Kingdom", "UK", "", "", "51.50853", "-0.12574", "2643743");
    assertThat(rows.get(4).subList(51, 59)).isEqualTo(KOREA_GEO);
    // A place the geocoder could not resolve counts at the level of its country.
    assertThat(rows.get(5).subList(51, 59)).isEqualTo(JAPAN_GEO);
    // First-order divisions: type 2 in the US, 5 elsewhere, the ADM1 code as FeatureID; one that FIPS 10-4
    // lacks counts as its country.
    assertThat(rows.get(6).subList(51, 59)).containsExactly("2", "California, United States", "US", "USCA", "", "", "",
        "USCA");
    assertThat(rows.get(7).subList(51, 59)).containsExactly("5", "Sichuan, China", "CH", "CH32", "", "", "", "CH32");
    assertThat(rows.get(8).subList(51, 59)).containsExactly("1", "United Kingdom", "UK", "UK", "", "", "", "UK");
    // The actors, at country level.
    assertThat(rows.get(0).subList(35, 51)).isEqualTo(both(JAPAN_GEO, KOREA_GEO));
    assertThat(rows.get(3).subList(43, 51))
        .containsExactly("1", "United Kingdom", "UK", "UK", "", "", "", "UK");
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void anActorThatIsACityOrAStateIsLocatedThereAndAnyOtherActorAtItsCountry(Dialect dialect) throws Exception {
    Path out = dir.resolve("events.tsv");
    Extraction x = visit("actors", "KOR", "USA", new Place("Tokyo", "JPN", 35.6895, 139.69171, PlaceKind.CITY,
        "40", 1850147L));
    String text = x.text();
    List<Entity> placed = List.of(
        new Entity("E1", "Seoul", EntityType.LOCATION, "KOR", null, "KOR", List.of(Articles.at(text, "Japan")))
            .withPlace(new Place("Seoul", "KOR", 37.566, 126.9784, PlaceKind.CITY, "11", 1835848L)),
        x.entities().get(1).withPlace(new Place("United States", "USA", null, null, PlaceKind.COUNTRY, null, null)));
    Extraction seoul = new Extraction(x.id(), x.title(), x.date(), x.dateSource(), x.credit(), text, placed,
        x.timexes(), x.quotes(), x.events(), x.problems(), x.metadata());
    Extraction y = visit("state", "JPN", "USA", new Place("Tokyo", "JPN", 35.6895, 139.69171, PlaceKind.CITY,
        "40", 1850147L));
    Extraction california = new Extraction(y.id(), y.title(), y.date(), y.dateSource(), y.credit(), y.text(),
        List.of(y.entities().get(0), new Entity("E2", "California", EntityType.LOCATION, "USA", null, "USA",
            List.of(Articles.at(y.text(), "United States")))
            .withPlace(new Place("California", "USA", null, null, PlaceKind.ADMIN1, "CA", null))),
        y.timexes(), y.quotes(), y.events(), y.problems(), y.metadata());
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(List.of(seoul, california));
      assertThat(new Export(store).write(Export.Format.gdelt, Export.What.stories, out)).isEqualTo(2);
    }
    List<List<String>> rows = Files.readAllLines(out).stream().map(l -> List.of(l.split("\t", -1))).toList();
    // Actor1Geo, Actor2Geo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
    assertThat(rows.get(0).subList(35, 51)).isEqualTo(both(List.of("4", "Seoul, Soul-t'ukpyolsi, South Korea", "KS",
        "KS11", "", "37.566", "126.9784", "1835848"), USA_GEO));
    assertThat(rows.get(1).subList(35, 51)).isEqualTo(both(JAPAN_GEO,
        List.of("2", "California, United States", "US", "USCA", "", "", "", "USCA")));
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aParquetExportIsReadBackByDuckDb(Dialect dialect) throws Exception {
    Path out = dir.resolve("events.parquet");
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(QueriesTest.tariffDispute());
      assertThat(new Export(store).write(Export.Format.parquet, Export.What.events, out)).isEqualTo(14);
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT doc_id), min(code), sum(goldstein) FROM '"
            + out.toAbsolutePath() + "'")) {
      r.next();
      assertThat(List.of(r.getLong(1), r.getLong(2), r.getString(3), r.getDouble(4)))
          .containsExactly(14L, 14L, "036", 4.0 * 3 + 8 * 3 - 8 * 3 - 2 * 3 - 2 - 10);
    }
  }

  @Test
  void jsonLinesAndCsvExportsHoldOneRowPerEventWithItsEvidence() throws Exception {
    Path jsonl = dir.resolve("events.jsonl");
    Path csv = dir.resolve("events.csv");
    try (Store store = Store.open(dir.resolve("s.duckdb").toString())) {
      store.put(QueriesTest.tariffDispute());
      store.collapseStories(Stories.DEFAULT_WINDOW_DAYS);
      new Export(store).write(Export.Format.jsonl, Export.What.events, jsonl);
      new Export(store).write(Export.Format.csv, Export.What.events, csv);
      assertThat(new Export(store).write(Export.Format.jsonl, Export.What.documents, dir.resolve("d.jsonl")))
          .isEqualTo(14);
    }
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(14);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.get("story_no").asLong()).isEqualTo(1);
    assertThat(first.get("doc_id").asText()).isEqualTo("m1");
    assertThat(first.get("evidence_text").asText()).isEqualTo("condemned");
    assertThat(first.get("uid").asText()).matches("[0-9a-f]{32}");
    assertThat(first.get("gdelt_id").asLong()).isEqualTo(EventIds.gdeltId(first.get("uid").asText()));
    assertThat(first.get("day").asText()).isEqualTo("1987-03-03");
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(15);
    assertThat(rows.get(0)).startsWith("story_no,event_no,doc_id,event_id,code,");
  }
}
