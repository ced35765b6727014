package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dyad.store.Stories;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's options, one definition for {@code spark-submit ... org.dyad.spark.SparkMain} and {@code dyad spark}
 * (a picocli mixin). Nothing here touches Spark, so the command line can be read without it.
 */
public final class SparkOptions {
  @Parameters(paramLabel = "SOURCE", arity = "1..*",
      description = "Input files, folders or glob patterns on any Hadoop file system (file:, hdfs://, s3a://, gs://):"
          + " JSON Lines (.jsonl, .ndjson, .json, also .gz), Parquet (columns id, date, title, text or body, url;"
          + " others kept as metadata), WARC (.warc, .warc.gz: HTML responses), plain text, HTML, RSS/Atom.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FOLDER",
      description = "The output folder: one Parquet folder per table, problems/, gdelt/ and " + Job.DONE
          + ". Its tables are overwritten; a store for dyad query and dyad serve (--db FOLDER).")
  String out = "";

  @Option(names = "--date", description = "Anchor date for every document (YYYY-MM-DD); overrides date lines.")
  @Nullable LocalDate date;

  @Option(names = "--window", defaultValue = "" + Stories.DEFAULT_WINDOW_DAYS,
      description = "Days between reports of the same event (default: ${DEFAULT-VALUE}).")
  int window = Stories.DEFAULT_WINDOW_DAYS;

  @Option(names = "--partitions", defaultValue = "0",
      description = "Extraction tasks (default: four per core of the cluster).")
  int partitions;

  @Option(names = "--max-chars", defaultValue = "500000",
      description = "Longest text extracted, in characters (default: ${DEFAULT-VALUE}); longer ones are problems.")
  int maxChars = 500_000;

  @Option(names = "--max-record-bytes", defaultValue = "67108864",
      description = "Largest record read (a JSON line, a file that is one article), in bytes (default: ${DEFAULT-VALUE}).")
  long maxRecordBytes = 64L << 20;

  /**
   * The settings these options give, with the engine's stages {@code stagesOff} switched off and one-sided events
   * kept or not.
   */
  public Settings settings(Collection<String> stagesOff, boolean oneSidedEvents) {
    return new Settings(sources, out, date, window, partitions, maxChars, maxRecordBytes, List.copyOf(stagesOff),
        oneSidedEvents);
  }
}
