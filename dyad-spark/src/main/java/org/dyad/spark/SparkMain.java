package org.dyad.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.engine.EngineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The job's main class for {@code spark-submit}: the master, executors and memory come from spark-submit.
 *
 * <pre>{@code
 * spark-submit --class org.dyad.spark.SparkMain --executor-memory 6g dyad-spark-0.1.0-SNAPSHOT-spark.jar \
 *     --out s3a://bucket/dyad/ s3a://bucket/cc-news/2023/12/*.warc.gz
 * }</pre>
 */
@Command(name = "dyad-spark", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Extracts every article of a corpus on a Spark cluster and writes the store's tables as Parquet,"
        + " with the stories and the GDELT 2.0 event file.")
public final class SparkMain implements Callable<Integer> {
  @Mixin SparkOptions options = new SparkOptions();

  @Option(names = "--one-sided-events", description = EngineOptions.ONE_SIDED_EVENTS_HELP)
  boolean oneSidedEvents;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SparkSession spark = SparkSession.builder().appName("dyad").getOrCreate();
    try {
      report(Job.run(spark, options.settings(List.of(), oneSidedEvents)), options.out, System.err);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in this JVM on {@code master} (a local one, {@code local[N]}, for a user without a cluster) and
   * reports on {@code err}, as {@code dyad spark} does.
   */
  public static int local(String master, Settings settings, PrintStream err) throws Exception {
    if (System.getProperty("log4j2.configurationFile") == null) {
      // Spark's warnings, not its INFO lines nor CoreNLP's (set before Spark's logging starts)
      System.setProperty("log4j2.configurationFile",
          String.valueOf(SparkMain.class.getResource("log4j2-local.properties")));
    }
    // A few shuffle partitions per core: Spark's 200 are made for clusters, and cost seconds on one machine.
    SparkSession.Builder builder = SparkSession.builder().master(master).appName("dyad")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
    if (master.startsWith("local")) {
      builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
    }
    long started = System.currentTimeMillis();
    if (master.startsWith("local")) {
      // This JVM is the only executor: load the models while Spark starts and reads, not after.
      Thread preload = new Thread(() -> Engines.get(settings), "dyad-models");
      preload.setDaemon(true);
      preload.start();
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Job.Summary summary = Job.run(spark, settings);
      report(summary, settings.out(), err);
      if (Engines.firstArticle() > 0) {
        err.printf(Locale.ROOT, "dyad: first article extracted %.1f s after the job started%n",
            (Engines.firstArticle() - started) / 1e3);
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The run's counts, for a person. */
  public static void report(Job.Summary s, String out, PrintStream err) {
    err.printf(Locale.ROOT, "dyad: %d files, %d documents (%d duplicates dropped), %d problems %s in %.1f s into %s%n",
        s.files(), s.rows().get("documents"), s.duplicates(), s.rows().get("problems"), s.problems(), s.seconds(),
        out);
    err.printf(Locale.ROOT, "dyad: %d entities, %d quotes, %d events, %d stories, %d GDELT rows%n",
        s.rows().get("entities"), s.rows().get("quotes"), s.rows().get("events"), s.rows().get("stories"),
        s.rows().get("gdelt"));
    StringBuilder phases = new StringBuilder();
    s.phases().forEach((k, v) -> phases.append(phases.length() == 0 ? "" : ", ")
        .append(String.format(Locale.ROOT, "%s %.1f s", k, v)));
    err.println("dyad: " + phases);
  }
}
