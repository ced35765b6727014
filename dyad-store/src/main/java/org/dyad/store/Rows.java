package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.engine.read.TextHash;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Timex;
import org.jspecify.annotations.Nullable;

/**
 * The store's tables as data, and the rows an {@link Extraction} becomes in them: the one mapping from the model
 * to the tables, which {@link Store} inserts and other writers (the Spark job's Parquet folders) reuse. Columns
 * are listed in the order of the tables the migrations build.
 */
public final class Rows {
  /** A column's SQL type; the values of a row are of the Java type given with each. */
  public enum Type {
    /** {@link String}. */
    VARCHAR,
    /** {@link String} holding a JSON object. */
    JSON,
    /** {@link Integer}. */
    INTEGER,
    /** {@link Long}. */
    BIGINT,
    /** {@link Double}. */
    DOUBLE,
    /** {@link Boolean}. */
    BOOLEAN,
    /** {@link java.time.LocalDate}. */
    DATE,
    /** {@link LocalDateTime}, without a zone. */
    TIMESTAMP
  }

  /** A column: its name, type and whether it may hold NULL. */
  public record Column(String name, Type type, boolean nullable) {}

  /** The tables. All but {@link #stories} and {@link #story_events} are filled one document at a time. */
  public enum Table {
    documents(
        c("doc_no", Type.BIGINT), c("id"), n("title"), c("date", Type.DATE), c("date_source"), n("credit"),
        c("text"), c("metadata", Type.JSON), c("text_hash"), c("ingested_at", Type.TIMESTAMP),
        n("tone", Type.DOUBLE)),
    entities(c("doc_id"), c("entity_id"), c("name"), c("type"), n("country"), n("role"), n("actor"),
        n("country_source"), n("place_name"), n("place_country"), n("place_lat", Type.DOUBLE),
        n("place_lon", Type.DOUBLE), n("place_kind"), n("place_admin1"), n("place_geonameid", Type.BIGINT)),
    mentions(c("doc_id"), c("entity_id"), c("n", Type.INTEGER), c("start_char", Type.INTEGER),
        c("end_char", Type.INTEGER), c("mention_text")),
    timexes(c("doc_id"), c("n", Type.INTEGER), c("start_char", Type.INTEGER), c("end_char", Type.INTEGER),
        c("timex_text"), c("type"), c("value"), n("modifier"), n("anchor_start", Type.INTEGER),
        n("anchor_end", Type.INTEGER), n("anchor_text"), n("points_to")),
    quotes(c("doc_id"), c("n", Type.INTEGER), c("start_char", Type.INTEGER), c("end_char", Type.INTEGER),
        c("quote_text"), c("direct", Type.BOOLEAN), c("cue"), n("cue_start", Type.INTEGER),
        n("cue_end", Type.INTEGER), n("speaker_entity"), n("speaker_name"), n("speaker_country"),
        n("speaker_start", Type.INTEGER), n("speaker_end", Type.INTEGER), n("speaker_text"), n("via_entity"),
        n("via_name"), n("via_start", Type.INTEGER), n("via_end", Type.INTEGER), n("via_text")),
    events(c("event_no", Type.BIGINT), c("doc_id"), c("event_id"), c("code"), c("root"), c("name"), n("plover"),
        n("plover_mode"), c("goldstein", Type.DOUBLE), c("quad_class", Type.INTEGER), n("source_entity"),
        n("source_actor"), n("source_country"), n("target_entity"), n("target_actor"), n("target_country"),
        c("date"), c("day", Type.DATE), c("date_source"), n("place_name"), n("place_country"),
        n("place_lat", Type.DOUBLE), n("place_lon", Type.DOUBLE), c("modality"), c("happened", Type.BOOLEAN),
        c("historical", Type.BOOLEAN), c("lead", Type.BOOLEAN), c("evidence_start", Type.INTEGER),
        c("evidence_end", Type.INTEGER), c("evidence_text"), c("rule"), n("place_kind"), n("place_admin1"),
        n("place_geonameid", Type.BIGINT), n("act"), n("uid"), n("gdelt_id", Type.BIGINT)),
    event_mentions(c("doc_id"), c("event_id"), c("n", Type.INTEGER), c("start_char", Type.INTEGER),
        c("end_char", Type.INTEGER), c("mention_text")),
    stories(c("story_no", Type.BIGINT), c("source_actor"), c("target_actor"), c("code"), c("first_day", Type.DATE),
        c("last_day", Type.DATE), c("num_articles", Type.INTEGER), c("num_sources", Type.INTEGER),
        c("num_mentions", Type.INTEGER), c("doc_id"), c("event_id")),
    story_events(c("story_no", Type.BIGINT), c("doc_id"), c("event_id"));

    private final List<Column> columns;

    Table(Column... columns) {
      this.columns = List.of(columns);
    }

    public List<Column> columns() {
      return columns;
    }

    /** Whether the table is filled document by document ({@link Rows#of}), not derived from other tables. */
    public boolean perDocument() {
      return this != stories && this != story_events;
    }

    private static Column c(String name) {
      return new Column(name, Type.VARCHAR, false);
    }

    private static Column c(String name, Type type) {
      return new Column(name, type, false);
    }

    private static Column n(String name) {
      return new Column(name, Type.VARCHAR, true);
    }

    private static Column n(String name, Type type) {
      return new Column(name, type, true);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private Rows() {}

  /**
   * The rows of one document, per table (every table that {@link Table#perDocument} fills, in declaration
   * order): each row its values in column order, null for SQL NULL.
   *
   * @param docNo the document's number ({@code documents.doc_no})
   * @param firstEventNo the number of its first event; the others follow one by one
   * @param ingestedAt when the document entered the store
   */
  public static Map<Table, List<List<@Nullable Object>>> of(Extraction x, long docNo, long firstEventNo,
      LocalDateTime ingestedAt) {
    Map<Table, List<List<@Nullable Object>>> out = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      if (t.perDocument()) {
        out.put(t, new ArrayList<>());
      }
    }
    String id = x.id();
    out.get(Table.documents).add(row(docNo, id, x.title(), x.date(), x.dateSource().name(), x.credit(), x.text(),
        metadata(x), TextHash.of(x.text()), ingestedAt, Tone.standard().of(x.text())));
    for (Entity e : x.entities()) {
      Place at = e.place();
      out.get(Table.entities).add(row(id, e.id(), e.name(), e.type().name(), e.country(), e.role(), e.actor(),
          e.countrySource() == null ? null : e.countrySource().name(), at == null ? null : at.name(),
          at == null ? null : at.country(), at == null ? null : at.lat(), at == null ? null : at.lon(),
          at == null || at.kind() == null ? null : at.kind().name(), at == null ? null : at.admin1(),
          at == null ? null : at.geonameId()));
      int n = 0;
      for (Mention m : e.mentions()) {
        out.get(Table.mentions).add(row(id, e.id(), ++n, m.start(), m.end(), m.text()));
      }
    }
    int n = 0;
    for (Timex t : x.timexes()) {
      Mention anchor = t.anchor();
      out.get(Table.timexes).add(row(id, ++n, t.start(), t.end(), t.text(), t.type().name(), t.value(), t.mod(),
          start(anchor), end(anchor), anchor == null ? null : anchor.text(), t.pointsTo()));
    }
    n = 0;
    for (Quote q : x.quotes()) {
      var s = q.speaker();
      Mention said = s == null ? null : s.mention();
      var v = q.via();
      Mention cited = v == null ? null : v.mention();
      out.get(Table.quotes).add(row(id, ++n, q.start(), q.end(), q.text(), q.direct(), q.cue(), start(q.cueSpan()),
          end(q.cueSpan()), s == null ? null : s.entity(), s == null ? null : s.name(),
          s == null ? null : s.country(), start(said), end(said), said == null ? null : said.text(),
          v == null ? null : v.entity(), v == null ? null : v.name(), start(cited), end(cited),
          cited == null ? null : cited.text()));
    }
    long eventNo = firstEventNo;
    for (Event e : x.events()) {
      Place p = e.place();
      EventActor source = e.source();
      EventActor target = e.target();
      String uid = EventIds.uid(id, e.evidence().start(), e.evidence().end(), e.code(), actor(source), actor(target));
      out.get(Table.events).add(row(eventNo++, id, e.id(), e.code(), e.root(), e.name(), e.plover(),
          e.ploverMode(), e.goldstein(), e.quadClass(), entity(source), actor(source), country(source),
          entity(target), actor(target), country(target), e.date(), e.day(x.date()),
          e.dateSource().name(), p == null ? null : p.name(), p == null ? null : p.country(),
          p == null ? null : p.lat(), p == null ? null : p.lon(),
          e.modality().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")),
          e.happened(), e.historical(), e.inLead(x.text()),
          e.evidence().start(), e.evidence().end(), e.evidence().text(), e.rule(),
          p == null || p.kind() == null ? null : p.kind().name(), p == null ? null : p.admin1(),
          p == null ? null : p.geonameId(), e.act(), uid, EventIds.gdeltId(uid)));
      n = 0;
      for (Mention m : e.mentions()) {
        out.get(Table.event_mentions).add(row(id, e.id(), ++n, m.start(), m.end(), m.text()));
      }
    }
    return out;
  }

  private static String metadata(Extraction x) {
    try {
      return JSON.writeValueAsString(x.metadata());
    } catch (JsonProcessingException e) {
      throw new StoreException("metadata of " + x.id() + " is not JSON: " + e.getOriginalMessage());
    }
  }

  private static List<@Nullable Object> row(@Nullable Object... values) {
    return Arrays.asList(values);
  }

  private static @Nullable Integer start(@Nullable Mention m) {
    return m == null ? null : m.start();
  }

  private static @Nullable Integer end(@Nullable Mention m) {
    return m == null ? null : m.end();
  }

  private static @Nullable String entity(@Nullable EventActor a) {
    return a == null ? null : a.entity();
  }

  private static @Nullable String actor(@Nullable EventActor a) {
    return a == null ? null : a.actor();
  }

  private static @Nullable String country(@Nullable EventActor a) {
    return a == null ? null : a.country();
  }
}
