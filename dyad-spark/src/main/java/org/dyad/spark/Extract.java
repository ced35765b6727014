package org.dyad.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dyad.model.Extraction;
import org.dyad.store.Rows;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The extraction of a partition of numbered records, on an executor: each document through the JVM's one
 * {@link Engines engine} into its store rows ({@link Rows#of}), each record that cannot be extracted into a
 * problem row. A task never fails for a record.
 */
final class Extract implements FlatMapFunction<Iterator<Tuple2<Tuple2<Item, Long>, Long>>, Row> {
  private static final long serialVersionUID = 1L;

  /** Events are numbered {@code doc_no} times this plus 1, 2 ...: in the order of ingest, from content alone. */
  static final long EVENTS_PER_DOCUMENT = 1_000_000;

  private final Settings settings;

  Extract(Settings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<Tuple2<Item, Long>, Long>> records) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        Tuple2<Tuple2<Item, Long>, Long> r = records.next();
        return row(r._1()._1(), r._2() + 1, r._1()._2() - 1);
      }
    };
  }

  /**
   * The staging row of a record; {@code docNo} counts from 1 in input order (records that failed to read come
   * last), {@code duplicates} the copies of it dropped.
   */
  Row row(Item item, long docNo, long duplicates) {
    if (item instanceof Item.Bad bad) {
      return Tables.problem(bad, 0);
    }
    Item.Doc doc = (Item.Doc) item;
    if (doc.text().length() > settings.maxChars()) {
      return Tables.problem(new Item.Bad(doc.source(), doc.id(), "size", "a text of " + doc.text().length()
          + " characters, over the limit of " + settings.maxChars()), duplicates);
    }
    Extraction x;
    Map<Rows.Table, List<List<@Nullable Object>>> rows;
    try {
      x = doc.read().extractedBy(Engines.get(settings)::extract);
      if (x.events().size() >= EVENTS_PER_DOCUMENT) {
        return Tables.problem(new Item.Bad(doc.source(), doc.id(), "size", x.events().size() + " events"), duplicates);
      }
      rows = Rows.of(x, docNo, docNo * EVENTS_PER_DOCUMENT + 1, doc.source().added());
    } catch (RuntimeException | StackOverflowError e) {
      return Tables.problem(new Item.Bad(doc.source(), doc.id(), "extract", "extraction failed: " + e), duplicates);
    }
    Engines.extracted();
    return Tables.document(docNo, x.date(), duplicates, rows);
  }
}
