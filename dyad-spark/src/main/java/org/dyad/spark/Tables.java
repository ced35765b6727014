package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.Rows;
import org.jspecify.annotations.Nullable;

/**
 * The store's tables as Spark schemas (names and types from {@link Rows}), and the staging rows the extraction
 * writes: one row per input record, holding a document's rows of every table, or the problem it met.
 */
final class Tables {
  /** The column that splits every table of a document into folders by the document's date. */
  static final String PARTITION = "doc_date";

  /** A record that could not be read or extracted. */
  static final StructType PROBLEM = new StructType(new StructField[] {
      DataTypes.createStructField("source_file", DataTypes.StringType, false),
      DataTypes.createStructField("source_offset", DataTypes.LongType, false),
      DataTypes.createStructField("origin", DataTypes.StringType, false),
      DataTypes.createStructField("doc_id", DataTypes.StringType, true),
      DataTypes.createStructField("stage", DataTypes.StringType, false),
      DataTypes.createStructField("message", DataTypes.StringType, false)});

  private Tables() {}

  /** The Spark type of a store column. */
  static DataType type(Rows.Type t) {
    return switch (t) {
      case VARCHAR, JSON -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case BIGINT -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      // no zone, as the store's TIMESTAMP: DuckDB reads it back as TIMESTAMP, not TIMESTAMP WITH TIME ZONE
      case TIMESTAMP -> DataTypes.TimestampNTZType;
    };
  }

  /** The schema of a store table. */
  static StructType schema(Rows.Table t) {
    List<StructField> fields = new ArrayList<>();
    for (Rows.Column c : t.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), c.nullable()));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * The staging rows: {@code doc_no} and {@link #PARTITION} of a document, the copies of the record dropped as
   * duplicates, then one array per table that documents fill (named as the table), then {@code problem}; a
   * document has no problem, a problem no document.
   */
  static StructType staging() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("doc_no", DataTypes.LongType, true));
    fields.add(DataTypes.createStructField(PARTITION, DataTypes.DateType, true));
    fields.add(DataTypes.createStructField("duplicates", DataTypes.LongType, false));
    for (Rows.Table t : Rows.Table.values()) {
      if (t.perDocument()) {
        fields.add(DataTypes.createStructField(t.name(), DataTypes.createArrayType(schema(t), false), true));
      }
    }
    fields.add(DataTypes.createStructField("problem", PROBLEM, true));
    return DataTypes.createStructType(fields);
  }

  /** The staging row of a document: its rows, table by table. */
  static Row document(long docNo, LocalDate date, long duplicates,
      Map<Rows.Table, List<List<@Nullable Object>>> rows) {
    return staged(docNo, date, duplicates, rows, null);
  }

  /** The staging row of a record that could not be read or extracted. */
  static Row problem(Item.Bad bad, long duplicates) {
    Item.Source s = bad.source();
    return staged(null, null, duplicates, null,
        RowFactory.create(s.file(), s.offset(), s.origin(), bad.docId(), bad.stage(), bad.message()));
  }

  private static Row staged(@Nullable Long docNo, @Nullable LocalDate date, long duplicates,
      @Nullable Map<Rows.Table, List<List<@Nullable Object>>> rows, @Nullable Row problem) {
    List<@Nullable Object> values = new ArrayList<>();
    values.add(docNo);
    values.add(date);
    values.add(duplicates);
    for (Rows.Table t : Rows.Table.values()) {
      if (t.perDocument()) {
        if (rows == null) {
          values.add(null);
          continue;
        }
        List<Row> table = new ArrayList<>();
        for (List<@Nullable Object> r : rows.get(t)) {
          table.add(RowFactory.create(r.toArray()));
        }
        values.add(scala.jdk.javaapi.CollectionConverters.asScala(table).toSeq());
      }
    }
    values.add(problem);
    return RowFactory.create(values.toArray());
  }
}
