package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Quote;
import org.dyad.model.Timex;
import org.jspecify.annotations.Nullable;

/**
 * A database of extractions: a DuckDB file or a PostgreSQL server, one schema for both.
 *
 * <p>Opening a store creates its tables or brings them up to the current schema version. A store is used by
 * one thread at a time (the JDBC connection is not shared); {@link Ingest} runs the extraction on many threads
 * and writes from one.
 *
 * <p>The day an event is counted on ({@code events.day}): its own date when that is a day; for an ISO week
 * ("last week", {@code 1987-W13}), a month or a year, the document's date when it falls inside it, else the
 * first day of it (a week's Monday); otherwise the document's date.
 */
public final class Store implements AutoCloseable {
  /** The file a store lives in unless told otherwise. */
  public static final String DEFAULT_PATH = "dyad.duckdb";

  /** The migrations in order: {@code V<n>__<name>.sql}, or one file per dialect {@code V<n>__<name>.<dialect>.sql}. */
  private static final List<String> MIGRATIONS = List.of("V1__init", "V2__search", "V3__places", "V4__planned",
      "V5__country_source");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n[ \\t]+");

  private final Connection db;
  private final Dialect dialect;
  private final String target;

  private Store(Connection db, Dialect dialect, String target) {
    this.db = db;
    this.dialect = dialect;
    this.target = target;
  }

  /**
   * Opens (creating if need be) the store at {@code target}: a {@code jdbc:postgresql://} or {@code jdbc:duckdb:}
   * URL, or else the path of a DuckDB file.
   */
  public static Store open(String target) {
    String url = target.startsWith("jdbc:") ? target : "jdbc:duckdb:" + target;
    Dialect dialect = Dialect.of(url);
    try {
      // Registers the driver: DriverManager's own discovery misses it under some class loaders.
      Class.forName(dialect.driver());
      Connection c = DriverManager.getConnection(url);
      Store store = new Store(c, dialect, target);
      try {
        store.migrate();
      } catch (RuntimeException e) {
        c.close();
        throw e;
      }
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open " + masked(target), e);
    } catch (ClassNotFoundException e) {
      throw new StoreException("no JDBC driver for " + dialect, e);
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** What the store was opened on, for messages: a password in the URL is masked. */
  public String target() {
    return masked(target);
  }

  private static String masked(String target) {
    return target.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** The connection, for the queries and exports of this package. */
  Connection connection() {
    return db;
  }

  /** The schema version the store is at. */
  public int schemaVersion() {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version", e);
    }
  }

  private void migrate() {
    try {
      db.setAutoCommit(true);
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
            + "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
      }
      int current = schemaVersion();
      for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
        String name = MIGRATIONS.get(v - 1);
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
          for (String sql : statements(migration(name))) {
            s.execute(sql);
          }
          try (PreparedStatement p =
              db.prepareStatement("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, v);
            p.setString(2, name);
            p.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            p.executeUpdate();
          }
          db.commit();
        } catch (SQLException e) {
          db.rollback();
          throw new StoreException("migration " + name + " failed on " + target(), e);
        } finally {
          db.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot migrate " + target(), e);
    }
  }

  private String migration(String name) {
    String base = "migrations/" + name;
    for (String file : List.of(base + "." + dialect.suffix() + ".sql", base + ".sql")) {
      try (InputStream in = Store.class.getResourceAsStream(file)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new StoreException("cannot read migration " + file + ": " + e.getMessage());
      }
    }
    throw new StoreException("missing migration " + name + " for " + dialect);
  }

  /** The statements of a migration file: comments dropped, split at semicolons that end a line. */
  static List<String> statements(String script) {
    String code = script.lines()
        .map(l -> l.replaceFirst("\\s*--.*$", ""))
        .collect(Collectors.joining("\n"));
    List<String> out = new ArrayList<>();
    for (String s : code.split(";\\s*(\\n|$)")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** True when a document with this id, or with this text once normalised, is already stored. */
  public boolean contains(String id, String text) {
    try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM documents WHERE id = ? OR text_hash = ?")) {
      p.setString(1, id);
      p.setString(2, TextHash.of(text));
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up " + id, e);
    }
  }

  /** What became of a document handed to {@link #put}. */
  public enum Outcome {
    /** Stored with everything extracted from it. */
    STORED,
    /** Skipped: its id or its normalised text was already stored. */
    DUPLICATE
  }

  /**
   * Stores a batch of extractions in one transaction: all of them or, on any failure, none. Documents already
   * stored (by id or normalised text, including earlier ones of the same batch) are skipped.
   */
  public List<Outcome> put(List<Extraction> batch) {
    try {
      db.setAutoCommit(false);
      try (Writer w = new Writer()) {
        List<Outcome> outcomes = new ArrayList<>();
        long docNo = max("doc_no", "documents");
        long eventNo = max("event_no", "events");
        for (Extraction x : batch) {
          if (contains(x.id(), x.text())) {
            outcomes.add(Outcome.DUPLICATE);
            continue;
          }
          w.document(++docNo, x);
          for (Event e : x.events()) {
            w.event(++eventNo, x, e);
          }
          outcomes.add(Outcome.STORED);
        }
        w.flush();
        db.commit();
        return List.copyOf(outcomes);
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store a batch of " + batch.size() + " document(s) in " + target(), e);
    }
  }

  private long max(String column, String table) throws SQLException {
    // Column and table are constants of this class, never user input.
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(" + column + "), 0) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * Whether an event counts as one that took place: neither negated, hypothetical nor planned. A planned event
   * ("Nakasone will visit Washington") has not happened yet; counted on its future date it would stand in the
   * timeline once per article that announces it, before the event itself. An announced coercive act is coded as
   * the threat it is when it is said (see the event coder), and that threat counts.
   */
  static boolean happened(List<Modality> modality) {
    return !modality.contains(Modality.NEGATED) && !modality.contains(Modality.HYPOTHETICAL)
        && !modality.contains(Modality.PLANNED);
  }

  /** The day an event is counted on (see the class comment). */
  static LocalDate day(String date, LocalDate documentDate) {
    try {
      Matcher m = DAY.matcher(date);
      if (m.lookingAt()) {
        return LocalDate.parse(m.group());
      }
      m = WEEK.matcher(date);
      if (m.lookingAt()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(ChronoField.DAY_OF_WEEK, 1);
        return !documentDate.isBefore(monday) && documentDate.isBefore(monday.plusDays(7)) ? documentDate : monday;
      }
      m = MONTH.matcher(date);
      if (m.matches()) {
        LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return first.withDayOfMonth(1).equals(documentDate.withDayOfMonth(1)) ? documentDate : first;
      }
      m = YEAR.matcher(date);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        return year == documentDate.getYear() ? documentDate : LocalDate.of(year, 1, 1);
      }
    } catch (DateTimeException e) {
      return documentDate;
    }
    return documentDate;
  }

  /** True when {@code start} lies in the first paragraph of at least 80 characters (titles and datelines skipped). */
  static boolean lead(String text, int start) {
    int from = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    while (m.find()) {
      if (text.substring(from, m.start()).strip().length() >= 80) {
        return start < m.start();
      }
      from = m.end();
    }
    return true;
  }

  /** Recomputes the cross-document events; see {@link Stories}. */
  public Stories.Counts collapseStories(int windowDays) {
    return Stories.collapse(this, windowDays);
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + target(), e);
    }
  }

  /** The prepared inserts of one transaction, batched. */
  private final class Writer implements AutoCloseable {
    private final PreparedStatement documents = db.prepareStatement(
        "INSERT INTO documents (doc_no, id, title, date, date_source, credit, text, metadata, text_hash, ingested_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSON), ?, ?)");
    private final PreparedStatement entities = db.prepareStatement(
        "INSERT INTO entities (doc_id, entity_id, name, type, country, role, actor, country_source)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    private final PreparedStatement mentions = db.prepareStatement(
        "INSERT INTO mentions (doc_id, entity_id, n, start_char, end_char, mention_text) VALUES (?, ?, ?, ?, ?, ?)");
    private final PreparedStatement timexes = db.prepareStatement(
        "INSERT INTO timexes (doc_id, n, start_char, end_char, timex_text, type, value, modifier)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    private final PreparedStatement quotes = db.prepareStatement(
        "INSERT INTO quotes (doc_id, n, start_char, end_char, quote_text, direct, cue, cue_start, cue_end,"
            + " speaker_entity, speaker_name, speaker_country, speaker_start, speaker_end, speaker_text,"
            + " via_entity, via_name, via_start, via_end, via_text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final PreparedStatement events = db.prepareStatement(
        "INSERT INTO events (event_no, doc_id, event_id, code, root, name, plover, plover_mode, goldstein,"
            + " quad_class, source_entity, source_actor, source_country, target_entity, target_actor,"
            + " target_country, date, day, date_source, place_name, place_country, place_lat, place_lon, modality,"
            + " happened, historical, lead, evidence_start, evidence_end, evidence_text, rule, place_kind,"
            + " place_admin1, place_geonameid)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?)");
    private final PreparedStatement eventMentions = db.prepareStatement(
        "INSERT INTO event_mentions (doc_id, event_id, n, start_char, end_char, mention_text)"
            + " VALUES (?, ?, ?, ?, ?, ?)");

    Writer() throws SQLException {}

    void document(long docNo, Extraction x) throws SQLException {
      String metadata;
      try {
        metadata = JSON.writeValueAsString(x.metadata());
      } catch (JsonProcessingException e) {
        throw new StoreException("metadata of " + x.id() + " is not JSON: " + e.getOriginalMessage());
      }
      documents.setLong(1, docNo);
      documents.setString(2, x.id());
      documents.setString(3, x.title());
      documents.setObject(4, x.date());
      documents.setString(5, x.dateSource().name());
      documents.setString(6, x.credit());
      documents.setString(7, x.text());
      documents.setString(8, metadata);
      documents.setString(9, TextHash.of(x.text()));
      documents.setTimestamp(10, Timestamp.valueOf(LocalDateTime.now()));
      // Executed now, not batched: later documents of the batch look for it as a duplicate.
      documents.executeUpdate();
      for (Entity e : x.entities()) {
        entities.setString(1, x.id());
        entities.setString(2, e.id());
        entities.setString(3, e.name());
        entities.setString(4, e.type().name());
        entities.setString(5, e.country());
        entities.setString(6, e.role());
        entities.setString(7, e.actor());
        entities.setString(8, e.countrySource() == null ? null : e.countrySource().name());
        entities.addBatch();
        int n = 0;
        for (Mention m : e.mentions()) {
          mentions.setString(1, x.id());
          mentions.setString(2, e.id());
          mentions.setInt(3, ++n);
          mentions.setInt(4, m.start());
          mentions.setInt(5, m.end());
          mentions.setString(6, m.text());
          mentions.addBatch();
        }
      }
      int n = 0;
      for (Timex t : x.timexes()) {
        timexes.setString(1, x.id());
        timexes.setInt(2, ++n);
        timexes.setInt(3, t.start());
        timexes.setInt(4, t.end());
        timexes.setString(5, t.text());
        timexes.setString(6, t.type().name());
        timexes.setString(7, t.value());
        timexes.setString(8, t.mod());
        timexes.addBatch();
      }
      n = 0;
      for (Quote q : x.quotes()) {
        quotes.setString(1, x.id());
        quotes.setInt(2, ++n);
        quotes.setInt(3, q.start());
        quotes.setInt(4, q.end());
        quotes.setString(5, q.text());
        quotes.setBoolean(6, q.direct());
        quotes.setString(7, q.cue());
        span(quotes, 8, q.cueSpan());
        var s = q.speaker();
        quotes.setString(10, s == null ? null : s.entity());
        quotes.setString(11, s == null ? null : s.name());
        quotes.setString(12, s == null ? null : s.country());
        span(quotes, 13, s == null ? null : s.mention());
        quotes.setString(15, s == null || s.mention() == null ? null : s.mention().text());
        var v = q.via();
        quotes.setString(16, v == null ? null : v.entity());
        quotes.setString(17, v == null ? null : v.name());
        span(quotes, 18, v == null ? null : v.mention());
        quotes.setString(20, v == null || v.mention() == null ? null : v.mention().text());
        quotes.addBatch();
      }
    }

    void event(long eventNo, Extraction x, Event e) throws SQLException {
      events.setLong(1, eventNo);
      events.setString(2, x.id());
      events.setString(3, e.id());
      events.setString(4, e.code());
      events.setString(5, e.root());
      events.setString(6, e.name());
      events.setString(7, e.plover());
      events.setString(8, e.ploverMode());
      events.setDouble(9, e.goldstein());
      events.setInt(10, e.quadClass());
      actor(11, e.source());
      actor(14, e.target());
      events.setString(17, e.date());
      events.setObject(18, day(e.date(), x.date()));
      events.setString(19, e.dateSource().name());
      var place = e.place();
      events.setString(20, place == null ? null : place.name());
      events.setString(21, place == null ? null : place.country());
      setDouble(22, place == null ? null : place.lat());
      setDouble(23, place == null ? null : place.lon());
      events.setString(24, e.modality().stream().map(m -> m.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(",")));
      events.setBoolean(25, happened(e.modality()));
      events.setBoolean(26, e.historical());
      events.setBoolean(27, lead(x.text(), e.evidence().start()));
      events.setInt(28, e.evidence().start());
      events.setInt(29, e.evidence().end());
      events.setString(30, e.evidence().text());
      events.setString(31, e.rule());
      events.setString(32, place == null || place.kind() == null ? null : place.kind().name());
      events.setString(33, place == null ? null : place.admin1());
      if (place == null || place.geonameId() == null) {
        events.setNull(34, Types.BIGINT);
      } else {
        events.setLong(34, place.geonameId());
      }
      events.addBatch();
      int n = 0;
      for (Mention m : e.mentions()) {
        eventMentions.setString(1, x.id());
        eventMentions.setString(2, e.id());
        eventMentions.setInt(3, ++n);
        eventMentions.setInt(4, m.start());
        eventMentions.setInt(5, m.end());
        eventMentions.setString(6, m.text());
        eventMentions.addBatch();
      }
    }

    private void actor(int at, @Nullable EventActor a) throws SQLException {
      events.setString(at, a == null ? null : a.entity());
      events.setString(at + 1, a == null ? null : a.actor());
      events.setString(at + 2, a == null ? null : a.country());
    }

    private void setDouble(int at, @Nullable Double d) throws SQLException {
      if (d == null) {
        events.setNull(at, Types.DOUBLE);
      } else {
        events.setDouble(at, d);
      }
    }

    private void span(PreparedStatement p, int at, @Nullable Mention m) throws SQLException {
      if (m == null) {
        p.setNull(at, Types.INTEGER);
        p.setNull(at + 1, Types.INTEGER);
      } else {
        p.setInt(at, m.start());
        p.setInt(at + 1, m.end());
      }
    }

    void flush() throws SQLException {
      for (PreparedStatement p : List.of(entities, mentions, timexes, quotes, events, eventMentions)) {
        p.executeBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement p : List.of(documents, entities, mentions, timexes, quotes, events, eventMentions)) {
        p.close();
      }
    }
  }
}
