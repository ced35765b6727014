package org.dyad.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkMain()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    SparkSession spark = SparkSession.builder().appName("dyad").getOrCreate();
    try {
      report(Job.run(spark, options.settings()), options.out, System.err);
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
  }
}
