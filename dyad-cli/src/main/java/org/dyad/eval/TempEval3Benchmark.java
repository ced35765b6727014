package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.engine.Engine;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Timex;

/**
 * TempEval-3 task A (timex extraction and normalisation), scored the way the TempEval-3 scorer does.
 *
 * <p>Each record becomes a {@link Document} dated by its gold document creation time; the engine's timexes
 * are then matched one-to-one against the gold TIMEX3s. A <em>strict</em> match has exactly the gold span, a
 * <em>relaxed</em> match merely overlaps it. Value F1 counts a relaxed match only when the normalised value
 * is equal too (precision over predicted, recall over gold); value and type accuracy are taken over the
 * relaxed matches. The platinum test set is reported under {@code tempeval3.platinum.*}; the TBAQ training
 * data (TimeBank and AQUAINT), which is what tuning looks at, under {@code tempeval3.tbaq.*}.
 */
public final class TempEval3Benchmark implements Benchmark {
  @Override
  public String name() {
    return "tempeval3";
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    Path dir = dataDir.resolve("tempeval3");
    List<Score> out = new ArrayList<>();
    out.addAll(score(engine, "platinum", List.of(dir.resolve("te3_platinum_test.jsonl"))));
    out.addAll(score(engine, "tbaq",
        List.of(dir.resolve("tbaq_timebank.jsonl"), dir.resolve("tbaq_aquaint.jsonl"))));
    return out;
  }

  private static List<Score> score(Engine engine, String set, List<Path> files) throws IOException {
    Tally tally = new Tally();
    for (Record r : read(files)) {
      Document doc = new Document(r.id(), null, r.text(), r.date(), DateSource.METADATA, null, r.id(), Map.of());
      tally.add(r.gold(), engine.extract(doc).timexes());
    }
    return tally.scores("tempeval3." + set + ".");
  }

  /** One gold TIMEX3. */
  record Gold(int start, int end, String text, String type, String value) {}

  /** One TempEval-3 document: its text, creation date and gold timexes. */
  record Record(String id, String text, LocalDate date, List<Gold> gold) {}

  static List<Record> read(List<Path> files) throws IOException {
    List<Record> out = new ArrayList<>();
    for (Path f : files) {
      for (JsonNode n : Corpora.jsonLines(f)) {
        List<Gold> gold = new ArrayList<>();
        for (JsonNode t : n.path("timexes")) {
          gold.add(new Gold(t.path("start").asInt(), t.path("end").asInt(), t.path("text").asText(),
              t.path("type").asText(), t.path("value").asText()));
        }
        String dct = n.path("dct_value").asText();
        out.add(new Record(n.path("id").asText(), n.path("text").asText(),
            LocalDate.parse(dct.substring(0, 10)), gold));
      }
    }
    return out;
  }

  /** Counts over many documents; one-to-one matching, each gold timex taken by at most one prediction. */
  static final class Tally {
    int gold;
    int predicted;
    int strict;
    int relaxed;
    int valueCorrect;
    int typeCorrect;

    void add(List<Gold> golds, List<Timex> found) {
      gold += golds.size();
      predicted += found.size();
      boolean[] strictTaken = new boolean[golds.size()];
      boolean[] taken = new boolean[golds.size()];
      for (Timex t : found) {
        for (int i = 0; i < golds.size(); i++) {
          Gold g = golds.get(i);
          if (!strictTaken[i] && g.start() == t.start() && g.end() == t.end()) {
            strictTaken[i] = true;
            strict++;
            break;
          }
        }
      }
      for (Timex t : found) {
        int best = -1;
        for (int i = 0; i < golds.size(); i++) {
          Gold g = golds.get(i);
          if (!taken[i] && g.start() < t.end() && t.start() < g.end()) {
            if (best < 0 || (g.start() == t.start() && g.end() == t.end())) {
              best = i;
            }
          }
        }
        if (best >= 0) {
          taken[best] = true;
          relaxed++;
          Gold g = golds.get(best);
          if (g.value().equals(t.value())) {
            valueCorrect++;
          }
          if (g.type().equals(t.type().name())) {
            typeCorrect++;
          }
        }
      }
    }

    List<Score> scores(String prefix) {
      String counts = String.format(Locale.ROOT, "%d gold, %d predicted", gold, predicted);
      return List.of(
          f1(prefix + "strict_f1", strict, counts),
          f1(prefix + "relaxed_f1", relaxed, counts),
          f1(prefix + "value_f1", valueCorrect, counts),
          new Score(prefix + "value_accuracy", pct(valueCorrect, relaxed),
              valueCorrect + "/" + relaxed + " relaxed matches with the gold value"),
          new Score(prefix + "type_accuracy", pct(typeCorrect, relaxed),
              typeCorrect + "/" + relaxed + " relaxed matches with the gold type"));
    }

    private Score f1(String key, int correct, String counts) {
      double p = pct(correct, predicted);
      double r = pct(correct, gold);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Score(key, f, String.format(Locale.ROOT, "%d correct; P %.2f R %.2f; %s", correct, p, r, counts));
    }

    private static double pct(int a, int b) {
      return b == 0 ? 0 : 100.0 * a / b;
    }
  }
}
