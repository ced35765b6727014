package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.Engine;
import org.dyad.engine.Json;
import org.dyad.engine.resources.Tsv;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Quotes and speakers against PolNeAR (political news attribution relations, Newell et al., LREC 2018), file
 * {@code polnear/polnear_<split>.jsonl}: one line per annotated article, with gold attributions made of
 * source, cue and content spans.
 *
 * <p>A predicted quote matches a gold attribution when their contents overlap; pairs are taken greedily,
 * largest overlap first, each quote and each attribution at most once. The measures, in percent:
 *
 * <ul>
 *   <li>{@code content_precision}: quotes whose content overlaps some gold content / all quotes. Not the
 *       one-to-one matches: PolNeAR makes "“A,” she said. “B.”" one attribution with two content spans, where
 *       dyad finds two quotes, both right;
 *   <li>{@code content_recall}: matched attributions / all gold attributions;
 *   <li>{@code speaker_accuracy}: over matched pairs whose gold attribution has a source, those whose speaker
 *       is right: the speaker's mention overlaps the gold source, or its entity has a mention that does;
 *   <li>{@code speaker_recall}: gold attributions with a source that got a matched quote with the right
 *       speaker, over all gold attributions with a source (CoreNLP's quote attributor reaches 14% on test);
 *   <li>{@code speech_verb_speaker_recall}: the same over the gold attributions with a source whose cue is a
 *       verb of saying: one of the cue's words is a form of a verb of {@code speech-verbs.tsv} ("said", "told",
 *       "has added", "wrote"), beside this class.
 * </ul>
 *
 * PolNeAR counts every attribution, beliefs and wishes included ("Trump wants ...", "polls show ..."), while
 * dyad reports speech only: recall is bounded well below 100%. The split is {@code dev} unless the
 * constructor or the system property {@code dyad.polnear.split} says otherwise; {@code test}, which
 * {@code dyad eval --only polnear-test} runs, is for final reports only.
 */
public final class PolnearBenchmark implements Benchmark {
  private static final ObjectMapper JSON = Json.mapper();
  private static final Set<String> SPEECH_VERB_FORMS = speechVerbForms();
  private final String split;

  /** The split from the system property {@code dyad.polnear.split}, {@code dev} by default. */
  public PolnearBenchmark() {
    this(System.getProperty("dyad.polnear.split", "dev"));
  }

  /** One split: {@code train}, {@code dev} or {@code test}. */
  public PolnearBenchmark(String split) {
    this.split = split;
  }

  /** {@code polnear} for the dev split, else {@code polnear-<split>} ({@code dyad eval --only polnear-test}). */
  @Override
  public String name() {
    return split.equals("dev") ? "polnear" : "polnear-" + split;
  }

  /** Every split but dev runs only when asked for: the test split is reported, never tuned on or floored. */
  @Override
  public boolean onRequest() {
    return !split.equals("dev");
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    Tally tally = new Tally();
    Path file = dataDir.resolve("polnear/polnear_" + split + ".jsonl");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String json = in.readLine(); json != null; json = in.readLine()) {
        line++;
        if (json.isBlank()) {
          continue;
        }
        JsonNode record = JSON.readTree(json);
        Document doc = document(record, file + ":" + line);
        score(engine.extract(doc), gold(record), tally);
      }
    }
    String key = "polnear." + split + ".";
    return List.of(
        new Score(key + "content_precision", percent(tally.correct, tally.predicted),
            tally.correct + "/" + tally.predicted + " predicted quotes overlap a gold content"),
        new Score(key + "content_recall", percent(tally.matched, tally.gold),
            tally.matched + "/" + tally.gold + " gold attributions matched"),
        new Score(key + "speaker_accuracy", percent(tally.rightSpeaker, tally.matchedWithSource),
            tally.rightSpeaker + "/" + tally.matchedWithSource + " matched pairs with a gold source"),
        new Score(key + "speaker_recall", percent(tally.rightSpeaker, tally.goldWithSource),
            tally.rightSpeaker + "/" + tally.goldWithSource + " gold attributions with a source"),
        new Score(key + "speech_verb_speaker_recall", percent(tally.rightSpeech, tally.goldSpeech),
            tally.rightSpeech + "/" + tally.goldSpeech + " gold attributions with a source and a verb of saying"));
  }

  private static Document document(JsonNode r, String origin) {
    @Nullable String title = r.path("title").isTextual() ? r.get("title").asText() : null;
    return new Document(r.path("id").asText(origin), title, r.get("text").asText(),
        LocalDate.parse(r.get("date").asText()), DateSource.METADATA, null, origin, Map.of());
  }

  /** One gold attribution: its content and source spans, and whether its cue is a verb of saying. */
  private record Gold(List<Span> content, List<Span> source, boolean speech) {}

  private static List<Gold> gold(JsonNode record) {
    List<Gold> out = new ArrayList<>();
    for (JsonNode a : record.path("attributions")) {
      boolean speech = false;
      for (JsonNode cue : a.path("cue")) {
        for (String word : cue.path("text").asText().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          speech |= SPEECH_VERB_FORMS.contains(word);
        }
      }
      out.add(new Gold(spans(a.path("content")), spans(a.path("source")), speech));
    }
    return out;
  }

  private static Set<String> speechVerbForms() {
    Set<String> forms = new HashSet<>();
    Tsv.of("lemma", "forms").read(PolnearBenchmark.class, "speech-verbs.tsv", r -> forms.addAll(r.list("forms")));
    return Set.copyOf(forms);
  }

  private static List<Span> spans(JsonNode parts) {
    List<Span> out = new ArrayList<>();
    for (JsonNode part : parts) {
      for (JsonNode s : part.path("spans")) {
        out.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
      }
    }
    return out;
  }

  private static final class Tally {
    int predicted;
    int correct;
    int gold;
    int matched;
    int goldWithSource;
    int matchedWithSource;
    int rightSpeaker;
    int goldSpeech;
    int rightSpeech;
  }

  private record Pair(int quote, int gold, int overlap) {}

  private static void score(Extraction x, List<Gold> gold, Tally tally) {
    List<Quote> quotes = x.quotes();
    tally.predicted += quotes.size();
    tally.gold += gold.size();
    tally.goldWithSource += (int) gold.stream().filter(g -> !g.source().isEmpty()).count();
    tally.goldSpeech += (int) gold.stream().filter(g -> !g.source().isEmpty() && g.speech()).count();
    List<Pair> pairs = new ArrayList<>();
    for (int q = 0; q < quotes.size(); q++) {
      Span content = new Span(quotes.get(q).start(), quotes.get(q).end());
      boolean correct = false;
      for (int g = 0; g < gold.size(); g++) {
        int o = overlap(content, gold.get(g).content());
        if (o > 0) {
          pairs.add(new Pair(q, g, o));
          correct = true;
        }
      }
      tally.correct += correct ? 1 : 0;
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
    boolean[] quoteUsed = new boolean[quotes.size()];
    boolean[] goldUsed = new boolean[gold.size()];
    for (Pair p : pairs) {
      if (quoteUsed[p.quote()] || goldUsed[p.gold()]) {
        continue;
      }
      quoteUsed[p.quote()] = true;
      goldUsed[p.gold()] = true;
      tally.matched++;
      Gold g = gold.get(p.gold());
      if (!g.source().isEmpty()) {
        tally.matchedWithSource++;
        if (speakerRight(x, quotes.get(p.quote()).speaker(), g.source())) {
          tally.rightSpeaker++;
          tally.rightSpeech += g.speech() ? 1 : 0;
        }
      }
    }
  }

  private static boolean speakerRight(Extraction x, @Nullable Speaker speaker, List<Span> source) {
    if (speaker == null) {
      return false;
    }
    Mention m = speaker.mention();
    if (m != null && overlap(m.span(), source) > 0) {
      return true;
    }
    if (speaker.entity() == null) {
      return false;
    }
    Entity e = x.requireEntity(speaker.entity());
    return e.mentions().stream().anyMatch(em -> overlap(em.span(), source) > 0);
  }

  private static int overlap(Span a, List<Span> spans) {
    int total = 0;
    for (Span s : spans) {
      total += Math.max(0, Math.min(a.end(), s.end()) - Math.max(a.start(), s.start()));
    }
    return total;
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
