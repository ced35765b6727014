package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a run of the job is told.
 *
 * @param sources input files, folders or glob patterns, on any Hadoop file system
 * @param out the output folder
 * @param date the anchor date of every document ({@code --date}), or null to find one per document
 * @param window days between reports of the same event (the stories' window)
 * @param partitions extraction tasks; 0 for four per core of the cluster
 * @param maxChars the longest document text extracted; a longer one is a problem row
 * @param maxRecordBytes the largest record read (a line of JSON Lines, a file that is one document)
 * @param stagesOff the engine's stages switched off on the executors (as {@code EngineOptions.stagesOff})
 * @param oneSidedEvents whether events with no target are kept (as {@code EngineOptions.oneSidedEvents})
 */
public record Settings(List<String> sources, String out, @Nullable LocalDate date, int window, int partitions, int maxChars,
    long maxRecordBytes, List<String> stagesOff, boolean oneSidedEvents) implements Serializable {
  public Settings {
    sources = List.copyOf(sources);
    stagesOff = List.copyOf(stagesOff);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    if (window < 0 || partitions < 0 || maxChars < 1 || maxRecordBytes < 1) {
      throw new IllegalArgumentException("the window, partitions and limits cannot be negative");
    }
  }
}
