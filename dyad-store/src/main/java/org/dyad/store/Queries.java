package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The ready questions, and plain SQL, against a store. Every user value is a statement parameter.
 *
 * <p>Counts of events leave out negated and hypothetical events ({@code happened}) and historical background;
 * queries listing events show them all, with their modality.
 */
public final class Queries {
  /** The periods a timeline counts by. */
  public enum Period {
    day,
    week,
    month,
    year
  }

  private static final String HAPPENED = "ev.happened AND NOT ev.historical";

  private final Store store;

  public Queries(Store store) {
    this.store = store;
  }

  /** Runs the user's own SQL: a query returns its rows; any other statement returns the rows it changed. */
  public Table sql(String sql) {
    try (Statement s = store.connection().createStatement()) {
      if (s.execute(sql)) {
        try (ResultSet r = s.getResultSet()) {
          return Table.of(r);
        }
      }
      return new Table(java.util.List.of("changed"), java.util.List.of(java.util.List.of((Object) s.getUpdateCount())));
    } catch (SQLException e) {
      throw new StoreException("query failed", e);
    }
  }

  /**
   * The dyad timeline of two countries, either one acting on the other: per period, the events by QuadClass,
   * the stories they collapse into (when stories were computed), and the mean and summed Goldstein value.
   *
   * @param a ISO 3166-1 alpha-3 country code ("USA")
   * @param b the other country ("JPN")
   */
  public Table timeline(String a, String b, Period by) {
    // The period name is an enum constant, not user input.
    String sql = "SELECT CAST(date_trunc('" + by.name() + "', CAST(ev.day AS TIMESTAMP)) AS DATE) AS period,"
        + " count(*) AS events,"
        + " sum(CASE WHEN ev.quad_class = 1 THEN 1 ELSE 0 END) AS verbal_coop,"
        + " sum(CASE WHEN ev.quad_class = 2 THEN 1 ELSE 0 END) AS material_coop,"
        + " sum(CASE WHEN ev.quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,"
        + " sum(CASE WHEN ev.quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict,"
        + " count(DISTINCT se.story_no) AS stories,"
        + " avg(ev.goldstein) AS mean_goldstein, sum(ev.goldstein) AS sum_goldstein"
        + " FROM events ev LEFT JOIN story_events se ON se.doc_id = ev.doc_id AND se.event_id = ev.event_id"
        + " WHERE " + HAPPENED
        + " AND ((ev.source_country = ? AND ev.target_country = ?) OR (ev.source_country = ? AND ev.target_country = ?))"
        + " GROUP BY 1 ORDER BY 1";
    String ua = a.toUpperCase(Locale.ROOT);
    String ub = b.toUpperCase(Locale.ROOT);
    return query(sql, ua, ub, ub, ua);
  }

  /** The actors with the most events (as source or target), with the documents that name them. */
  public Table topActors(int limit) {
    String sql = """
        WITH ents AS (
          SELECT actor, count(DISTINCT doc_id) AS documents FROM entities WHERE actor IS NOT NULL GROUP BY actor
        ), acts AS (
          SELECT actor, count(*) AS events, avg(goldstein) AS mean_goldstein FROM (
            SELECT ev.source_actor AS actor, ev.goldstein FROM events ev WHERE %1$s AND ev.source_actor IS NOT NULL
            UNION ALL
            SELECT ev.target_actor AS actor, ev.goldstein FROM events ev WHERE %1$s AND ev.target_actor IS NOT NULL
          ) x GROUP BY actor
        )
        SELECT coalesce(ents.actor, acts.actor) AS actor, coalesce(acts.events, 0) AS events, acts.mean_goldstein,
               coalesce(ents.documents, 0) AS documents
        FROM ents FULL OUTER JOIN acts ON ents.actor = acts.actor
        ORDER BY 2 DESC, 4 DESC, 1
        LIMIT ?
        """.formatted(HAPPENED);
    return query(sql, limit);
  }

  /** The events of an actor, named by CAMEO actor code, country code or entity name, in date order. */
  public Table events(String actor, int limit) {
    String sql = """
        SELECT ev.day, ev.doc_id, ev.event_id, coalesce(ev.source_actor, ev.source_country) AS source,
               s.name AS source_name, ev.code, ev.name AS event, coalesce(ev.target_actor, ev.target_country) AS target,
               t.name AS target_name, ev.goldstein, ev.quad_class, ev.modality, ev.evidence_text AS evidence
        FROM events ev
        LEFT JOIN entities s ON s.doc_id = ev.doc_id AND s.entity_id = ev.source_entity
        LEFT JOIN entities t ON t.doc_id = ev.doc_id AND t.entity_id = ev.target_entity
        WHERE ev.source_actor = ? OR ev.source_country = ? OR ev.target_actor = ? OR ev.target_country = ?
           OR lower(s.name) = lower(?) OR lower(t.name) = lower(?)
        ORDER BY ev.day, ev.event_no
        LIMIT ?
        """;
    String code = actor.toUpperCase(Locale.ROOT);
    return query(sql, code, code, code, code, actor, actor, limit);
  }

  /** The quotes whose speaker's name contains {@code speaker} (any case), in date order. */
  public Table quotes(String speaker, int limit) {
    String sql = """
        SELECT d.date, q.doc_id, q.speaker_name AS speaker, q.via_name AS via, q.direct, q.cue, q.quote_text AS quote
        FROM quotes q JOIN documents d ON d.id = q.doc_id
        WHERE lower(q.speaker_name) LIKE '%' || ? || '%' ESCAPE '\\'
        ORDER BY d.date, d.doc_no, q.n
        LIMIT ?
        """;
    return query(sql, likeEscaped(speaker.toLowerCase(Locale.ROOT)), limit);
  }

  /**
   * Full-text search of the articles: PostgreSQL's text search (English stemming, all words must occur); in
   * DuckDB, the phrase anywhere in title or text, any case.
   */
  public Table search(String text, int limit) {
    String snippet = "substr(d.text, greatest(1, strpos(lower(d.text), lower(?)) - 60), 200) AS snippet";
    if (store.dialect() == Dialect.POSTGRESQL) {
      String sql = "SELECT d.id, d.date, d.title, " + snippet + " FROM documents d"
          + " WHERE to_tsvector('english', coalesce(d.title, '') || ' ' || d.text) @@ plainto_tsquery('english', ?)"
          + " ORDER BY ts_rank(to_tsvector('english', coalesce(d.title, '') || ' ' || d.text),"
          + " plainto_tsquery('english', ?)) DESC, d.date, d.doc_no LIMIT ?";
      return query(sql, text, text, text, limit);
    }
    String sql = "SELECT d.id, d.date, d.title, " + snippet + " FROM documents d"
        + " WHERE d.text ILIKE '%' || ? || '%' ESCAPE '\\' OR d.title ILIKE '%' || ? || '%' ESCAPE '\\'"
        + " ORDER BY d.date, d.doc_no LIMIT ?";
    String like = likeEscaped(text);
    return query(sql, text, like, like, limit);
  }

  private static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Table query(String sql, Object... parameters) {
    try (PreparedStatement p = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        p.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        return Table.of(r);
      }
    } catch (SQLException e) {
      throw new StoreException("query failed", e);
    }
  }
}
