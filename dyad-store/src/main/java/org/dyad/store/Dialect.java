package org.dyad.store;

/** The databases a store can live in. The schema is the same; a few statements differ. */
public enum Dialect {
  /** Embedded, a single file: the default. */
  DUCKDB("duckdb", "org.duckdb.DuckDBDriver"),
  /** A shared server. */
  POSTGRESQL("postgresql", "org.postgresql.Driver");

  private final String suffix;
  private final String driver;

  Dialect(String suffix, String driver) {
    this.suffix = suffix;
    this.driver = driver;
  }

  /** The JDBC driver class. */
  String driver() {
    return driver;
  }

  /** The file-name suffix of migrations written for this dialect only ({@code V2__search.duckdb.sql}). */
  String suffix() {
    return suffix;
  }

  /** The dialect of a JDBC URL. */
  static Dialect of(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (url.startsWith("jdbc:duckdb:")) {
      return DUCKDB;
    }
    throw new IllegalArgumentException("not a DuckDB or PostgreSQL JDBC URL: " + url);
  }
}
