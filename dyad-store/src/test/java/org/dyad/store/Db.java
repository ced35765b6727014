package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database for one test: a DuckDB file in the test's temporary folder, or a new schema on the PostgreSQL
 * server named by the environment variable {@code DYAD_TEST_PG} (a JDBC URL such as
 * {@code jdbc:postgresql://localhost:5432/dyad_test?user=postgres&password=dyad}; {@code .ci/postgres.sh} starts
 * one and prints it). Without a reachable server the PostgreSQL case of a test is skipped, saying why.
 */
record Db(String target, Dialect dialect, String schema) implements AutoCloseable {
  private static final String PG = System.getenv("DYAD_TEST_PG");
  private static final String UNREACHABLE = pgUnreachable();

  /** The dialects each store test runs on. */
  static Stream<Dialect> dialects() {
    return Stream.of(Dialect.DUCKDB, Dialect.POSTGRESQL);
  }

  static Db of(Dialect dialect, Path dir) {
    if (dialect == Dialect.DUCKDB) {
      return new Db(dir.resolve("test-" + UUID.randomUUID() + ".duckdb").toString(), dialect, "");
    }
    Assumptions.assumeTrue(UNREACHABLE == null, () -> "PostgreSQL tests skipped: " + UNREACHABLE);
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new Db(PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema, dialect, schema);
  }

  private static String pgUnreachable() {
    if (PG == null || PG.isBlank()) {
      String reason = "DYAD_TEST_PG is not set (run .ci/postgres.sh and export the URL it prints)";
      System.out.println("dyad-store: " + reason);
      return reason;
    }
    DriverManager.setLoginTimeout(3);
    try (Connection c = DriverManager.getConnection(PG)) {
      return null;
    } catch (SQLException e) {
      String reason = "no PostgreSQL server at DYAD_TEST_PG: " + e.getMessage();
      System.out.println("dyad-store: " + reason);
      return reason;
    }
  }

  @Override
  public void close() throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
