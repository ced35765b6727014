package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * The ready questions, and plain SQL, against a store. Every user value is a statement parameter.
 *
 * <p>Counts of events leave out negated, hypothetical and planned events ({@code happened}) and historical background;
 * queries listing events show them all, with their modality.
 */
public final class Queries {
  /**
   * DuckDB's search: the phrase anywhere in the text or title, any case. A plain substring test on lowered
   * text scans the 19,495 Reuters articles in about 60 ms where ILIKE takes about 105 ms.
   */
  private static final String CONTAINS =
      "contains(lower(d.text), lower(?)) OR contains(lower(coalesce(d.title, '')), lower(?))";

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
    return timeline(a, b, by, "");
  }

  /**
   * The {@link #timeline} of the events dated at least as precisely as {@code by}: by day or week, an event dated
   * only to a month or a year ("in March") is left out, as it has no day; see {@link #vagueDates}.
   */
  public Table preciseTimeline(String a, String b, Period by) {
    return timeline(a, b, by, " AND NOT " + coarser(by));
  }

  /**
   * The counted events of two countries that {@link #preciseTimeline} leaves out, per date as coded (2023-03,
   * 2023) with its first day and how many.
   */
  public Table vagueDates(String a, String b, Period by) {
    String ua = a.toUpperCase(Locale.ROOT);
    String ub = b.toUpperCase(Locale.ROOT);
    return query("SELECT ev.date, min(ev.day) AS day, count(*) AS events FROM events ev WHERE " + HAPPENED
        + " AND ((ev.source_country = ? AND ev.target_country = ?) OR (ev.source_country = ? AND ev.target_country = ?))"
        + " AND " + coarser(by) + " GROUP BY ev.date ORDER BY 2, 1", ua, ub, ub, ua);
  }

  /** The condition on an event whose date as coded (2023-12-10, 2023-03, 2023) is coarser than {@code by}. */
  private static String coarser(Period by) {
    return switch (by) {
      case day, week -> "(ev.date LIKE '____-__' OR ev.date LIKE '____')";
      case month -> "ev.date LIKE '____'";
      case year -> "false";
    };
  }

  private Table timeline(String a, String b, Period by, String condition) {
    // The period name is an enum constant, not user input; so is the condition.
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
        + condition + " GROUP BY 1 ORDER BY 1";
    String ua = a.toUpperCase(Locale.ROOT);
    String ub = b.toUpperCase(Locale.ROOT);
    return query(sql, ua, ub, ub, ua);
  }

  /** The actors with the most events (as source or target), with the documents that name them. */
  public Table topActors(int limit) {
    return query(TOP_ACTORS + " LIMIT ?", limit);
  }

  /**
   * The actors with the most events as {@link #topActors} ranks them, a page at a time, each with the name and
   * country its entities carry most often.
   */
  public Page actors(long offset, int limit) {
    return page("SELECT t.actor, n.name, n.country, t.events, t.mean_goldstein, t.documents FROM ("
        + TOP_ACTORS + ") t LEFT JOIN (" + NAMES + ") n ON n.actor = t.actor ORDER BY 4 DESC, 6 DESC, 1",
        offset, limit);
  }

  /** The names, countries and types an actor's entities carry, most documents first (at most 5). */
  public Table actorNames(String actor) {
    return query("SELECT e.name, e.country, e.type, count(DISTINCT e.doc_id) AS documents FROM entities e"
        + " WHERE e.actor = ? GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1 LIMIT 5", actor.toUpperCase(Locale.ROOT));
  }

  /** Per CAMEO actor code, the entity name (and its country) that most of its mentions by name carry. */
  private static final String NAMES = """
      SELECT actor, name, country FROM (
        SELECT actor, name, country, row_number() OVER (PARTITION BY actor ORDER BY count(*) DESC, name) AS r
        FROM entities WHERE actor IS NOT NULL GROUP BY actor, name, country
      ) ranked WHERE r = 1""";

  private static final String TOP_ACTORS = """
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
        ORDER BY 2 DESC, 4 DESC, 1""".formatted(HAPPENED);

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
        + " WHERE " + CONTAINS + " ORDER BY d.date, d.doc_no LIMIT ?";
    return query(sql, text, text, text, limit);
  }

  /**
   * Which articles to list; every field is optional (null: no condition).
   *
   * @param text words of the title or text, searched as {@link #search} does
   * @param from first day of the articles' dates
   * @param to last day of the articles' dates
   * @param actor an actor the article names: CAMEO actor code, country code or entity name (any case)
   */
  public record DocumentFilter(
      @Nullable String text, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor) {}

  /**
   * A page of a longer answer.
   *
   * @param total the rows of the whole answer
   * @param rows the rows of this page
   */
  public record Page(long total, Table rows) {}

  /**
   * The articles that pass {@code filter}, by date: id, date, title, credit and a snippet (around the searched
   * words when there are some, else the start of the text), a page of {@code limit} after {@code offset}.
   */
  public Page documents(DocumentFilter filter, long offset, int limit) {
    Conditions where = new Conditions();
    String text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
    if (text != null) {
      if (store.dialect() == Dialect.POSTGRESQL) {
        where.add("to_tsvector('english', coalesce(d.title, '') || ' ' || d.text) @@ plainto_tsquery('english', ?)",
            text);
      } else {
        where.add("(" + CONTAINS + ")", text, text);
      }
    }
    if (filter.from() != null) {
      where.add("d.date >= ?", filter.from());
    }
    if (filter.to() != null) {
      where.add("d.date <= ?", filter.to());
    }
    String actor = filter.actor();
    if (actor != null && !actor.isBlank()) {
      String code = actor.strip().toUpperCase(Locale.ROOT);
      where.add("EXISTS (SELECT 1 FROM entities e WHERE e.doc_id = d.id"
          + " AND (e.actor = ? OR e.country = ? OR lower(e.name) = lower(?)))", code, code, actor.strip());
    }
    String snippet = text == null ? "substr(d.text, 1, 200)"
        : "substr(d.text, greatest(1, strpos(lower(d.text), lower(?)) - 60), 200)";
    List<Object> parameters = new ArrayList<>();
    if (text != null) {
      parameters.add(text);
    }
    parameters.addAll(where.parameters);
    parameters.add(limit);
    parameters.add(offset);
    Table rows = query("SELECT d.id, d.date, d.title, d.credit, " + snippet + " AS snippet FROM documents d"
        + where.sql() + " ORDER BY d.date, d.doc_no LIMIT ? OFFSET ?", parameters.toArray());
    Table count = query("SELECT count(*) FROM documents d" + where.sql(), where.parameters.toArray());
    Object total = count.rows().get(0).get(0);
    return new Page(total instanceof Number n ? n.longValue() : 0, rows);
  }

  /** The stored document {@code id} with everything extracted from it (its problems are not stored). */
  public Optional<Extraction> document(String id) {
    try {
      return StoredExtraction.read(store.connection(), id);
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + id, e);
    }
  }

  /**
   * Which events to list; every field is optional (null: no condition).
   *
   * @param source the source actor: CAMEO actor code or country code
   * @param target the target actor: CAMEO actor code or country code
   * @param actor an actor on either side: CAMEO actor code or country code
   * @param partner with {@code actor}, the actor on the other side (either direction)
   * @param code the CAMEO event code ("042")
   * @param root the CAMEO root code ("04")
   * @param from the first day counted
   * @param to the last day counted
   */
  public record EventFilter(@Nullable String source, @Nullable String target, @Nullable String actor,
      @Nullable String partner, @Nullable String code, @Nullable String root, @Nullable LocalDate from,
      @Nullable LocalDate to) {}

  private static final String EVENT_COLUMNS = """
      SELECT ev.day, ev.doc_id, d.title, ev.event_id, coalesce(ev.source_actor, ev.source_country) AS source,
             s.name AS source_name, ev.code, ev.root, ev.name AS event,
             coalesce(ev.target_actor, ev.target_country) AS target, t.name AS target_name, ev.goldstein,
             ev.quad_class, ev.modality, ev.evidence_text AS evidence, ev.rule, ev.date
      FROM events ev
      JOIN documents d ON d.id = ev.doc_id
      LEFT JOIN entities s ON s.doc_id = ev.doc_id AND s.entity_id = ev.source_entity
      LEFT JOIN entities t ON t.doc_id = ev.doc_id AND t.entity_id = ev.target_entity
      """;

  /**
   * The events that pass {@code filter}, negated, hypothetical and planned ones included (see their modality), by
   * day, a page of {@code limit} after {@code offset}.
   */
  public Page events(EventFilter filter, long offset, int limit) {
    Conditions where = new Conditions();
    String source = filter.source();
    if (source != null) {
      String s = source.toUpperCase(Locale.ROOT);
      where.add("(ev.source_actor = ? OR ev.source_country = ?)", s, s);
    }
    String target = filter.target();
    if (target != null) {
      String t = target.toUpperCase(Locale.ROOT);
      where.add("(ev.target_actor = ? OR ev.target_country = ?)", t, t);
    }
    String actor = filter.actor();
    if (actor != null) {
      String a = actor.toUpperCase(Locale.ROOT);
      String partner = filter.partner();
      if (partner == null) {
        where.add("(ev.source_actor = ? OR ev.source_country = ? OR ev.target_actor = ? OR ev.target_country = ?)",
            a, a, a, a);
      } else {
        String p = partner.toUpperCase(Locale.ROOT);
        where.add("((" + SOURCE_IS + " AND " + TARGET_IS + ") OR (" + TARGET_IS + " AND " + SOURCE_IS + "))",
            a, a, p, p, a, a, p, p);
      }
    }
    if (filter.code() != null) {
      where.add("ev.code = ?", filter.code());
    }
    if (filter.root() != null) {
      where.add("ev.root = ?", filter.root());
    }
    if (filter.from() != null) {
      where.add("ev.day >= ?", filter.from());
    }
    if (filter.to() != null) {
      where.add("ev.day <= ?", filter.to());
    }
    return page(EVENT_COLUMNS + where.sql() + " ORDER BY ev.day, ev.event_no", offset, limit,
        where.parameters.toArray());
  }

  private static final String SOURCE_IS = "(ev.source_actor = ? OR ev.source_country = ?)";
  private static final String TARGET_IS = "(ev.target_actor = ? OR ev.target_country = ?)";

  /**
   * The events that {@link #timeline} counts for two countries, either one acting on the other, from
   * {@code from} to {@code to} (both included): what a point of the timeline is made of.
   */
  public Page dyadEvents(String a, String b, LocalDate from, LocalDate to, long offset, int limit) {
    String ua = a.toUpperCase(Locale.ROOT);
    String ub = b.toUpperCase(Locale.ROOT);
    return page(EVENT_COLUMNS + " WHERE " + HAPPENED
        + " AND ((ev.source_country = ? AND ev.target_country = ?) OR (ev.source_country = ? AND ev.target_country = ?))"
        + " AND ev.day >= ? AND ev.day <= ? ORDER BY ev.day, ev.event_no", offset, limit, ua, ub, ub, ua, from, to);
  }

  /**
   * Whom an actor (CAMEO actor code or country code) dealt with most: the other side of its counted events,
   * either direction, with the events, how many it started, their mean Goldstein value and the articles, and
   * the partner's name as {@link #actors} gives it. The actor itself is no partner, nor, for a country code, an
   * actor of that country (JPN did not deal with JPNGOV). A page of {@code limit} after {@code offset}.
   */
  public Page partners(String actor, long offset, int limit) {
    String sql = """
        SELECT x.partner, n.name, count(*) AS events, sum(CASE WHEN outgoing THEN 1 ELSE 0 END) AS as_source,
               avg(goldstein) AS mean_goldstein, count(DISTINCT doc_id) AS documents
        FROM (
          SELECT coalesce(ev.target_actor, ev.target_country) AS partner, ev.target_country AS partner_country,
                 true AS outgoing, ev.goldstein, ev.doc_id
          FROM events ev WHERE %1$s AND (ev.source_actor = ? OR ev.source_country = ?)
          UNION ALL
          SELECT coalesce(ev.source_actor, ev.source_country) AS partner, ev.source_country AS partner_country,
                 false AS outgoing, ev.goldstein, ev.doc_id
          FROM events ev WHERE %1$s AND (ev.target_actor = ? OR ev.target_country = ?)
        ) x
        LEFT JOIN (%2$s) n ON n.actor = x.partner
        WHERE x.partner IS NOT NULL AND x.partner <> ? AND coalesce(x.partner_country, '') <> ?
        GROUP BY x.partner, n.name
        ORDER BY 3 DESC, 1""".formatted(HAPPENED, NAMES);
    String code = actor.toUpperCase(Locale.ROOT);
    return page(sql, offset, limit, code, code, code, code, code, code);
  }

  /**
   * Quotes by speaker: {@code speaker} a part of the speaker's name (any case), {@code actor} the speaker's
   * CAMEO actor code or country code; either may be null. With offsets, for showing the quote in its article.
   */
  public Page speakerQuotes(@Nullable String speaker, @Nullable String actor, long offset, int limit) {
    Conditions where = new Conditions();
    if (speaker != null && !speaker.isBlank()) {
      where.add("lower(q.speaker_name) LIKE '%' || ? || '%' ESCAPE '\\'",
          likeEscaped(speaker.strip().toLowerCase(Locale.ROOT)));
    }
    if (actor != null && !actor.isBlank()) {
      String code = actor.strip().toUpperCase(Locale.ROOT);
      where.add("(e.actor = ? OR q.speaker_country = ?)", code, code);
    }
    return page("""
        SELECT d.date, q.doc_id, d.title, q.n, q.speaker_name AS speaker, e.actor AS speaker_actor, q.via_name AS via,
               q.direct, q.cue, q.start_char, q.end_char, q.quote_text AS quote
        FROM quotes q JOIN documents d ON d.id = q.doc_id
        LEFT JOIN entities e ON e.doc_id = q.doc_id AND e.entity_id = q.speaker_entity
        """ + where.sql() + " ORDER BY d.date, d.doc_no, q.n", offset, limit, where.parameters.toArray());
  }

  /** A page of {@code limit} rows after {@code offset} of the query {@code sql}, with the rows of all of it. */
  private Page page(String sql, long offset, int limit, Object... parameters) {
    List<Object> paged = new ArrayList<>(List.of(parameters));
    paged.add(limit);
    paged.add(offset);
    Table rows = query(sql + " LIMIT ? OFFSET ?", paged.toArray());
    Object total = query("SELECT count(*) FROM (" + sql + ") whole", parameters).rows().get(0).get(0);
    return new Page(total instanceof Number n ? n.longValue() : 0, rows);
  }

  /** A WHERE clause made of constant SQL fragments, the user's values kept apart as parameters. */
  private static final class Conditions {
    private final List<String> fragments = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    void add(String fragment, Object... values) {
      fragments.add(fragment);
      parameters.addAll(List.of(values));
    }

    String sql() {
      return fragments.isEmpty() ? "" : " WHERE " + String.join(" AND ", fragments);
    }
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
