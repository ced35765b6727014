/**
 * The event store: extractions kept in a database, queried and exported.
 *
 * <p>{@link org.dyad.store.Store} opens a DuckDB file (the default, {@code dyad.duckdb}) or a PostgreSQL
 * server ({@code jdbc:postgresql://...}) through the same code and the same schema, brought up to date by
 * versioned migrations (the SQL files under {@code org/dyad/store/migrations}). {@link org.dyad.store.Ingest}
 * pours documents in on all cores; {@link org.dyad.store.Queries} answers the ready questions;
 * {@link org.dyad.store.Export} writes GDELT 2.0 event files, JSON Lines, CSV and Parquet.
 *
 * <p>Hints, tips and traps: ingest is idempotent. A document whose id or normalised text is already stored is
 * skipped, and the rows of a batch of documents are committed in one transaction, so a run killed at any
 * point and run again ends with exactly the rows of an uninterrupted run. Numbers that GDELT needs as integers
 * ({@code doc_no}, {@code event_no}, {@code story_no}) are counted in ingest order, never drawn from a
 * sequence, for the same reason. SQL is never built from user strings: every value is a parameter.
 */
@NullMarked
package org.dyad.store;

import org.jspecify.annotations.NullMarked;
