package org.dyad.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.dyad.store.Export;
import org.jspecify.annotations.Nullable;

/**
 * The GDELT 2.0 event records of the stories, one line per story in story order, as {@code dyad export --format
 * gdelt} writes them: the same join of each story with its first report (event, document, actors' names), and
 * the same 61 columns from {@link Export#gdeltRow}, AvgTone the mean tone of the story's articles.
 */
final class GdeltStage {
  /** The columns of an actor's entity after its document: its id, name and the seven of its place. */
  private static final String[] ENTITY = {"entity_id", "name", "place_name", "place_country", "place_lat",
      "place_lon", "place_kind", "place_admin1", "place_geonameid"};

  private GdeltStage() {}

  static Dataset<String> lines(Dataset<Row> stories, Dataset<Row> storyEvents, Dataset<Row> events,
      Dataset<Row> documents, Dataset<Row> entities) {
    Dataset<Row> tones = storyEvents.join(documents, storyEvents.col("doc_id").equalTo(documents.col("id")))
        .groupBy(storyEvents.col("story_no")).agg(avg(documents.col("tone")).as("avg_tone")).alias("t");
    Dataset<Row> s = stories.alias("s");
    Dataset<Row> ev = events.alias("ev");
    Dataset<Row> d = documents.alias("d");
    Dataset<Row> se = entities.select("doc_id", ENTITY).alias("se");
    Dataset<Row> te = entities.select("doc_id", ENTITY).alias("te");
    Dataset<Row> joined = s
        .join(ev, col("ev.doc_id").equalTo(col("s.doc_id")).and(col("ev.event_id").equalTo(col("s.event_id"))))
        .join(d, col("d.id").equalTo(col("s.doc_id")))
        .join(se, col("se.doc_id").equalTo(col("ev.doc_id")).and(col("se.entity_id").equalTo(col("ev.source_entity"))),
            "left")
        .join(te, col("te.doc_id").equalTo(col("ev.doc_id")).and(col("te.entity_id").equalTo(col("ev.target_entity"))),
            "left")
        .join(tones, col("t.story_no").equalTo(col("s.story_no")), "left")
        .orderBy(col("s.story_no"))
        .select(col("ev.gdelt_id"), col("s.first_day"), col("s.source_actor"), col("s.target_actor"),
            col("s.num_mentions"), col("s.num_sources"), col("s.num_articles"), col("ev.code"), col("ev.root"),
            col("ev.quad_class"), col("ev.goldstein"), col("ev.lead"), col("ev.source_country"),
            col("ev.target_country"), col("se.name").as("source_name"), col("te.name").as("target_name"),
            col("ev.place_name"), col("ev.place_country"), col("ev.place_lat"), col("ev.place_lon"),
            col("ev.place_kind"), col("ev.place_admin1"), col("ev.place_geonameid"), col("d.id"),
            col("d.ingested_at"), col("d.metadata"), col("t.avg_tone"), col("se.place_name"), col("se.place_country"),
            col("se.place_lat"), col("se.place_lon"), col("se.place_kind"), col("se.place_admin1"),
            col("se.place_geonameid"), col("te.place_name"), col("te.place_country"), col("te.place_lat"),
            col("te.place_lon"), col("te.place_kind"), col("te.place_admin1"), col("te.place_geonameid"));
    return joined.map((MapFunction<Row, String>) r -> String.join("\t", Export.gdeltRow(story(r))), Encoders.STRING());
  }

  private static Export.GdeltStory story(Row r) {
    return new Export.GdeltStory(r.getLong(0), day(r.get(1)), r.getString(2), r.getString(3), r.getInt(4),
        r.getInt(5), r.getInt(6), r.getString(7), r.getString(8), r.getInt(9), r.getDouble(10), r.getBoolean(11),
        r.getString(12), r.getString(13), r.getString(14), r.getString(15), place(r, 16), r.getString(23),
        (LocalDateTime) r.get(24), r.getString(25), nullable(r, 26), place(r, 27), place(r, 34));
  }

  /**
   * A place in the seven columns from {@code at} (name, country, latitude, longitude, kind, admin1, GeoNames id:
   * the event's, or those of {@link #ENTITY} for an actor's entity), or null when it has no name.
   */
  private static @Nullable Place place(Row r, int at) {
    return r.isNullAt(at) ? null : new Place(r.getString(at), r.getString(at + 1), nullable(r, at + 2),
        nullable(r, at + 3), r.isNullAt(at + 4) ? null : PlaceKind.valueOf(r.getString(at + 4)),
        r.getString(at + 5), r.isNullAt(at + 6) ? null : r.getLong(at + 6));
  }

  private static @Nullable Double nullable(Row r, int i) {
    return r.isNullAt(i) ? null : r.getDouble(i);
  }

  /** A DATE value, as Spark gives it with or without its Java 8 time API turned on. */
  static LocalDate day(Object v) {
    return v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
  }
}
