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

  private static final String ISLANDS = """
      INSERT INTO story_events (story_no, doc_id, event_id)
      WITH e AS (
        SELECT doc_id, event_id, event_no, day, code,
               coalesce(source_actor, source_country) AS sa,
               coalesce(target_actor, target_country, '') AS ta
        FROM events
        WHERE happened AND NOT historical AND coalesce(source_actor, source_country) IS NOT NULL
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
      """;

  private static final String STORIES = """
      INSERT INTO stories (story_no, source_actor, target_actor, code, first_day, last_day, num_articles,
                           num_sources, num_mentions, doc_id, event_id)
      SELECT a.story_no, coalesce(rep.source_actor, rep.source_country), coalesce(rep.target_actor, rep.target_country, ''),
             rep.code, a.first_day, a.last_day, a.num_articles, a.num_sources, a.num_mentions, rep.doc_id, rep.event_id
      FROM (
        SELECT se.story_no, min(ev.event_no) AS first_no, min(ev.day) AS first_day, max(ev.day) AS last_day,
               count(DISTINCT ev.doc_id) AS num_articles,
               greatest(1, count(DISTINCT d.credit)) AS num_sources,
               sum(greatest(1, coalesce(m.n, 0))) AS num_mentions
        FROM story_events se
        JOIN events ev ON ev.doc_id = se.doc_id AND ev.event_id = se.event_id
        JOIN documents d ON d.id = ev.doc_id
        LEFT JOIN (SELECT doc_id, event_id, count(*) AS n FROM event_mentions GROUP BY doc_id, event_id) m
          ON m.doc_id = ev.doc_id AND m.event_id = ev.event_id
        GROUP BY se.story_no
      ) a
      JOIN events rep ON rep.event_no = a.first_no
      """;

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
