package org.dyad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.Export;
import org.dyad.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: a store written out for other tools, to standard output unless told otherwise. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a store out: gdelt (GDELT 2.0 event TSV, 61 columns, one row per story), or one table as jsonl, "
          + "csv or parquet. Writes to standard output unless --out names a file."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--format", required = true, description = "gdelt, jsonl, csv or parquet.")
  Export.Format format = Export.Format.gdelt;

  @Option(names = "--table",
      description = "For jsonl, csv and parquet: ${COMPLETION-CANDIDATES} (default: events).")
  Export.@Nullable What what;

  @Option(names = "--header",
      description = "For gdelt: a first line of GDELT's 61 column names (GDELT's own files have none).")
  boolean header;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: - for standard output).")
  @Nullable String out;

  @Override
  public Integer call() {
    if (format == Export.Format.gdelt && what != null) {
      throw new UsageException("--table is for jsonl, csv and parquet: a GDELT export writes the stories");
    }
    if (header && format != Export.Format.gdelt) {
      throw new UsageException("--header is for gdelt: csv always has one, jsonl and parquet name their fields");
    }
    Export.What table = what == null ? Export.What.events : what;
    boolean toStdout = out == null || out.equals("-");
    Path file = toStdout ? null : Path.of(out);
    if (file != null) {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        throw new UsageException("cannot write " + file + ": no such folder " + folder + " (create it first)");
      }
    } else if (format == Export.Format.parquet && System.console() != null) {
      throw new UsageException("parquet is binary: give --out FILE, or pipe standard output");
    }
    try (Store db = StoreOptions.openExisting(store.target(null), System.err, false)) {
      if (db == null) {
        return 1;
      }
      long t0 = System.nanoTime();
      Export export = header ? new Export(db).withGdeltHeader() : new Export(db);
      long rows;
      if (file == null) {
        OutputStream stdout = StandardOutput.stream();
        rows = export.write(format, table, stdout);
      } else {
        rows = export.write(format, table, file);
      }
      System.err.printf("dyad: %d row(s) written to %s in %.1f s%n", rows, file == null ? "standard output" : file,
          (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }
}
