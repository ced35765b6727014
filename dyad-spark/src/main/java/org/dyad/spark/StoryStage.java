package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.store.Rows;
import org.dyad.store.Stories;

/**
 * The cross-document stories over the whole corpus, as {@link Stories} computes them in a store: the same
 * rules, written once there ({@link Stories#COUNTED}, {@link Stories#SOURCE}, {@link Stories#TARGET} and the
 * three counts), and the same window.
 *
 * <p>Where it shuffles: the events counted are partitioned by their key (source, target, code) and sorted by
 * day within it, to find where a story starts (a gap over the window); the story numbers are the dense rank of
 * each story's first event number, found by sorting the distinct first numbers (a range shuffle, never one
 * partition for all) and joined back; the counts join each report with its document's credit and its mentions
 * (shuffles by document) and group by story.
 */
final class StoryStage {
  /**
   * The stories and the events they hold, computed once for the writes that read them.
   *
   * @param stories rows of the {@code stories} table
   * @param storyEvents rows of the {@code story_events} table
   */
  record Result(Dataset<Row> stories, Dataset<Row> storyEvents, List<Dataset<Row>> kept) implements AutoCloseable {
    /** Lets go of the intermediate results kept for the writes. */
    @Override
    public void close() {
      kept.forEach(Dataset::unpersist);
    }
  }

  private StoryStage() {}

  static Result run(SparkSession spark, Dataset<Row> events, Dataset<Row> documents, Dataset<Row> eventMentions,
      int windowDays) {
    Dataset<Row> counted = events.where(expr(Stories.COUNTED))
        .select(col("doc_id"), col("event_id"), col("event_no"), col("day"), col("code"),
            expr(Stories.SOURCE).as("sa"), expr(Stories.TARGET).as("ta"));
    WindowSpec key = Window.partitionBy("sa", "ta", "code").orderBy("day", "event_no");
    Column previous = lag(col("day"), 1).over(key);
    Dataset<Row> firsts = counted
        .withColumn("starts", when(previous.isNull().or(datediff(col("day"), previous).gt(windowDays)), lit(1))
            .otherwise(lit(0)))
        .withColumn("island", sum("starts").over(key.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .withColumn("first_no", min("event_no").over(Window.partitionBy("sa", "ta", "code", "island")))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> numbers = denseRank(spark, firsts.select("first_no").distinct());
    Dataset<Row> members = firsts.join(numbers, "first_no").persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> storyEvents = members.select(col("story_no"), col("doc_id"), col("event_id"));

    Dataset<Row> credits = documents.select(col("id").as("doc_id"), col("credit"));
    Dataset<Row> mentions = eventMentions.groupBy("doc_id", "event_id").count().withColumnRenamed("count", "mentions");
    Dataset<Row> reports = members.select("story_no", "event_no", "day", "doc_id", "event_id")
        .join(credits, seq("doc_id"), "inner")
        .join(mentions, seq("doc_id", "event_id"), "left");
    Dataset<Row> counts = reports.groupBy("story_no").agg(min("event_no").as("first_no"), min("day").as("first_day"),
        max("day").as("last_day"), expr(Stories.NUM_ARTICLES).as("num_articles"),
        expr(Stories.NUM_SOURCES).as("num_sources"), expr(Stories.NUM_MENTIONS).as("num_mentions"));
    Dataset<Row> representative = events.select(col("event_no").as("first_no"), expr(Stories.SOURCE).as("source_actor"),
        expr(Stories.TARGET).as("target_actor"), col("code"), col("doc_id"), col("event_id"));
    Dataset<Row> joined = counts.join(representative, "first_no");
    List<Column> columns = Rows.Table.stories.columns().stream()
        .map(c -> col(c.name()).cast(Tables.type(c.type())).as(c.name()))
        .toList();
    Dataset<Row> stories = joined.select(columns.toArray(Column[]::new)).persist(StorageLevel.MEMORY_AND_DISK());
    return new Result(stories, storyEvents, List.of(firsts, members, stories));
  }

  /** {@code first_no} with {@code story_no}, its dense rank from 1, without gathering all rows in one partition. */
  private static Dataset<Row> denseRank(SparkSession spark, Dataset<Row> firstNumbers) {
    JavaRDD<Row> ranked = firstNumbers.javaRDD()
        .map(r -> r.getLong(0))
        .sortBy(n -> n, true, Math.max(1, firstNumbers.rdd().getNumPartitions()))
        .zipWithIndex()
        .map(t -> RowFactory.create(t._1(), t._2() + 1));
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("first_no", DataTypes.LongType, false),
        DataTypes.createStructField("story_no", DataTypes.LongType, false)));
    return spark.createDataFrame(ranked, schema);
  }

  static scala.collection.immutable.Seq<String> seq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
