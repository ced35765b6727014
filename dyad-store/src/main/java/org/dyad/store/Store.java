package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.engine.read.TextHash;
import org.dyad.model.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * A database of extractions: a DuckDB file or a PostgreSQL server, one schema for both.
 *
 * <p>Opening a store creates its tables or brings them up to the current schema version. A store is used by
 * one thread at a time (the JDBC connection is not shared); {@link Ingest} runs the extraction on many threads
 * and writes from one. It only stores: what an event means for counting (whether it happened, its day, whether
 * it is in the lead) is the model's ({@link org.dyad.model.Event#happened()}, {@link org.dyad.model.Event#day},
 * {@link org.dyad.model.Event#inLead}), written into the rows by {@link Rows}.
 *
 * <p>When a database server drops the connection (PostgreSQL restarted), {@link #contains}, {@link #put} and
 * {@link #collapseStories} connect again and try again, waiting longer each time, and tell each try in one line
 * ({@link #onLostConnection}); each is one transaction, so a try again stores nothing twice.
 */
public final class Store implements AutoCloseable {
  /** The file a store lives in unless told otherwise. */
  public static final String DEFAULT_PATH = "dyad.duckdb";

  /** The migrations in order: {@code V<n>__<name>.sql}, or one file per dialect {@code V<n>__<name>.<dialect>.sql}. */
  private static final List<String> MIGRATIONS = List.of("V1__init", "V2__search", "V3__places", "V4__planned",
      "V5__country_source", "V6__anchor_act", "V7__event_uid",
      "V8__tone", "V9__entity_places");

  /** Connects to the database: at opening, and again after a server dropped the connection. */
  @FunctionalInterface
  interface Connector {
    Connection connect() throws SQLException;
  }

  /** A step on the database, run again by {@link #retrying} when the connection was lost. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  private final Connector connector;
  private Connection db;
  private boolean lost;
  private int tries = 5;
  private Duration firstWait = Duration.ofSeconds(1);
  private Consumer<String> tell = line -> System.err.println(line);
  private final Dialect dialect;
  private final String target;
  private final boolean folder;
  private final boolean readOnly;

  private Store(Connector connector, Connection db, Dialect dialect, String target, boolean folder,
      boolean readOnly) {
    this.connector = connector;
    this.db = db;
    this.dialect = dialect;
    this.target = target;
    this.folder = folder;
    this.readOnly = readOnly;
  }

  /**
   * Opens (creating if need be) the store at {@code target}: a {@code jdbc:postgresql://} or {@code jdbc:duckdb:}
   * URL, the path of a DuckDB file, or a folder of Parquet files (one subfolder per table, as the Spark job
   * writes), which is opened read-only (see {@link ParquetFolder}).
   */
  public static Store open(String target) {
    boolean folder = ParquetFolder.is(target);
    String url = folder ? "jdbc:duckdb:" : target.startsWith("jdbc:") ? target : "jdbc:duckdb:" + target;
    Dialect dialect = Dialect.of(url);
    try {
      // Registers the driver: DriverManager's own discovery misses it under some class loaders.
      Class.forName(dialect.driver());
      Connector connector = () -> DriverManager.getConnection(url);
      Connection c = connector.connect();
      Store store = new Store(connector, c, dialect, target, folder, folder);
      try {
        store.migrate();
        if (folder) {
          ParquetFolder.attach(c, Path.of(target));
        }
      } catch (RuntimeException e) {
        c.close();
        throw e;
      }
      return store;
    } catch (SQLException e) {
      throw cannotOpen(target, e);
    } catch (ClassNotFoundException e) {
      throw new StoreException("no JDBC driver for " + dialect, e);
    }
  }

  /**
   * Opens an existing store to read it. A DuckDB file is opened read-only, so that any number of processes read
   * it at once (DuckDB lets one process write a file or many processes read it, not both at once). A file of an
   * older schema version is first migrated (opened for writing, which needs it free). Any other store opens as
   * {@link #open} opens it.
   */
  public static Store openForReading(String target) {
    Store store = readOnly(target);
    if (store.schemaVersion() < MIGRATIONS.size()) {
      store.close();
      open(target).close();
      store = readOnly(target);
    }
    return store;
  }

  private static Store readOnly(String target) {
    if (target.startsWith("jdbc:") || ParquetFolder.is(target)) {
      return open(target);
    }
    try {
      Class.forName(Dialect.DUCKDB.driver());
      Properties readOnly = new Properties();
      readOnly.setProperty("duckdb.read_only", "true");
      Connector connector = () -> DriverManager.getConnection("jdbc:duckdb:" + target, readOnly);
      Connection c = connector.connect();
      Store store = new Store(connector, c, Dialect.DUCKDB, target, false, true);
      if (store.schemaVersion() > MIGRATIONS.size()) {
        c.close();
        throw new StoreException(target + " is at schema version " + store.schemaVersion() + ", newer than this"
            + " dyad reads (" + MIGRATIONS.size() + "): use the dyad that wrote it");
      }
      return store;
    } catch (SQLException e) {
      throw cannotOpen(target, e);
    } catch (ClassNotFoundException e) {
      throw new StoreException("no JDBC driver for " + Dialect.DUCKDB, e);
    }
  }

  /** The error of a store that would not open; a DuckDB file another process holds is told as such. */
  private static StoreException cannotOpen(String target, SQLException e) {
    String why = e.getMessage() == null ? "" : e.getMessage();
    Matcher pid = Pattern.compile("Conflicting lock is held in (\\S+) \\(PID (\\d+)\\)")
        .matcher(why);
    if (pid.find()) {
      return new StoreException(masked(target) + " is in use by process " + pid.group(2) + " (" + pid.group(1)
          + ", a dyad serve or ingest?): DuckDB lets one process write a file or many read it, not both at once;"
          + " wait for it, stop it, ask dyad serve's HTTP API, or run dyad serve --read-only");
    }
    return new StoreException("cannot open " + masked(target), e);
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Whether the store was opened read-only: a Parquet folder, or a DuckDB file {@link #openForReading}. */
  public boolean readOnly() {
    return readOnly;
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
          if (name.equals("V7__event_uid")) {
            giveEventsIds();
          }
          try (PreparedStatement p =
              db.prepareStatement("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, v);
            p.setString(2, name);
            p.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            p.executeUpdate();
          }
          db.commit();
          db.setAutoCommit(true);
        } catch (SQLException e) {
          undo(e);
          throw new StoreException("migration " + name + " failed on " + target(), e);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot migrate " + target(), e);
    }
  }

  /** Gives the events stored before version 7 their {@link EventIds}, in the migration's transaction. */
  private void giveEventsIds() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id, event_id, evidence_start, evidence_end, code, source_actor,"
            + " target_actor FROM events");
        PreparedStatement p = db.prepareStatement("UPDATE events SET uid = ?, gdelt_id = ?"
            + " WHERE doc_id = ? AND event_id = ?")) {
      while (r.next()) {
        String uid = EventIds.uid(r.getString(1), r.getInt(3), r.getInt(4), r.getString(5), r.getString(6),
            r.getString(7));
        p.setString(1, uid);
        p.setLong(2, EventIds.gdeltId(uid));
        p.setString(3, r.getString(1));
        p.setString(4, r.getString(2));
        p.addBatch();
      }
      p.executeBatch();
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
    return retrying(() -> has(id, text), e -> new StoreException("cannot look up " + id, e));
  }

  private boolean has(String id, String text) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM documents WHERE id = ? OR text_hash = ?")) {
      p.setString(1, id);
      p.setString(2, TextHash.of(text));
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
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
    requireWritable();
    return retrying(() -> putOnce(batch),
        e -> new StoreException("cannot store a batch of " + batch.size() + " document(s) in " + target(), e));
  }

  private List<Outcome> putOnce(List<Extraction> batch) throws SQLException {
    db.setAutoCommit(false);
    try (Writer w = new Writer()) {
      List<Outcome> outcomes = new ArrayList<>();
      long docNo = max("doc_no", "documents");
      long eventNo = max("event_no", "events");
      for (Extraction x : batch) {
        if (has(x.id(), x.text())) {
          outcomes.add(Outcome.DUPLICATE);
          continue;
        }
        w.put(++docNo, eventNo + 1, x);
        eventNo += x.events().size();
        outcomes.add(Outcome.STORED);
      }
      w.flush();
      db.commit();
      db.setAutoCommit(true);
      return List.copyOf(outcomes);
    } catch (SQLException | RuntimeException e) {
      undo(e);
      throw e;
    }
  }

  /** Where the lines telling a lost connection and each try again go: standard error unless told. */
  public void onLostConnection(Consumer<String> tell) {
    this.tell = tell;
  }

  /** How often to try a step when the connection is lost, and the wait before the second try (doubled after). */
  void retries(int tries, Duration firstWait) {
    this.tries = tries;
    this.firstWait = firstWait;
  }

  /**
   * Runs {@code work}, and when the connection to the database was lost (SQLSTATE class 08, or PostgreSQL's
   * 57P01 to 57P03: the server shut down, crashed or is starting) connects again and runs it again, up to
   * {@link #tries} times, telling each try in one line. Any other failure, or the last, is {@code failed}'s.
   */
  private <T> T retrying(Work<T> work, Function<SQLException, StoreException> failed) {
    Duration wait = firstWait;
    for (int attempt = 1; ; attempt++) {
      SQLException e;
      try {
        if (lost) {
          db = connector.connect();
          lost = false;
        }
        return work.run();
      } catch (SQLException x) {
        e = x;
      } catch (StoreException x) {
        if (!(x.getCause() instanceof SQLException cause) || !lostConnection(cause)) {
          throw x;
        }
        e = cause;
      }
      if (!lostConnection(e)) {
        throw failed.apply(e);
      }
      if (attempt >= tries) {
        StoreException last = failed.apply(e);
        last.addSuppressed(new StoreException("the connection was lost and not regained in " + tries + " tries"));
        throw last;
      }
      lost = true;
      try {
        db.close();
      } catch (SQLException ignored) {
        // the connection is gone already
      }
      tell.accept("dyad: lost the connection to " + target() + " (" + firstLine(e) + "): trying again in "
          + wait.toMillis() / 1000.0 + " s (" + (attempt + 1) + " of " + tries + ")");
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException x) {
        Thread.currentThread().interrupt();
        throw failed.apply(e);
      }
      wait = wait.multipliedBy(2);
    }
  }

  private static boolean lostConnection(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03"));
  }

  private static String firstLine(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }

  /**
   * Rolls back after {@code first} and goes back to auto-commit; what fails in doing so (a rollback after a full
   * disk: "no transaction is active") is suppressed in {@code first}, which stays the error reported ("No space
   * left on device"), not hidden by the second.
   */
  private void undo(Exception first) {
    try {
      db.rollback();
    } catch (SQLException | RuntimeException e) {
      first.addSuppressed(e);
    }
    try {
      db.setAutoCommit(true);
    } catch (SQLException | RuntimeException e) {
      first.addSuppressed(e);
    }
  }

  /** A store over an open connection to a DuckDB database, migrated: for tests that stand between the two. */
  static Store over(Connection c, String target) {
    return over(() -> c, target);
  }

  /** {@link #over(Connection, String)}, connecting again through {@code connector} after a lost connection. */
  static Store over(Connector connector, String target) {
    try {
      Store store = new Store(connector, connector.connect(), Dialect.of("jdbc:duckdb:"), target, false, false);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw cannotOpen(target, e);
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

  /** Recomputes the cross-document events; see {@link Stories}. */
  public Stories.Counts collapseStories(int windowDays) {
    requireWritable();
    return retrying(() -> Stories.collapse(this, windowDays),
        e -> new StoreException("cannot collapse events into stories in " + target(), e));
  }

  private void requireWritable() {
    if (folder) {
      throw new StoreException(target() + " is a folder of Parquet files: it is read, not written");
    }
  }

  /**
   * Closes the store. A DuckDB file opened for writing is checkpointed first (its write-ahead log written into
   * the file), since DuckDB's own checkpoint at closing says nothing when it fails: a checkpoint that fails (a
   * full disk) is a {@link StoreException}, thrown once the connection is closed. What was stored is safe then in
   * the write-ahead log, which DuckDB replays when the store is next opened. Closing a closed store does nothing.
   */
  @Override
  public void close() {
    StoreException unfinished = null;
    try {
      if (dialect == Dialect.DUCKDB && !readOnly && !folder && !db.isClosed()) {
        try (Statement s = db.createStatement()) {
          s.execute("CHECKPOINT");
        }
      }
    } catch (SQLException e) {
      unfinished = new StoreException("cannot checkpoint " + target() + ": what was stored is safe in its write-ahead"
          + " log, which DuckDB replays when the store is next opened", e);
    }
    try {
      db.close();
    } catch (SQLException e) {
      StoreException closing = new StoreException("cannot close " + target(), e);
      if (unfinished == null) {
        throw closing;
      }
      unfinished.addSuppressed(closing);
    }
    if (unfinished != null) {
      throw unfinished;
    }
  }

  /** The prepared inserts of one transaction, batched; the rows are {@link Rows}'s. */
  private final class Writer implements AutoCloseable {
    private final Map<Rows.Table, PreparedStatement> inserts = new EnumMap<>(Rows.Table.class);

    Writer() throws SQLException {
      try {
        for (Rows.Table t : Rows.Table.values()) {
          if (t.perDocument()) {
            inserts.put(t, db.prepareStatement(insert(t)));
          }
        }
      } catch (SQLException e) {
        close();
        throw e;
      }
    }

    private static String insert(Rows.Table t) {
      List<Rows.Column> columns = t.columns();
      return "INSERT INTO " + t.name() + " (" + columns.stream().map(Rows.Column::name).collect(Collectors.joining(", "))
          + ") VALUES (" + columns.stream().map(c -> c.type() == Rows.Type.JSON ? "CAST(? AS JSON)" : "?")
              .collect(Collectors.joining(", ")) + ")";
    }

    /** Inserts the rows of {@code x}; the document's own row at once, since later documents of the batch look for it. */
    void put(long docNo, long firstEventNo, Extraction x) throws SQLException {
      for (var table : Rows.of(x, docNo, firstEventNo, LocalDateTime.now()).entrySet()) {
        PreparedStatement p = inserts.get(table.getKey());
        for (List<@Nullable Object> row : table.getValue()) {
          bind(p, table.getKey().columns(), row);
          if (table.getKey() == Rows.Table.documents) {
            p.executeUpdate();
          } else {
            p.addBatch();
          }
        }
      }
    }

    private static void bind(PreparedStatement p, List<Rows.Column> columns, List<@Nullable Object> row)
        throws SQLException {
      for (int i = 0; i < columns.size(); i++) {
        Object v = row.get(i);
        int at = i + 1;
        Rows.Type type = columns.get(i).type();
        if (v == null) {
          p.setNull(at, switch (type) {
            case VARCHAR, JSON -> Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
          });
          continue;
        }
        switch (type) {
          case VARCHAR, JSON -> p.setString(at, (String) v);
          case INTEGER -> p.setInt(at, (Integer) v);
          case BIGINT -> p.setLong(at, (Long) v);
          case DOUBLE -> p.setDouble(at, (Double) v);
          case BOOLEAN -> p.setBoolean(at, (Boolean) v);
          case DATE -> p.setObject(at, v);
          case TIMESTAMP -> p.setTimestamp(at, Timestamp.valueOf((LocalDateTime) v));
        }
      }
    }

    void flush() throws SQLException {
      for (var e : inserts.entrySet()) {
        if (e.getKey() != Rows.Table.documents) {
          e.getValue().executeBatch();
        }
      }
    }

    @Override
    public void close() throws SQLException {
      for (PreparedStatement p : inserts.values()) {
        p.close();
      }
    }
  }
}
