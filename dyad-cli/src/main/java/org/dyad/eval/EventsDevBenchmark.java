package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.engine.Engine;
import org.dyad.engine.Json;
import org.dyad.model.Document;
import org.dyad.model.Extraction;

/**
 * The events development set ({@code events-dev/}: 30 Reuters-21578 articles of 1987 and 20 modern articles,
 * with the events, quotes and dates a careful coder listed), scored as its {@code score.py} scores a JSON Lines
 * output (see {@link DevScorer}), per part. It is a development set: dyad is tuned on it, so its figures are
 * development figures, not test figures.
 *
 * <p>Measures, for {@code reuters} and {@code modern}: event recall and precision (the README's rule: same
 * source and target country and the same CAMEO root, one-to-one), the same with same-country events left
 * out of the output (the hidden test sets score international events only), quote speakers with the right
 * country, and time values; and, not floored, event recall and precision per CAMEO root and the cause of each
 * missed gold event ({@link DevBreakdown}).
 */
public final class EventsDevBenchmark implements Benchmark {
  private static final ObjectMapper JSON = Json.mapper();

  @Override
  public String name() {
    return "eventsdev";
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    Path dir = dataDir.resolve("events-dev");
    JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile()).get("docs");
    Map<String, Document> reuters = Corpora.documents(dataDir.resolve("reuters21578/reuters21578.jsonl"));
    Map<String, Document> modern = Corpora.documents(dir.resolve("modern.jsonl"));
    Map<String, DevScorer.Tally> parts = new LinkedHashMap<>();
    parts.put("reuters", new DevScorer.Tally());
    parts.put("modern", new DevScorer.Tally());
    List<String> lines = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      boolean isReuters = id.startsWith("reuters-");
      Document doc = (isReuters ? reuters : modern).get(id);
      if (doc == null) {
        throw new IOException("events-dev: no document " + id);
      }
      Extraction x = engine.extract(doc);
      lines.add("doc " + id);
      DevScorer.score(x, e.getValue(), parts.get(isReuters ? "reuters" : "modern"), lines);
    }
    lines.forEach(l -> System.err.println("eventsdev: " + l));
    List<Score> out = new ArrayList<>();
    DevScorer.Tally all = new DevScorer.Tally();
    parts.forEach((part, t) -> {
      out.addAll(t.scores("eventsdev." + part));
      all.add(t);
    });
    out.addAll(all.scores("eventsdev.all"));
    return out;
  }
}
