package org.dyad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.dyad.engine.read.DocumentReader;

/**
 * Articles in Parquet files, read by Spark's own reader: each row becomes the JSON object of a JSON Lines
 * record ({@code id}, {@code date}, {@code title}, {@code text} or {@code body}, {@code credit}; {@code url} and
 * every other column kept as metadata) and is read by {@link DocumentReader#jsonRecord} with the same rules.
 * Dates and timestamps are given as ISO text, nested columns as JSON. A row is placed at {@code file#row}.
 */
final class ParquetInput {
  private static final String FILE = "__dyad_file";
  private static final String ROW = "__dyad_row";

  private ParquetInput() {}

  static JavaRDD<Item> items(SparkSession spark, List<Inputs.InputFile> files, Settings settings) {
    Dataset<Row> df = spark.read().parquet(files.stream().map(Inputs.InputFile::path).toArray(String[]::new));
    List<Column> columns = new ArrayList<>();
    Set<String> json = new HashSet<>();
    for (StructField f : df.schema().fields()) {
      Column c = functions.col("`" + f.name().replace("`", "``") + "`");
      if (f.dataType() instanceof StructType || f.dataType() instanceof ArrayType || f.dataType() instanceof MapType) {
        columns.add(functions.to_json(c).as(f.name()));
        json.add(f.name());
      } else if (f.dataType() instanceof TimestampType || f.dataType() instanceof TimestampNTZType) {
        columns.add(functions.date_format(c, "yyyy-MM-dd'T'HH:mm:ss").as(f.name()));
      } else if (f.dataType() instanceof DateType || f.dataType() instanceof BinaryType) {
        columns.add(c.cast("string").as(f.name()));
      } else {
        columns.add(c);
      }
    }
    columns.add(functions.col("_metadata.file_path").as(FILE));
    columns.add(functions.col("_metadata.row_index").as(ROW));
    Map<String, Inputs.InputFile> byPath = new HashMap<>();
    for (Inputs.InputFile f : files) {
      byPath.put(key(f.path()), f);
    }
    return df.select(columns.toArray(Column[]::new)).javaRDD().map(row -> item(row, json, byPath, settings));
  }

  private static Item item(Row row, Set<String> json, Map<String, Inputs.InputFile> byPath, Settings settings)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String path = row.getAs(FILE);
    Inputs.InputFile file = byPath.get(key(path));
    if (file == null) {
      throw new IllegalStateException("a row of " + path + ", which the job did not list");
    }
    long index = row.<Long>getAs(ROW);
    String where = file.path() + "#" + (index + 1);
    ObjectNode node = mapper.createObjectNode();
    StructType schema = row.schema();
    for (int i = 0; i < schema.size(); i++) {
      String name = schema.fields()[i].name();
      Object v = row.get(i);
      if (v == null || name.equals(FILE) || name.equals(ROW)) {
        continue;
      }
      node.set(name, json.contains(name) ? mapper.readTree((String) v) : value(mapper, v));
    }
    DocumentReader reader = new DocumentReader(settings.date(), file.day());
    return Inputs.item(file.source(index, where),
        reader.jsonRecord(where, node, DocumentReader.idOf(file.path()) + "-" + (index + 1)));
  }

  private static JsonNode value(ObjectMapper mapper, Object v) {
    if (v instanceof BigDecimal b) {
      return mapper.getNodeFactory().numberNode(b);
    }
    return mapper.valueToTree(v instanceof Number || v instanceof Boolean ? v : v.toString());
  }

  /** A file's path as Spark's file metadata and Hadoop's listing both give it, decoded and without scheme. */
  private static String key(String path) {
    try {
      return new Path(new URI(path)).toUri().getPath();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return new Path(path).toUri().getPath();
    }
  }
}
