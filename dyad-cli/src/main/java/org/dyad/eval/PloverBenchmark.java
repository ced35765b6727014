package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.engine.Engine;
import org.dyad.engine.Json;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.jspecify.annotations.Nullable;

/**
 * The PLOVER gold-standard records ({@code plover-gsr/PLOVER_GSR_CAMEO.json}, CC BY-SA 4.0, Copyright 2016 by
 * the Open Event Data Alliance): 321 sentences, most of them the examples of the CAMEO manual, each coded with
 * one PLOVER event and its source and target actors. It measures the coder's breadth over the codebook.
 *
 * <p>Scoring, as the set's README gives it: a system event matches a record when its PLOVER type is the
 * record's (PLOVER 0.5 names, read with the later renames: DEMAND is REQUEST, DISAPPROVE is ACCUSE,
 * INVESTIGATE is ACCUSE in the mode "investigate", FIGHT falls under ASSAULT), its source's country is one of
 * the gold source codes (an {@code IGO}, {@code NGO} or {@code IMG} code matches an actor code that starts
 * with it), and, where the record has a target, its target's country is one of the gold target codes. Events
 * marked negated or hypothetical do not count. Measures: the share of sentences matched on type, type and
 * source, and type, source and target; the share of output events that match the full triple; and, for
 * every gold actor text, whether the entity dyad found there has the gold country (or IGO).
 *
 * <p>The records code one-sided events too (33 of 322 have no target), so the engine runs here with
 * {@code --one-sided-events} on ({@link Engine#withOneSidedEvents()}), whatever the command line says.
 */
public final class PloverBenchmark implements Benchmark {
  private static final ObjectMapper JSON = Json.mapper();
  private static final LocalDate NOMINAL = LocalDate.of(2000, 1, 1);
  /** Codes of the records that are not ISO 3166-1 alpha-3: the GSR's own spellings. */
  private static final Map<String, String> ISO = Map.of("JAP", "JPN", "ITL", "ITA");
  private static final Set<String> GROUPS = Set.of("IGO", "NGO", "IMG");

  @Override
  public String name() {
    return "plover";
  }

  @Override
  public List<Score> run(Engine engine, Path dataDir) throws IOException {
    JsonNode records = JSON.readTree(dataDir.resolve("plover-gsr/PLOVER_GSR_CAMEO.json").toFile());
    Engine oneSided = engine.withOneSidedEvents();
    int sentences = 0;
    int typed = 0;
    int sourced = 0;
    int full = 0;
    int output = 0;
    int right = 0;
    int actors = 0;
    int placed = 0;
    Map<String, int[]> byType = new TreeMap<>();
    for (JsonNode rec : records) {
      String type = rec.path("event").asText();
      if (type.equals("DOCUMENT") || !rec.hasNonNull("text")) {
        continue;
      }
      String text = rec.get("text").asText();
      Document doc = new Document(rec.get("id").asText(), null, text, NOMINAL, DateSource.METADATA, null,
          "PLOVER_GSR_CAMEO.json#" + rec.get("id").asText(), Map.of());
      Extraction x = oneSided.extract(doc);
      List<String> sources = codes(rec.path("source"));
      List<String> targets = codes(rec.path("target"));
      boolean t1 = false;
      boolean t2 = false;
      boolean t3 = false;
      List<String> got = new ArrayList<>();
      for (Event e : x.events()) {
        if (e.modality().contains(Modality.NEGATED) || e.modality().contains(Modality.HYPOTHETICAL)) {
          continue;
        }
        output++;
        boolean typeOk = typeMatches(type, e);
        boolean sourceOk = typeOk && sideMatches(e.source(), sources);
        boolean targetOk = sourceOk && (targets.isEmpty() || sideMatches(e.target(), targets));
        right += targetOk ? 1 : 0;
        t1 |= typeOk;
        t2 |= sourceOk;
        t3 |= targetOk;
        got.add(e.code() + "/" + e.plover() + " " + label(e.source()) + "->" + label(e.target()));
      }
      sentences++;
      typed += t1 ? 1 : 0;
      sourced += t2 ? 1 : 0;
      full += t3 ? 1 : 0;
      int[] tally = byType.computeIfAbsent(type, k -> new int[2]);
      tally[0] += t3 ? 1 : 0;
      tally[1]++;
      if (!t3) {
        System.err.println("plover: " + (t1 ? (t2 ? "TARGET " : "SOURCE ") : "TYPE   ") + rec.get("id").asText()
            + " want " + type + " " + sources + "->" + targets + " got " + got + " | " + text);
      }
      for (String side : List.of("source", "target")) {
        for (JsonNode a : rec.path(side)) {
          if (!a.isObject() || a.path("actorText").asText().isBlank() || a.path("code").asText().isBlank()) {
            continue;
          }
          actors++;
          boolean ok = actorPlaced(x, text, a.get("actorText").asText(), iso(a.get("code").asText()));
          placed += ok ? 1 : 0;
          if (!ok) {
            System.err.println("plover: ACTOR  " + rec.get("id").asText() + " '" + a.get("actorText").asText()
                + "' want " + a.get("code").asText());
          }
        }
      }
    }
    StringBuilder types = new StringBuilder();
    byType.forEach((k, v) -> types.append(types.length() == 0 ? "" : ", ").append(k).append(' ').append(v[0])
        .append('/').append(v[1]));
    System.err.println("plover: full triples by type: " + types);
    return List.of(
        rate("plover.type", typed, sentences, "sentences with an event of the gold PLOVER type"),
        rate("plover.type_source", sourced, sentences, "sentences with the right type and source"),
        rate("plover.triple", full, sentences, "sentences with the right type, source and target"),
        rate("plover.precision", right, output, "output events with the right type, source and target"),
        rate("plover.actor_country", placed, actors, "gold actor texts whose entity has the gold country"));
  }

  private static Score rate(String key, int hit, int of, String what) {
    return new Score(key, of == 0 ? 100 : 100.0 * hit / of, hit + "/" + of + " " + what);
  }

  private static List<String> codes(JsonNode side) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : side) {
      if (a.isObject() && !a.path("code").asText().isBlank()) {
        out.add(iso(a.get("code").asText()));
      }
    }
    return out;
  }

  private static String iso(String code) {
    String c = code.strip().toUpperCase(Locale.ROOT);
    return ISO.getOrDefault(c, c);
  }

  /** Whether the system's PLOVER type is the record's, reading PLOVER 0.5 names as the set's README says. */
  static boolean typeMatches(String gold, Event e) {
    String p = e.plover() == null ? "" : e.plover();
    boolean investigate = "investigate".equals(e.ploverMode());
    return switch (gold) {
      case "DEMAND" -> p.equals("REQUEST") || p.equals("DEMAND");
      case "DISAPPROVE" -> (p.equals("ACCUSE") && !investigate) || p.equals("DISAPPROVE");
      case "INVESTIGATE" -> (p.equals("ACCUSE") && investigate) || p.equals("INVESTIGATE");
      case "FIGHT" -> p.equals("ASSAULT") || p.equals("FIGHT");
      default -> p.equals(gold);
    };
  }

  private static boolean sideMatches(@Nullable EventActor side, List<String> codes) {
    if (side == null) {
      return false;
    }
    for (String c : codes) {
      if (GROUPS.contains(c) ? side.actor() != null && side.actor().startsWith(c) : c.equals(side.country())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entity with a mention over the actor text's first occurrence has the gold country or group. */
  private static boolean actorPlaced(Extraction x, String text, String actorText, String code) {
    int at = text.indexOf(actorText);
    if (at < 0) {
      at = text.toLowerCase(Locale.ROOT).indexOf(actorText.toLowerCase(Locale.ROOT));
    }
    if (at < 0) {
      return false;
    }
    int end = at + actorText.length();
    for (Entity en : x.entities()) {
      for (Mention m : en.mentions()) {
        if (m.start() < end && at < m.end()) {
          boolean ok = GROUPS.contains(code) ? en.actor() != null && en.actor().startsWith(code)
              : code.equals(en.country());
          if (ok) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String label(@Nullable EventActor a) {
    if (a == null) {
      return "-";
    }
    return a.actor() != null ? a.actor() : a.country() != null ? a.country() : "?";
  }
}
