package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.dyad.engine.Engine;
import org.dyad.engine.EngineOptions;
import org.dyad.eval.Benchmark;
import org.dyad.eval.Benchmarks;
import org.dyad.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad eval}: scores the engine on public gold data and holds it to the recorded floors. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores dyad on public gold data (TempEval-3, PolNeAR, golden articles, PETRARCH, a Reuters store) and"
          + " prints one line per measure.",
      "Exits 1 when a measure falls below its floor in the floors file. The engine options score the engine they"
          + " ask for; without them, dyad's own, whole."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "../shared/data",
      description = "The gold data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--floors", defaultValue = "eval/floors.properties",
      description = "Minimum scores, measure=value (default: ${DEFAULT-VALUE}).")
  Path floors = Path.of("eval/floors.properties");

  @Option(names = "--only", split = ",", description = "Run only these benchmarks: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Benchmarks.Names.class)
  List<String> only = new ArrayList<>();

  @Mixin EngineFlags engineFlags = new EngineFlags();

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    List<String> names = Benchmarks.all(1).stream().map(Benchmark::name).toList();
    for (String name : only) {
      if (!names.contains(name)) {
        throw new UsageException("--only takes " + String.join(", ", names) + ", not " + name);
      }
    }
    EngineOptions options = engineFlags.options();
    Engine.Builder engineBuilder = EngineHolder.prepare(err, options);
    if (!Files.isDirectory(data)) {
      throw new UsageException("no gold data folder at " + data.toAbsolutePath() + " (use --data)");
    }
    Properties minimum = new Properties();
    if (Files.exists(floors)) {
      try (InputStream in = Files.newInputStream(floors)) {
        minimum.load(in);
      }
    } else {
      err.println("dyad: no floors file at " + floors + "; scores are printed but not checked");
    }
    Engine engine = EngineHolder.load(err, engineBuilder);
    int failed = 0;
    for (Benchmark b : Benchmarks.all(options.threads())) {
      if (only.isEmpty() ? b.onRequest() : !only.contains(b.name())) {
        continue;
      }
      long t0 = System.nanoTime();
      List<Score> scores = b.run(engine, data);
      for (Score s : scores) {
        String floor = minimum.getProperty(s.measure());
        String verdict = "";
        if (floor != null) {
          boolean ok = s.value() + 1e-9 >= Double.parseDouble(floor);
          verdict = ok ? "  (floor " + floor + ")" : "  BELOW FLOOR " + floor;
          failed += ok ? 0 : 1;
        }
        out.printf("%-45s %7.2f   %s%s%n", s.measure(), s.value(), s.detail(), verdict);
      }
      err.printf("dyad: %s took %.1f s%n", b.name(), (System.nanoTime() - t0) / 1e9);
    }
    for (String key : minimum.stringPropertyNames()) {
      // A floor whose measure was not produced is a failure too: a benchmark must not vanish silently.
      if (only.isEmpty() && Benchmarks.all(1).stream().noneMatch(b -> key.startsWith(b.name() + "."))) {
        err.println("dyad: floor " + key + " names no benchmark");
        failed++;
      }
    }
    if (failed > 0) {
      err.println("dyad: " + failed + " measure(s) below their floors");
      return 1;
    }
    return 0;
  }
}
