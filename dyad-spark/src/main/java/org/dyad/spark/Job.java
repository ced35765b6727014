package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.dyad.store.Rows;
import scala.Tuple2;

/**
 * The job: articles in, the store's tables out as Parquet, with the stories and the GDELT event file.
 *
 * <ol>
 *   <li>read every input file on the executors with dyad's readers (Parquet with Spark's);
 *   <li>drop duplicates as {@code dyad ingest} skips them (the same id, else the same normalised text; the first
 *       in input order stays) and number the documents in input order (a range sort and a count per partition);
 *   <li>extract each document with the executor's one engine into a staging row (its rows of every table), a
 *       record that cannot be read or extracted into a problem row; split them by the document's date once and
 *       keep them (in memory, spilled to disk when need be): the job that extracts counts them, and nothing after
 *       it extracts or reads the input again;
 *   <li>write each table from the kept rows, one file per date folder ({@code doc_date=...}) with no shuffle of
 *       its own, and the problems; then the stories over the whole corpus (kept too), and from them the events of
 *       the stories and the GDELT file ({@code gdelt/part-*}, in story order); the rows written are counted as
 *       they go by, with no job of their own;
 *   <li>last, {@code _dyad.json}: the run's counts, which says that the folder is whole.
 * </ol>
 *
 * <p>Every table is overwritten, so a run repeated over the same input and output (after a failure, or not)
 * leaves the same rows and never twice: numbers come from the input's order and content, and
 * {@code ingested_at} is the input file's time, not the run's.
 */
public final class Job {
  /** The file that a finished run leaves in the output folder. */
  public static final String DONE = "_dyad.json";

  /**
   * What a run did.
   *
   * @param files input files
   * @param duplicates documents dropped as duplicates
   * @param rows the rows of each table written (documents, events ..., stories, problems), and of gdelt
   * @param problems problem rows by stage: read, size, extract
   * @param phases the seconds of each phase: read (and number), extract (and count the staging rows), tables,
   *     stories, gdelt (with the events of the stories)
   * @param seconds the run's time
   */
  public record Summary(long files, long duplicates, Map<String, Long> rows, Map<String, Long> problems,
      Map<String, Double> phases, double seconds) {
    /** The summary as the JSON object of {@link #DONE}. */
    String json() {
      StringBuilder out = new StringBuilder("{\"files\": ").append(files).append(", \"duplicates\": ")
          .append(duplicates).append(", \"rows\": {");
      rows.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ")
          .append('"').append(k).append("\": ").append(v));
      out.append("}, \"problems\": {");
      problems.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ")
          .append('"').append(k).append("\": ").append(v));
      out.append("}, \"phases\": {");
      phases.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '{' ? "" : ", ")
          .append('"').append(k).append("\": ").append(String.format(Locale.ROOT, "%.1f", v)));
      return out.append(String.format(Locale.ROOT, "}, \"seconds\": %.1f}%n", seconds)).toString();
    }
  }

  private Job() {}

  /** The time each phase took, in the order they ran. */
  private static final class Phases {
    final Map<String, Double> seconds = new LinkedHashMap<>();
    private long since = System.nanoTime();

    void end(String phase) {
      long now = System.nanoTime();
      seconds.put(phase, (now - since) / 1e9);
      since = now;
    }
  }

  /** Runs the job on {@code spark}. */
  public static Summary run(SparkSession spark, Settings settings) throws IOException {
    long t0 = System.nanoTime();
    Phases phases = new Phases();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(settings.out());
    FileSystem fs = out.getFileSystem(conf);
    fs.delete(new Path(out, DONE), false);
    List<Inputs.InputFile> files = Inputs.list(conf, settings.sources());
    int partitions = settings.partitions() > 0 ? settings.partitions() : Math.max(2, 4 * jsc.defaultParallelism());

    // Each record travels with the number of copies of it seen so far: duplicates are counted exactly, however
    // often Spark runs a stage again.
    JavaRDD<Tuple2<Item, Long>> items = read(spark, jsc, files, settings).map(i -> new Tuple2<>(i, 1L));
    JavaPairRDD<Tuple2<Item, Long>, Long> numbered = items
        .mapToPair(t -> new Tuple2<>(t._1() instanceof Item.Doc d ? "id\u0000" + d.id() : badKey(t._1()), t))
        .reduceByKey(Job::earlier, partitions)
        .values()
        .mapToPair(t -> new Tuple2<>(t._1() instanceof Item.Doc d ? "text\u0000" + d.textHash() : badKey(t._1()), t))
        .reduceByKey(Job::earlier, partitions)
        .values()
        // documents first, in input order, so that they are numbered 1, 2 ... as dyad ingest numbers them
        .sortBy(t -> (t._1() instanceof Item.Bad ? "1" : "0") + t._1().source().order(), true, partitions)
        .zipWithIndex();
    phases.end("read");
    // One extraction, kept for every table, the stories and the GDELT file: none of them extracts or reads again.
    // It is split by the document's date once, here, so that each table's date folders get one file each with no
    // shuffle of their own (the problems, which have no date, are one partition). Spark may join small partitions
    // of the kept rows, as it does those of any shuffle (a date stays within one): a few tasks per table on a
    // small corpus, not one per shuffle partition.
    spark.conf().set("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true");
    Dataset<Row> staged = spark.createDataFrame(numbered.mapPartitions(new Extract(settings)), Tables.staging())
        .repartition(col(Tables.PARTITION))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // The job that extracts and keeps the result also counts it: per problem stage (none for documents) the
      // records, the copies dropped as duplicates, and each table's rows.
      List<Column> sums = new ArrayList<>();
      sums.add(sum(col("duplicates")));
      List<String> counted = new ArrayList<>();
      for (Rows.Table t : Rows.Table.values()) {
        if (t.perDocument()) {
          sums.add(sum(size(col(t.name()))));
          counted.add(t.name());
        }
      }
      List<Row> totals = new ArrayList<>(staged.groupBy(col("problem.stage").as("stage"))
          .agg(count(lit(1)), sums.toArray(Column[]::new)).collectAsList());
      totals.sort(Comparator.comparing(r -> r.isNullAt(0) ? "" : r.getString(0)));
      phases.end("extract");

      long duplicates = 0;
      Map<String, Long> byStage = new LinkedHashMap<>();
      Map<String, Long> rows = new LinkedHashMap<>();
      counted.forEach(t -> rows.put(t, 0L));
      for (Row r : totals) {
        duplicates += r.isNullAt(2) ? 0 : r.getLong(2);
        if (r.isNullAt(0)) {
          for (int i = 0; i < counted.size(); i++) {
            rows.put(counted.get(i), r.isNullAt(i + 3) ? 0 : r.getLong(i + 3));
          }
        } else {
          byStage.put(r.getString(0), r.getLong(1));
        }
      }
      Map<Rows.Table, Dataset<Row>> tables = new EnumMap<>(Rows.Table.class);
      List<Runnable> writes = new ArrayList<>();
      for (Rows.Table t : Rows.Table.values()) {
        if (t.perDocument()) {
          tables.put(t, staged.where(col("doc_no").isNotNull())
              .select(col(Tables.PARTITION), explode(col(t.name())).as("r"))
              .select(col(Tables.PARTITION), col("r.*")));
          writes.add(() -> write(tables.get(t), keyColumns(t), new Path(out, t.name()), true));
        }
      }
      writes.add(() -> write(staged.where(col("problem").isNotNull()).select(col("problem.*")),
          List.of("source_file", "source_offset"), new Path(out, "problems"), false));
      together(writes);
      phases.end("tables");

      long[] written = new long[3];
      try (StoryStage.Result stories = StoryStage.run(spark, tables.get(Rows.Table.events),
          tables.get(Rows.Table.documents), tables.get(Rows.Table.event_mentions), settings.window())) {
        // the stories first: they keep the intermediate results that the events of the stories and GDELT read
        written[0] = write(stories.stories(), List.of("story_no"), new Path(out, "stories"), false);
        phases.end("stories");
        together(List.of(
            () -> written[1] = write(stories.storyEvents(), List.of("story_no", "doc_id", "event_id"),
                new Path(out, "story_events"), false),
            () -> written[2] = counted(GdeltStage.lines(stories.stories(), stories.storyEvents(),
                    tables.get(Rows.Table.events), tables.get(Rows.Table.documents), tables.get(Rows.Table.entities)),
                ds -> ds.write().mode(SaveMode.Overwrite).text(new Path(out, "gdelt").toString()))));
      }
      phases.end("gdelt");
      rows.put(Rows.Table.stories.name(), written[0]);
      rows.put(Rows.Table.story_events.name(), written[1]);
      rows.put("problems", byStage.values().stream().mapToLong(Long::longValue).sum());
      rows.put("gdelt", written[2]);
      Summary summary = new Summary(files.size(), duplicates, rows, byStage, phases.seconds,
          (System.nanoTime() - t0) / 1e9);
      try (OutputStream o = fs.create(new Path(out, DONE), true)) {
        o.write(summary.json().getBytes(StandardCharsets.UTF_8));
      }
      return summary;
    } finally {
      staged.unpersist();
    }
  }

  /** The records of every input file: Parquet files through Spark's reader, the others through dyad's readers. */
  private static JavaRDD<Item> read(SparkSession spark, JavaSparkContext jsc, List<Inputs.InputFile> files,
      Settings settings) {
    List<Inputs.InputFile> parquet = files.stream().filter(Inputs.InputFile::parquet).toList();
    List<Inputs.InputFile> others = files.stream().filter(f -> !f.parquet()).toList();
    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    JavaRDD<Item> items = jsc.parallelize(others, Math.max(1, Math.min(others.size(), 10_000))).flatMap(f -> {
      Streamed<Item> records = Inputs.read(f, conf.value().value(), settings);
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((TaskCompletionListener) context -> records.close());
      }
      return records;
    });
    return parquet.isEmpty() ? items : items.union(ParquetInput.items(spark, parquet, settings));
  }

  private static String badKey(Item i) {
    Item.Bad b = (Item.Bad) i;
    return "bad\u0000" + b.source().order() + "\u0000" + b.stage() + "\u0000" + b.message();
  }

  /** Of two documents with the same key, the one that comes first in the input, with the copies of both. */
  private static Tuple2<Item, Long> earlier(Tuple2<Item, Long> a, Tuple2<Item, Long> b) {
    Item first = a._1().source().order().compareTo(b._1().source().order()) <= 0 ? a._1() : b._1();
    return new Tuple2<>(first, a._2() + b._2());
  }

  /**
   * Runs Spark jobs at once from as many driver threads, so that the small jobs of the tables overlap rather
   * than wait for each other; the first failure is thrown.
   */
  private static void together(List<Runnable> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(jobs.size(), r -> {
      Thread t = new Thread(r, "dyad-write");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable job : jobs) {
        running.add(pool.submit(job));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the tables", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The columns that order a table's rows in its files: the document, then the row within it. */
  private static List<String> keyColumns(Rows.Table t) {
    List<String> keys = new ArrayList<>();
    for (String k : List.of("doc_no", "event_no", "doc_id", "entity_id", "event_id", "n")) {
      if (t.columns().stream().anyMatch(c -> c.name().equals(k))) {
        keys.add(k);
      }
    }
    return keys;
  }

  /**
   * Overwrites the folder {@code to} with {@code rows} as Parquet, sorted by {@code order} within each file, and
   * gives the number of rows written; {@code byDate} splits it into a folder per document date, one file per date
   * (the rows come split by date: each date is in one partition).
   */
  private static long write(Dataset<Row> rows, List<String> order, Path to, boolean byDate) {
    List<Column> sort = new ArrayList<>();
    if (byDate) {
      sort.add(col(Tables.PARTITION));
    }
    order.forEach(c -> sort.add(col(c)));
    return counted(rows, r -> {
      DataFrameWriter<Row> w = r.sortWithinPartitions(sort.toArray(Column[]::new)).write().mode(SaveMode.Overwrite);
      (byDate ? w.partitionBy(Tables.PARTITION) : w).parquet(to.toString());
    });
  }

  /** Runs {@code write} over {@code rows} and gives the rows it wrote, counted as they go by: no job of its own. */
  private static <T> long counted(Dataset<T> rows, Consumer<Dataset<T>> write) {
    Observation seen = new Observation();
    write.accept(rows.observe(seen, count(lit(1)).as("rows")));
    try {
      return ((Number) seen.getAsJava().get("rows")).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows written", e);
    }
  }
}
