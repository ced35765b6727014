package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.engine.Engine;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Mention;
import org.dyad.model.Timex;

/**
 * MEANTIME (NewsReader, English Wikinews, CC BY 4.0) timexes, scored as {@link TempEval3Benchmark} scores
 * TempEval-3: each article dated by its annotated creation time, its TIMEX3s with a span (the empty ones that
 * only name a begin or end point are left out) matched one-to-one against the engine's. The creation time,
 * which MEANTIME annotates on the article's date line and which is the date the document is given, is neither
 * gold nor counted against the engine (TempEval-3 gives it outside the text). Since issue 16's second stop the
 * time rules are tuned on it as on TimeBank, so its figures are development figures. Articles whose
 * creation time is missing or not an ISO date (3 of 120) are skipped. The text is MEANTIME's own tokenised
 * rendering ("March 01 , 2008"), one sentence a line.
 */
public final class MeantimeBenchmark implements Benchmark {
  /**
   * MEANTIME annotates the title (sentence 0), the date line (1) and the first five sentences of the body: an
   * expression further on is neither gold nor counted.
   */
  private static final int ANNOTATED_SENTENCES = 5;

  @Override
  public String name() {
    return "meantime";
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    TempEval3Benchmark.Tally tally = new TempEval3Benchmark.Tally();
    for (Article a : read(dataDir.resolve("meantime").resolve("meantime_english_intra_doc.jsonl"))) {
      TempEval3Benchmark.Record r = a.record();
      Document doc = new Document(r.id(), null, r.text(), r.date(), DateSource.METADATA, null, r.id(), Map.of());
      List<Timex> found = new ArrayList<>();
      for (Timex t : engine.extract(doc).timexes()) {
        if (t.end() <= a.annotated() && (t.end() <= a.dateLine().start() || a.dateLine().end() <= t.start())) {
          found.add(t);
        }
      }
      tally.add(r.gold(), found);
    }
    return tally.scores("meantime.");
  }

  /**
   * One article: its record (gold without the creation time), the span of its date line, and the end of the
   * part that was annotated.
   */
  record Article(TempEval3Benchmark.Record record, Mention dateLine, int annotated) {}

  static List<Article> read(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    for (JsonNode n : Corpora.jsonLines(file)) {
      LocalDate date;
      try {
        date = LocalDate.parse(n.path("dct_value").asText(""));
      } catch (DateTimeParseException e) {
        continue;
      }
      String text = n.path("text").asText();
      Mention dateLine = new Mention(0, 0, "");
      List<TempEval3Benchmark.Gold> gold = new ArrayList<>();
      for (JsonNode m : n.path("markables")) {
        if (!m.path("tag").asText().equals("TIMEX3") || !m.has("start")) {
          continue;
        }
        if (m.path("functionInDocument").asText().equals("CREATION_TIME")) {
          int start = m.path("start").asInt();
          int end = m.path("end").asInt();
          dateLine = new Mention(start, end, text.substring(start, end));
        } else {
          gold.add(new TempEval3Benchmark.Gold(m.path("start").asInt(), m.path("end").asInt(),
              m.path("text").asText(), m.path("type").asText(), m.path("value").asText()));
        }
      }
      int annotated = 0;
      for (JsonNode t : n.path("tokens")) {
        if (t.path("sentence").asInt() <= ANNOTATED_SENTENCES) {
          annotated = Math.max(annotated, t.path("end").asInt());
        }
      }
      out.add(new Article(new TempEval3Benchmark.Record(n.path("id").asText(), text, date, gold), dateLine,
          annotated));
    }
    return out;
  }
}
