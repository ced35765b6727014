package org.dyad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.engine.EngineOptions;
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

  @Mixin EngineFlags engineFlags = new EngineFlags();

  @Override
  public Integer call() throws Exception {
    List<String> refused = engineFlags.filesAndThreadsGiven();
    if (!refused.isEmpty()) {
      throw new UsageException("spark takes no " + String.join(", ", refused) + " yet: the job does not ship pattern"
          + " or dictionary files to its executors, and the master sets the threads (--master local[N]); the stage"
          + " switches (--no-events, --stages) work");
    }
    EngineOptions options = engineFlags.options();
    EngineHolder.prepare(System.err, options); // the chain of stages, checked before Spark starts
    try {
      return SparkMain.local(master, job.settings(options.stagesOff(), options.oneSidedEvents()), System.err);
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
