package org.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * Writes a store out: GDELT 2.0 event files (one row per story), or one table as JSON Lines, CSV or Parquet.
 */
public final class Export {
  /** The formats. */
  public enum Format {
    /**
     * GDELT 2.0 event TSV: 61 tab-separated columns, one row per cross-document event, no header line unless
     * asked for ({@link #withGdeltHeader}).
     */
    gdelt,
    /** One JSON object per row. */
    jsonl,
    /** RFC 4180 CSV with a header line. */
    csv,
    /** Apache Parquet, written by DuckDB's COPY. */
    parquet
  }

  /** The tables that JSON Lines, CSV and Parquet exports write, with the order of their rows. */
  public enum What {
    /** Every coded event of every article, with the story it belongs to. */
    events("SELECT se.story_no, ev.* FROM events ev LEFT JOIN story_events se"
        + " ON se.doc_id = ev.doc_id AND se.event_id = ev.event_id ORDER BY ev.event_no"),
    /** The cross-document events. */
    stories("SELECT * FROM stories ORDER BY story_no"),
    /** The documents, with their text. */
    documents("SELECT doc_no, id, title, date, date_source, credit, text, CAST(metadata AS VARCHAR) AS metadata,"
        + " text_hash, ingested_at, tone FROM documents ORDER BY doc_no"),
    entities("SELECT * FROM entities ORDER BY doc_id, entity_id"),
    mentions("SELECT * FROM mentions ORDER BY doc_id, entity_id, n"),
    timexes("SELECT * FROM timexes ORDER BY doc_id, n"),
    quotes("SELECT * FROM quotes ORDER BY doc_id, n"),
    event_mentions("SELECT * FROM event_mentions ORDER BY doc_id, event_id, n");

    private final String sql;

    What(String sql) {
      this.sql = sql;
    }
  }

  /**
   * The 61 columns of a GDELT 2.0 event record, in the order of the GDELT 2.0 Event Codebook: event id and dates
   * (5), Actor1 (10), Actor2 (10), the event action (10: IsRootEvent, the three CAMEO codes, QuadClass,
   * GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone), the geography of Actor1, Actor2 and the
   * action (8 each), DATEADDED and SOURCEURL. GDELT files have no header line; this list documents them and is
   * the header line of {@link #withGdeltHeader}.
   */
  public static final List<String> GDELT_COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private static final String GDELT_SQL = """
      SELECT ev.gdelt_id, s.first_day, s.source_actor, s.target_actor, s.num_mentions, s.num_sources, s.num_articles,
             ev.code, ev.root, ev.quad_class, ev.goldstein, ev.lead, ev.source_country, ev.target_country,
             se.name AS source_name, te.name AS target_name, ev.place_name, ev.place_country, ev.place_lat,
             ev.place_lon, ev.place_kind, ev.place_admin1, ev.place_geonameid,
             d.id, d.ingested_at, CAST(d.metadata AS VARCHAR) AS metadata,
             (SELECT avg(dt.tone) FROM story_events x JOIN documents dt ON dt.id = x.doc_id
              WHERE x.story_no = s.story_no) AS avg_tone,
             se.place_name AS source_place_name, se.place_country AS source_place_country,
             se.place_lat AS source_place_lat, se.place_lon AS source_place_lon, se.place_kind AS source_place_kind,
             se.place_admin1 AS source_place_admin1, se.place_geonameid AS source_place_geonameid,
             te.place_name AS target_place_name, te.place_country AS target_place_country,
             te.place_lat AS target_place_lat, te.place_lon AS target_place_lon, te.place_kind AS target_place_kind,
             te.place_admin1 AS target_place_admin1, te.place_geonameid AS target_place_geonameid
      FROM stories s
      JOIN events ev ON ev.doc_id = s.doc_id AND ev.event_id = s.event_id
      JOIN documents d ON d.id = s.doc_id
      LEFT JOIN entities se ON se.doc_id = ev.doc_id AND se.entity_id = ev.source_entity
      LEFT JOIN entities te ON te.doc_id = ev.doc_id AND te.entity_id = ev.target_entity
      ORDER BY s.story_no
      """;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern URL = Pattern.compile("(?i)(https?|ftp)://\\S+");
  private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Store store;
  private final boolean gdeltHeader;

  public Export(Store store) {
    this(store, false);
  }

  private Export(Store store, boolean gdeltHeader) {
    this.store = store;
    this.gdeltHeader = gdeltHeader;
  }

  /** This export, with a first line of {@link #GDELT_COLUMNS} in a GDELT file (for tools that read headers). */
  public Export withGdeltHeader() {
    return new Export(store, true);
  }

  /**
   * Writes {@code what} (ignored by GDELT, which writes the stories) to {@code out} in {@code format}, and
   * returns the number of rows written. A GDELT export of a store whose stories were never computed computes
   * them first, with the default window.
   */
  public long write(Format format, What what, Path out) {
    try (OutputStream o = Files.newOutputStream(out)) {
      return write(format, what, o);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot write " + out + ": no such folder " + out.toAbsolutePath().getParent(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /** {@link #write(Format, What, Path)} to a stream, such as standard output, which is flushed, not closed. */
  public long write(Format format, What what, OutputStream out) {
    try {
      if (format == Format.parquet) {
        return parquet(what, out);
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      long n = switch (format) {
        case gdelt -> gdelt(w);
        case jsonl -> rows(what, w, false);
        default -> rows(what, w, true);
      };
      w.flush();
      return n;
    } catch (SQLException e) {
      throw new StoreException("export failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("export failed: " + e.getMessage(), e);
    }
  }

  private long gdelt(Writer w) throws SQLException, IOException {
    Connection db = store.connection();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
        "SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM events)")) {
      r.next();
      if (r.getLong(1) == 0 && r.getLong(2) > 0) {
        if (store.readOnly()) {
          throw new StoreException("the stories of " + store.target() + " were never computed: run dyad query "
              + "dedupe on it first");
        }
        store.collapseStories(Stories.DEFAULT_WINDOW_DAYS);
      }
    }
    if (gdeltHeader) {
      w.write(String.join("\t", GDELT_COLUMNS));
      w.write('\n');
    }
    long n = 0;
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(GDELT_SQL)) {
      while (r.next()) {
        w.write(String.join("\t", gdeltRow(gdeltStory(r))));
        w.write('\n');
        n++;
      }
    }
    return n;
  }

  /**
   * What a GDELT row is made of: a story with the mean tone of its articles, the event of its first report
   * (whose {@link EventIds#gdeltId} is the row's GLOBALEVENTID, so that the exports of two stores merge and a
   * re-run gives the same ids), that report's document and the names of the event's actors (the columns of the
   * store's GDELT query; other writers, such as the Spark job, gather the same and call {@link #gdeltRow}), the
   * event's place, and the places of the actors' entities, where the places stage resolved one (a city or
   * country the text names as an actor).
   */
  public record GdeltStory(long globalEventId, LocalDate firstDay, String sourceActor, String targetActor,
      long numMentions, long numSources, long numArticles, String code, String root, int quadClass, double goldstein,
      boolean lead, @Nullable String sourceCountry, @Nullable String targetCountry, @Nullable String sourceName,
      @Nullable String targetName, @Nullable Place place, String docId, LocalDateTime ingestedAt,
      @Nullable String metadata, @Nullable Double avgTone, @Nullable Place sourcePlace, @Nullable Place targetPlace) {}

  private static GdeltStory gdeltStory(ResultSet r) throws SQLException {
    return new GdeltStory(r.getLong("gdelt_id"), r.getObject("first_day", LocalDate.class),
        r.getString("source_actor"), r.getString("target_actor"), r.getLong("num_mentions"),
        r.getLong("num_sources"), r.getLong("num_articles"), r.getString("code"), r.getString("root"),
        r.getInt("quad_class"), r.getDouble("goldstein"), r.getBoolean("lead"), r.getString("source_country"),
        r.getString("target_country"), r.getString("source_name"), r.getString("target_name"),
        place(r, ""), r.getString("id"), r.getObject("ingested_at", LocalDateTime.class), r.getString("metadata"),
        nullableDouble(r.getObject("avg_tone")), place(r, "source_"), place(r, "target_"));
  }

  /**
   * A place in the columns of the GDELT query whose names start with {@code prefix}: the event's ({@code ""}), or
   * that of an actor's entity ({@code "source_"}, {@code "target_"}); null when it has no name.
   */
  private static @Nullable Place place(ResultSet r, String prefix) throws SQLException {
    String name = r.getString(prefix + "place_name");
    Object id = r.getObject(prefix + "place_geonameid");
    String kind = r.getString(prefix + "place_kind");
    return name == null ? null : new Place(name, r.getString(prefix + "place_country"),
        nullableDouble(r.getObject(prefix + "place_lat")), nullableDouble(r.getObject(prefix + "place_lon")),
        kind == null ? null : PlaceKind.valueOf(kind), r.getString(prefix + "place_admin1"),
        id == null ? null : ((Number) id).longValue());
  }

  /** The 61 fields of the GDELT 2.0 event record of {@code s}, in the order of {@link #GDELT_COLUMNS}. */
  public static List<String> gdeltRow(GdeltStory s) {
    LocalDate day = s.firstDay();
    List<String> row = new ArrayList<>(61);
    row.add(Long.toString(s.globalEventId()));
    row.add(day.format(SQLDATE));
    row.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
    row.add(Integer.toString(day.getYear()));
    // FractionDate: the year plus the part of it gone before this day, 0 to 0.9999.
    row.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
    actor(row, s.sourceActor(), s.sourceName(), s.sourceCountry());
    actor(row, s.targetActor(), s.targetName(), s.targetCountry());
    String code = s.code();
    row.add(s.lead() ? "1" : "0");
    row.add(code);
    row.add(code.length() > 3 ? code.substring(0, 3) : code);
    row.add(s.root());
    row.add(Integer.toString(s.quadClass()));
    row.add(number(s.goldstein()));
    row.add(Long.toString(s.numMentions()));
    row.add(Long.toString(s.numSources()));
    row.add(Long.toString(s.numArticles()));
    // AvgTone: the mean tone of the story's articles ({@link Tone}); empty where none was computed (articles
    // stored before the store kept tones), never a 0 that would read as a neutral tone measured.
    row.add(s.avgTone() == null ? "" : String.format(Locale.ROOT, "%.4f", s.avgTone()));
    // Actor1Geo and Actor2Geo: GDELT places each actor where the text most closely associates it. An actor that
    // is a place the text names (a city, a state: "Seoul said") is at that place; any other actor is where its
    // country is, a country-level location (type 1). Actors without a country or place (IGOs, unknown) get none.
    geo(row, Geo.actor(s.sourcePlace(), s.sourceCountry()));
    geo(row, Geo.actor(s.targetPlace(), s.targetCountry()));
    geo(row, Geo.action(s));
    row.add(s.ingestedAt().format(DATEADDED));
    row.add(sourceUrl(s.metadata()));
    return row;
  }

  /**
   * One of GDELT's three locations: Type (1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE), FullName,
   * CountryCode and ADM1Code (FIPS 10-4; US states as US + postal code), ADM2Code (dyad has none), Lat, Long and
   * FeatureID: the GeoNames id of a city where GDELT has the GNS/GNIS id (both gazetteers', not the same
   * numbers), the ADM1 code of a state, the FIPS country code of a country. A country-level location has no
   * coordinates: GDELT gives a centroid, which dyad's data lacks. No location is type 0 with the other columns
   * empty, as GDELT writes it.
   */
  private record Geo(int type, String fullName, String country, String adm1, @Nullable Double lat,
      @Nullable Double lon, String featureId) {
    static final Geo NONE = new Geo(0, "", "", "", null, null, "");

    /** The country of an ISO alpha-3 code as a country-level location; none for a code FIPS does not have. */
    static Geo country(@Nullable String alpha3) {
      Fips.Country c = Fips.standard().country(alpha3);
      return c == null ? NONE : new Geo(1, c.name(), c.code(), c.code(), null, null, c.code());
    }

    /** An actor's location: its entity's place when that is a city or a division, else its country. */
    static Geo actor(@Nullable Place place, @Nullable String alpha3) {
      return place != null && (place.kind() == PlaceKind.CITY || place.kind() == PlaceKind.ADMIN1)
          ? of(place) : country(alpha3);
    }

    /**
     * The event's place: a city or a first-order division at its own level, a country or a place the geocoder
     * did not resolve at the level of its country (the most precise level the data is sure of).
     */
    static Geo action(GdeltStory s) {
      return of(s.place());
    }

    /** A place at its own level when it is a city or a division, else at its country's; none without a place. */
    private static Geo of(@Nullable Place place) {
      Fips.Country c = place == null ? null : Fips.standard().country(place.country());
      if (place == null || c == null) {
        return NONE;
      }
      String name = place.name();
      String alpha3 = place.country();
      PlaceKind kind = place.kind();
      if (kind != PlaceKind.CITY && kind != PlaceKind.ADMIN1) {
        return country(alpha3);
      }
      String countryCode = Fips.standard().countryCode(c, place.admin1());
      String adm1 = Fips.standard().adm1(c, place.admin1());
      String adm1Name = adm1 == null || adm1.equals(countryCode) ? null : Fips.standard().divisionName(adm1);
      String adm1Code = adm1 == null ? "" : adm1;
      boolean us = "USA".equals(alpha3);
      if (kind == PlaceKind.ADMIN1) {
        // A division that FIPS 10-4 does not have (England) is known to GDELT only by its country.
        return adm1 == null ? country(alpha3)
            : new Geo(us ? 2 : 5, clean(name) + ", " + c.name(), countryCode, adm1Code, place.lat(), place.lon(),
                adm1Code);
      }
      String fullName = adm1Name == null || adm1Name.equals(name)
          ? clean(name) + ", " + c.name() : String.join(", ", clean(name), adm1Name, c.name());
      return new Geo(us ? 3 : 4, fullName, countryCode, adm1Code, place.lat(), place.lon(),
          place.geonameId() == null ? "" : Long.toString(place.geonameId()));
    }
  }

  private static @Nullable Double nullableDouble(@Nullable Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }

  /** The eight columns of a location. */
  private static void geo(List<String> row, Geo g) {
    row.add(Integer.toString(g.type()));
    row.add(g.fullName());
    row.add(g.country());
    row.add(g.adm1());
    row.add(""); // ADM2Code: dyad has no second-order divisions
    row.add(g.lat() == null ? "" : number(g.lat()));
    row.add(g.lon() == null ? "" : number(g.lon()));
    row.add(g.featureId());
  }

  /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3: ten columns. */
  private static void actor(List<String> row, @Nullable String code, @Nullable String name, @Nullable String country) {
    String c = code == null ? "" : code;
    row.add(c);
    row.add(name == null ? "" : clean(name).toUpperCase(Locale.ROOT));
    row.add(country == null ? "" : country);
    row.add("");
    row.add("");
    row.add("");
    row.add("");
    String types = country != null && c.startsWith(country) ? c.substring(country.length()) : c;
    for (int i = 0; i < 3; i++) {
      row.add(types.length() >= 3 * (i + 1) ? types.substring(3 * i, 3 * i + 3) : "");
    }
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  /**
   * The document's {@code url} (or {@code link}, {@code source_url}) metadata field when it is a URL (http, https
   * or ftp), else empty: a document id is no URL, and tools that read SOURCEURL expect one.
   */
  private static String sourceUrl(@Nullable String metadata) {
    if (metadata != null) {
      try {
        JsonNode m = JSON.readTree(metadata);
        for (String f : List.of("url", "link", "source_url")) {
          String url = m.path(f).asText("").strip();
          if (URL.matcher(url).matches()) {
            return url;
          }
        }
      } catch (IOException e) {
        return "";
      }
    }
    return "";
  }

  private long rows(What what, Writer w, boolean csv) throws SQLException, IOException {
    long n = 0;
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(what.sql)) {
      ResultSetMetaData meta = r.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i));
      }
      if (csv) {
        w.write(Table.csvLine(new ArrayList<>(columns)));
      }
      while (r.next()) {
        List<@Nullable Object> row = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          Object v = r.getObject(i);
          row.add(v == null || v instanceof String || v instanceof Number || v instanceof Boolean ? v : v.toString());
        }
        if (csv) {
          w.write(Table.csvLine(row));
        } else {
          ObjectNode o = Table.object(columns, row);
          if (o.path("metadata").isTextual()) {
            o.set("metadata", JSON.readTree(o.get("metadata").asText())); // JSON in JSON Lines, not a string
          }
          w.write(JSON.writeValueAsString(o) + "\n");
        }
        n++;
      }
    }
    return n;
  }

  /**
   * Parquet through DuckDB: a DuckDB store copies the query straight out; any other goes through a CSV file
   * that an in-memory DuckDB reads back with its types detected. DuckDB writes to a temporary file of ours
   * (COPY takes no parameters), which is then copied to {@code out}.
   */
  private long parquet(What what, OutputStream out) throws SQLException, IOException {
    Path tmp = Files.createTempFile("dyad-export-", ".parquet");
    Path csv = null;
    try {
      long n;
      if (store.dialect() == Dialect.DUCKDB) {
        try (Statement s = store.connection().createStatement()) {
          n = s.executeUpdate("COPY (" + what.sql + ") TO " + literal(tmp) + " (FORMAT PARQUET)");
        }
      } else {
        csv = Files.createTempFile("dyad-export-", ".csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          rows(what, w, true);
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
            Statement s = duck.createStatement()) {
          n = s.executeUpdate("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true)) TO "
              + literal(tmp) + " (FORMAT PARQUET)");
        }
      }
      Files.copy(tmp, out);
      out.flush();
      return n;
    } finally {
      Files.deleteIfExists(tmp);
      if (csv != null) {
        Files.deleteIfExists(csv);
      }
    }
  }

  /** A temporary path of ours as an SQL string literal. */
  private static String literal(Path p) {
    String s = p.toAbsolutePath().toString();
    if (!s.matches("[A-Za-z0-9/_.\\-]+")) {
      throw new IllegalStateException("unexpected temporary path " + s);
    }
    return "'" + s + "'";
  }
}
