package org.dyad.cli;

import java.util.concurrent.Callable;
import org.dyad.spark.SparkMain;
import org.dyad.spark.SparkOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad spark}: the Spark job (dyad-spark) on a local master, for a user without a cluster. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Spark job in this process on a local master: every article extracted, the store's tables "
          + "written as Parquet into --out (split by date), with problems/, the stories and the GDELT file "
          + "(gdelt/). The folder is a store for dyad query and dyad serve (--db FOLDER), read-only.",
      "On a cluster, the same job is spark-submit --class org.dyad.spark.SparkMain (see the README)."
    })
final class SparkCommand implements Callable<Integer> {
  @Mixin SparkOptions job = new SparkOptions();

  @Option(names = "--master", defaultValue = "local[*]",
      description = "Spark master (default: ${DEFAULT-VALUE}, every core of this machine; local[2] for two).")
  String master = "local[*]";

  @Override
  public Integer call() throws Exception {
    try {
      return SparkMain.local(master, job, System.err);
    } catch (NoClassDefFoundError e) {
      if (String.valueOf(e.getMessage()).startsWith("org/apache/spark")) {
        System.err.println("dyad spark: Apache Spark is not on the class path; run it through the ./dyad launcher"
            + " (which adds dyad-spark/target/classpath.txt) or submit org.dyad.spark.SparkMain to a cluster");
        return 2;
      }
      throw e;
    }
  }
}
