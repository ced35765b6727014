package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.Export;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: a store written out for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a store out: gdelt (GDELT 2.0 event TSV, 61 columns, one row per story), or one table as jsonl, "
          + "csv or parquet."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--format", required = true, description = "gdelt, jsonl, csv or parquet.")
  Export.Format format = Export.Format.gdelt;

  @Option(names = "--table", defaultValue = "events",
      description = "For jsonl, csv and parquet: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Export.What what = Export.What.events;

  @Option(names = "--out", required = true, description = "The file to write.")
  Path out = Path.of("");

  @Override
  public Integer call() {
    try (Store db = StoreOptions.openExisting(store.target(null), System.err)) {
      if (db == null) {
        return 1;
      }
      long t0 = System.nanoTime();
      long rows = new Export(db).write(format, what, out);
      System.err.printf("dyad: %d row(s) written to %s in %.1f s%n", rows, out, (System.nanoTime() - t0) / 1e9);
      return 0;
    } catch (StoreException e) {
      System.err.println("dyad: " + e.getMessage());
      return 1;
    }
  }
}
