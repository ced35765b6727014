package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.engine.Engine;
import org.dyad.engine.events.EventCoder;
import org.dyad.engine.events.petrarch.Dictionaries;
import org.dyad.engine.events.petrarch.DictionaryReader;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Extraction;
import org.dyad.model.Modality;
import org.jspecify.annotations.Nullable;

/**
 * PETRARCH compatibility: dyad's parse coded with the field's own dictionaries, scored on the PETRARCH2
 * unit-test records (the {@code PETR.Validate.*} dictionaries, fictional actors that test the mechanics) and on
 * the PETR-2 real-sentence set (the operational CAMEO 2.0 and Phoenix dictionaries). A triple is source actor
 * code, target actor code, event code; recall is the share of expected triples produced, precision the share of
 * produced triples that were expected (a record that expects no events or an error expects no triples).
 */
public final class PetrarchBenchmark implements Benchmark {
  private static final String SET = "petrarch2-validation";

  @Override
  public String name() {
    return "petrarch";
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    Path root = dataDir.resolve(SET);
    Path dict = root.resolve("dictionaries");
    Dictionaries unit = new DictionaryReader()
        .verbs(dict.resolve("PETR.Validate.verbs.txt")).actors(dict.resolve("PETR.Validate.actors.txt"))
        .agents(dict.resolve("PETR.Validate.agents.txt")).discards(dict.resolve("PETR.Validate.discards.txt"))
        .dictionaries();
    Dictionaries phoenix = new DictionaryReader()
        .verbs(dict.resolve("CAMEO.2.0.txt")).actors(dict.resolve("Phoenix.Countries.actors.txt"))
        .actors(dict.resolve("Phoenix.International.actors.txt"))
        .actors(dict.resolve("Phoenix.MilNonState.actors.txt")).agents(dict.resolve("Phoenix.agents.txt"))
        .discards(dict.resolve("Phoenix.discards.txt")).dictionaries();
    List<Score> out = new ArrayList<>();
    Set<String> withoutDyad = requireDyadOff(root.resolve("text/PETR.UnitTest.records.xml"));
    Engine dyadic = engine.withEvents(EventCoder.petrarch(unit, true));
    Engine any = engine.withEvents(EventCoder.petrarch(unit, false));
    out.addAll(score("unit", id -> withoutDyad.contains(id) ? any : dyadic, unit,
        root.resolve("PETR.UnitTest.records.jsonl")));
    Engine gsr = engine.withEvents(EventCoder.petrarch(phoenix));
    out.addAll(score("gsr", id -> gsr, phoenix,
        root.resolve("universalpetrarch/PETR2_GSR_validation.jsonl")));
    out.addAll(scoreOwn(engine, root.resolve("universalpetrarch/PETR2_GSR_validation.jsonl")));
    return out;
  }

  /**
   * The PETR-2 real sentences coded by dyad's own coder and actors (no PETRARCH dictionary): an expected triple
   * is found when an event that is neither negated nor hypothetical has its CAMEO root and the countries of its
   * source and target (the first three letters of the expected actor codes; {@code ---} is any actor, and an
   * {@code IGO}/{@code NGO}/{@code IMG} code matches an actor code that starts with it). Never tuned on.
   */
  private static List<Score> scoreOwn(Engine engine, Path records) throws IOException {
    int expected = 0;
    int found = 0;
    int produced = 0;
    int right = 0;
    for (JsonNode rec : Corpora.jsonLines(records)) {
      List<Event> events = engine.extract(document(records, rec)).events().stream()
          .filter(e -> !e.modality().contains(Modality.NEGATED) && !e.modality().contains(Modality.HYPOTHETICAL))
          .toList();
      List<JsonNode> want = new ArrayList<>();
      rec.path("expected_events").forEach(want::add);
      expected += want.size();
      produced += events.size();
      for (JsonNode w : want) {
        found += events.stream().anyMatch(e -> own(w, e)) ? 1 : 0;
      }
      for (Event e : events) {
        right += want.stream().anyMatch(w -> own(w, e)) ? 1 : 0;
      }
    }
    return List.of(
        new Score("petrarch.gsr_dyad.recall", expected == 0 ? 100 : 100.0 * found / expected,
            found + "/" + expected + " expected triples found by dyad's own coder (root and countries)"),
        new Score("petrarch.gsr_dyad.precision", produced == 0 ? 100 : 100.0 * right / produced,
            right + "/" + produced + " events of dyad's own coder that fit an expected triple"));
  }

  private static boolean own(JsonNode want, Event e) {
    String code = want.get("event").asText();
    return code.length() >= 2 && e.code().startsWith(code.substring(0, 2))
        && side(want.get("source").asText(), e.source()) && side(want.get("target").asText(), e.target());
  }

  private static boolean side(String expected, @Nullable EventActor actor) {
    if (expected.startsWith("---") || expected.isBlank()) {
      return true;
    }
    if (actor == null || expected.length() < 3) {
      return false;
    }
    String c = expected.substring(0, 3);
    boolean group = c.equals("IGO") || c.equals("NGO") || c.equals("IMG");
    return group ? actor.actor() != null && actor.actor().startsWith(c)
        : c.equals(actor.country()) || (actor.actor() != null && actor.actor().startsWith(c));
  }

  /** The record's date; one GSR record has only TABARI's {@code YYMMDD} raw date. */
  /** A record as a document, its origin the file and the record's id. */
  private static Document document(Path records, JsonNode rec) {
    String id = rec.get("id").asText();
    return new Document(id, null, rec.get("text").asText(), date(rec), DateSource.METADATA, null,
        records.getFileName() + "#" + id, Map.of());
  }

  private static LocalDate date(JsonNode rec) {
    if (rec.path("date").isTextual()) {
      return LocalDate.parse(rec.get("date").asText());
    }
    String raw = rec.path("raw_date").asText();
    return LocalDate.parse((raw.length() == 6 ? "20" : "") + raw, DateTimeFormatter.BASIC_ISO_DATE);
  }

  /**
   * The records coded with PETRARCH's {@code require_dyad} off. The validation XML sets options with
   * {@code <Config option="require_dyad" value="false">} between records, in force until changed; the JSON
   * Lines conversion dropped them, so they are read from the XML.
   */
  private static Set<String> requireDyadOff(Path xml) throws IOException {
    Set<String> off = new java.util.HashSet<>();
    if (!Files.exists(xml)) {
      return off;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "<Config option=\"require_dyad\" value=\"(\\w+)\"|<Sentence [^>]*\\bid=\"([^\"]+)\"")
        .matcher(Files.readString(xml, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", ""));
    boolean required = true;
    while (m.find()) {
      if (m.group(1) != null) {
        required = !m.group(1).equalsIgnoreCase("false");
      } else if (!required) {
        off.add(m.group(2));
      }
    }
    return off;
  }

  private static List<Score> score(String set, java.util.function.Function<String, Engine> engines, Dictionaries d,
      Path records) throws IOException {
    if (!d.problems().isEmpty()) {
      System.err.println("petrarch: " + d.problems().size() + " unreadable dictionary lines in the " + set
          + " set, first: " + d.problems().get(0));
    }
    int expected = 0;
    int produced = 0;
    int hit = 0;
    int sentences = 0;
    Map<String, int[]> byCategory = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (JsonNode rec : Corpora.jsonLines(records)) {
      String id = rec.get("id").asText();
      String category = rec.path("category").asText("");
      Extraction x = engines.apply(id).extract(document(records, rec));
      Set<String> want = new LinkedHashSet<>();
      for (JsonNode e : rec.path("expected_events")) {
        want.add(e.get("source").asText() + " " + e.get("target").asText() + " " + e.get("event").asText());
      }
      Set<String> have = new LinkedHashSet<>();
      for (Event e : x.events()) {
        have.add(e.source().actor() + " " + (e.target() == null ? "---" : e.target().actor()) + " " + e.code());
      }
      sentences++;
      expected += want.size();
      produced += have.size();
      int[] cat = byCategory.computeIfAbsent(category, k -> new int[3]);
      cat[1] += want.size();
      cat[2] += have.size();
      for (String w : want) {
        if (have.contains(w)) {
          hit++;
          cat[0]++;
        } else {
          misses.add(set + " " + id + " [" + category + "] missed " + w + "; produced " + have);
        }
      }
      for (String h : have) {
        if (!want.contains(h)) {
          misses.add(set + " " + id + " [" + category + "] unexpected " + h);
        }
      }
    }
    misses.forEach(m -> System.err.println("petrarch: " + m));
    StringBuilder cats = new StringBuilder();
    byCategory.forEach((k, v) -> cats.append(cats.length() == 0 ? "" : ", ").append(k).append(' ').append(v[0])
        .append('/').append(v[1]));
    System.err.println("petrarch: " + set + " recall by category (found/expected): " + cats);
    return List.of(
        new Score("petrarch." + set + ".recall", expected == 0 ? 100 : 100.0 * hit / expected,
            hit + "/" + expected + " expected triples produced in " + sentences + " sentences"),
        new Score("petrarch." + set + ".precision", produced == 0 ? 100 : 100.0 * hit / produced,
            hit + "/" + produced + " produced triples expected"));
  }
}
