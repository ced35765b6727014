package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.dyad.engine.Engine;
import org.dyad.engine.Json;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Extraction;
import org.dyad.model.Quote;
import org.dyad.model.Timex;

/**
 * Expectations written by the project for real articles whose texts may not be copied into the repository
 * (Reuters-21578, PolNeAR): each file under {@code eval/golden/} names an article of the gold data by file and
 * id, and lists the entities, time expressions and quotes a reader expects. The score is the share of
 * expected facts found, per kind.
 *
 * <p>File format: {@code {"file": "reuters21578/reuters21578.jsonl", "id": "reuters-5", "entities": [{"name",
 * "type", "country", "actor", "role"}], "timexes": [{"text", "value"}], "quotes": [{"contains", "speaker"}]}};
 * any attribute left out is not checked, and white space in {@code contains} matches any white space.
 */
public final class GoldenBenchmark implements Benchmark {
  private static final ObjectMapper JSON = Json.mapper();
  private final Path expectations;

  public GoldenBenchmark() {
    this(Path.of("eval/golden"));
  }

  public GoldenBenchmark(Path expectations) {
    this.expectations = expectations;
  }

  @Override
  public String name() {
    return "golden";
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(expectations)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int[] entities = new int[2];
    int[] timexes = new int[2];
    int[] quotes = new int[2];
    List<String> misses = new ArrayList<>();
    Map<String, Map<String, Document>> cache = new HashMap<>();
    for (Path f : files) {
      JsonNode exp = JSON.readTree(f.toFile());
      String file = exp.get("file").asText();
      Document doc = cache.computeIfAbsent(file, k -> Corpora.documents(dataDir.resolve(k))).get(exp.get("id").asText());
      if (doc == null) {
        throw new IOException(f + ": no document " + exp.get("id").asText() + " in " + file);
      }
      Extraction x = engine.extract(doc);
      String tag = f.getFileName().toString();
      for (JsonNode e : exp.path("entities")) {
        count(entities, x.entities().stream().anyMatch(have -> entityMatches(have, e)), misses, tag, e);
      }
      for (JsonNode t : exp.path("timexes")) {
        count(timexes, x.timexes().stream().anyMatch(have -> timexMatches(have, t)), misses, tag, t);
      }
      for (JsonNode q : exp.path("quotes")) {
        count(quotes, x.quotes().stream().anyMatch(have -> quoteMatches(have, q)), misses, tag, q);
      }
    }
    misses.forEach(m -> System.err.println("golden: missed " + m));
    return List.of(
        score("golden.entities.recall", entities, files.size()),
        score("golden.timexes.recall", timexes, files.size()),
        score("golden.quotes.recall", quotes, files.size()));
  }

  private static void count(int[] tally, boolean found, List<String> misses, String file, JsonNode what) {
    tally[0] += found ? 1 : 0;
    tally[1]++;
    if (!found) {
      misses.add(file + " " + what);
    }
  }

  private static Score score(String key, int[] tally, int files) {
    double v = tally[1] == 0 ? 100 : 100.0 * tally[0] / tally[1];
    return new Score(key, v, tally[0] + "/" + tally[1] + " expected facts found in " + files + " articles");
  }

  private static boolean entityMatches(Entity have, JsonNode e) {
    String name = e.get("name").asText().toLowerCase(Locale.ROOT);
    boolean named = have.name().toLowerCase(Locale.ROOT).equals(name)
        || have.mentions().stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).equals(name));
    return named && same(e, "type", have.type().name()) && same(e, "country", have.country())
        && same(e, "actor", have.actor()) && same(e, "role", have.role());
  }

  private static boolean timexMatches(Timex have, JsonNode t) {
    return have.text().equals(t.get("text").asText()) && same(t, "value", have.value());
  }

  private static boolean quoteMatches(Quote have, JsonNode q) {
    if (!oneLine(have.text()).contains(oneLine(q.get("contains").asText()))) {
      return false;
    }
    if (!q.has("speaker")) {
      return true;
    }
    if (have.speaker() == null) {
      return q.get("speaker").isNull();
    }
    String want = q.get("speaker").asText();
    return have.speaker().name().equals(want);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static boolean same(JsonNode expected, String field, Object actual) {
    if (!expected.has(field)) {
      return true;
    }
    JsonNode v = expected.get(field);
    return v.isNull() ? actual == null : Objects.equals(v.asText(), actual == null ? null : actual.toString());
  }
}
