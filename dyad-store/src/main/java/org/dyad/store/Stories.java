package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Cross-document events: the same real event reported by many articles becomes one story.
 *
 * <p>Two coded events are one story when they have the same source actor, the same target actor (or none), the
 * same CAMEO code, and days no more than the window apart; the window chains, so a week of daily reports of a
 * siege is one story. An actor is its CAMEO code, or its country when it has no code; events without a source
 * actor, negated or hypothetical events, and historical background are left out. Each story counts, as GDELT
 * does, NumArticles (distinct documents), NumSources (distinct credited outlets, at least one) and NumMentions
 * (every mention of the event in every article, at least one per article event). Story numbers follow the
 * first report's ingest order, so recomputing after more ingest keeps earlier numbers where it can.
 *
 * <p>Every event keeps its row, its article and its evidence; {@code story_events} links it to its story.
 */
public final class Stories {
  /** Reports of one event this many days apart are still the same event. */
  public static final int DEFAULT_WINDOW_DAYS = 3;

  /**
   * Before and after.
   *
   * @param events coded events in the store
   * @param counted the events that stories are made from
   * @param stories the stories they collapse into
   */
  public record Counts(long events, long counted, long stories) {}

  /**
   * The events that stories are made of, a condition on the columns of {@code events}: ones that took place
   * (neither negated, hypothetical nor planned), not historical background, with a source actor.
   */
  public static final String COUNTED =
      "happened AND NOT historical AND coalesce(source_actor, source_country) IS NOT NULL";

  /** The source actor that stories key an event by, over the columns of {@code events}: its code, else its country. */
  public static final String SOURCE = "coalesce(source_actor, source_country)";

  /** The target actor that stories key an event by: its code, else its country, else '' (no target). */
  public static final String TARGET = "coalesce(target_actor, target_country, '')";

  /** NumArticles, an aggregate over a story's events ({@code doc_id}). */
  public static final String NUM_ARTICLES = "count(DISTINCT doc_id)";

  /** NumSources, an aggregate over a story's events with their document's {@code credit}: at least one. */
  public static final String NUM_SOURCES = "greatest(1, count(DISTINCT credit))";

  /**
   * NumMentions, an aggregate over a story's events with the count of each one's {@code mentions} (null when
   * none were recorded): every mention counts, and an event counts once at least.
   */
  public static final String NUM_MENTIONS = "sum(greatest(1, coalesce(mentions, 0)))";

  // Two events of one key are in one story when their days are no more than the window (the parameter) apart.
  private static final String ISLANDS = """
      INSERT INTO story_events (story_no, doc_id, event_id)
      WITH e AS (
        SELECT doc_id, event_id, event_no, day, code, %s AS sa, %s AS ta
        FROM events
        WHERE %s
      ), gaps AS (
        SELECT e.*,
               CASE WHEN lag(day) OVER w IS NULL OR day - lag(day) OVER w > ? THEN 1 ELSE 0 END AS starts
        FROM e
        WINDOW w AS (PARTITION BY sa, ta, code ORDER BY day, event_no)
      ), islands AS (
        SELECT gaps.*,
               sum(starts) OVER (PARTITION BY sa, ta, code ORDER BY day, event_no ROWS UNBOUNDED PRECEDING) AS island
        FROM gaps
      ), firsts AS (
        SELECT islands.*, min(event_no) OVER (PARTITION BY sa, ta, code, island) AS first_no
        FROM islands
      )
      SELECT dense_rank() OVER (ORDER BY first_no), doc_id, event_id FROM firsts
      """.formatted(SOURCE, TARGET, COUNTED);

  private static final String STORIES = """
      INSERT INTO stories (story_no, source_actor, target_actor, code, first_day, last_day, num_articles,
                           num_sources, num_mentions, doc_id, event_id)
      SELECT a.story_no, rep.sa, rep.ta, rep.code, a.first_day, a.last_day, a.num_articles, a.num_sources,
             a.num_mentions, rep.doc_id, rep.event_id
      FROM (
        SELECT story_no, min(event_no) AS first_no, min(day) AS first_day, max(day) AS last_day,
               %s AS num_articles, %s AS num_sources, %s AS num_mentions
        FROM (
          SELECT se.story_no, ev.event_no, ev.day, ev.doc_id, d.credit, m.n AS mentions
          FROM story_events se
          JOIN events ev ON ev.doc_id = se.doc_id AND ev.event_id = se.event_id
          JOIN documents d ON d.id = ev.doc_id
          LEFT JOIN (SELECT doc_id, event_id, count(*) AS n FROM event_mentions GROUP BY doc_id, event_id) m
            ON m.doc_id = ev.doc_id AND m.event_id = ev.event_id
        ) reports
        GROUP BY story_no
      ) a
      JOIN (SELECT event_no, %s AS sa, %s AS ta, code, doc_id, event_id FROM events) rep ON rep.event_no = a.first_no
      """.formatted(NUM_ARTICLES, NUM_SOURCES, NUM_MENTIONS, SOURCE, TARGET);

  private Stories() {}

  /** Recomputes every story from the events, in one transaction. */
  static Counts collapse(Store store, int windowDays) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("the window is a number of days, not " + windowDays);
    }
    Connection db = store.connection();
    try {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.executeUpdate("DELETE FROM story_events");
        s.executeUpdate("DELETE FROM stories");
        try (PreparedStatement p = db.prepareStatement(ISLANDS)) {
          p.setInt(1, windowDays);
          p.executeUpdate();
        }
        s.executeUpdate(STORIES);
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
      return new Counts(count(db, "SELECT count(*) FROM events"), count(db, "SELECT count(*) FROM story_events"),
          count(db, "SELECT count(*) FROM stories"));
    } catch (SQLException e) {
      throw new StoreException("cannot collapse events into stories in " + store.target(), e);
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
