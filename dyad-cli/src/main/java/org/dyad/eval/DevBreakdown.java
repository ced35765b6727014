package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;

/**
 * Where the events of the development set go: recall and precision per CAMEO root, and for each gold event that
 * was missed the cause, read from every event the coder produced (also those the scorer leaves out). It is
 * printed by {@code dyad eval} and not floored: it tells where to work, it is no target.
 *
 * <p>A missed gold event's cause is the first that holds: an event fits it (root, source and target) but was
 * left out as negated, hypothetical or historical ({@code negated_or_dated}); an event fits it but the
 * one-to-one matching gave that event to another gold event ({@code merged}); no event's evidence overlaps the
 * gold evidence ({@code no_trigger}); an overlapping event has the right root but its source does not fit
 * ({@code source}), or it has none / a wrong target ({@code target_missing} / {@code target_wrong}); else the
 * overlapping events have other roots ({@code wrong_code}).
 */
final class DevBreakdown {
  static final List<String> CAUSES =
      List.of("no_trigger", "wrong_code", "source", "target_missing", "target_wrong", "negated_or_dated", "merged");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Per root: gold events found, gold events, output events that fit, output events. */
  final Map<String, int[]> roots = new TreeMap<>();
  final Map<String, Integer> causes = new TreeMap<>();

  void add(DevBreakdown b) {
    b.roots.forEach((r, c) -> {
      int[] mine = roots.computeIfAbsent(r, k -> new int[4]);
      for (int i = 0; i < 4; i++) {
        mine[i] += c[i];
      }
    });
    b.causes.forEach((c, n) -> causes.merge(c, n, Integer::sum));
  }

  void gold(JsonNode g, boolean found) {
    int[] c = roots.computeIfAbsent(root(g), k -> new int[4]);
    c[0] += found ? 1 : 0;
    c[1]++;
  }

  void output(Event e, boolean fits) {
    int[] c = roots.computeIfAbsent(e.root(), k -> new int[4]);
    c[2] += fits ? 1 : 0;
    c[3]++;
  }

  /** Records and returns the cause of a missed gold event {@code g}. */
  String miss(Extraction x, JsonNode g, List<Event> output, boolean outputFits) {
    String cause = cause(x, g, output, outputFits);
    causes.merge(cause, 1, Integer::sum);
    return cause;
  }

  private static String cause(Extraction x, JsonNode g, List<Event> output, boolean outputFits) {
    for (Event e : x.events()) {
      if (!output.contains(e) && DevScorer.fits(g, e)) {
        return "negated_or_dated";
      }
    }
    if (outputFits) {
      return "merged";
    }
    int[] span = locate(x.text(), g.path("evidence").asText());
    List<Event> near = new ArrayList<>();
    for (Event e : x.events()) {
      if (overlaps(e, span)) {
        near.add(e);
      }
    }
    if (near.isEmpty()) {
      return "no_trigger";
    }
    List<String> roots = new ArrayList<>();
    for (JsonNode c : g.path("codes")) {
      roots.add(c.asText().substring(0, 2));
    }
    String best = "wrong_code";
    for (Event e : near) {
      if (!roots.contains(e.root())) {
        continue;
      }
      if (!DevScorer.sideMatches(e.source(), DevScorer.alternatives(g.path("source").asText()))) {
        best = "source";
      } else {
        return e.target() == null ? "target_missing" : "target_wrong";
      }
    }
    return best;
  }

  private static boolean overlaps(Event e, int[] span) {
    if (span[0] < 0) {
      return false;
    }
    List<Mention> all = new ArrayList<>(e.mentions());
    all.add(e.evidence());
    return all.stream().anyMatch(m -> m.start() < span[1] && span[0] < m.end());
  }

  /** The gold evidence's span in the text (white space may differ), or {@code {-1, -1}}. */
  static int[] locate(String text, String evidence) {
    int at = text.indexOf(evidence);
    if (at >= 0) {
      return new int[] {at, at + evidence.length()};
    }
    String[] words = SPACE.split(evidence.strip());
    StringBuilder re = new StringBuilder();
    for (String w : words) {
      re.append(re.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    Matcher m = Pattern.compile(re.toString()).matcher(text);
    return m.find() ? new int[] {m.start(), m.end()} : new int[] {-1, -1};
  }

  static String root(JsonNode g) {
    JsonNode first = g.path("codes").path(0);
    return first.isMissingNode() ? "??" : first.asText().substring(0, 2);
  }

  List<Score> scores(String prefix, int missed) {
    List<Score> out = new ArrayList<>();
    roots.forEach((r, c) -> out.add(new Score(prefix + ".root." + r + ".recall", c[1] == 0 ? 100 : 100.0 * c[0] / c[1],
        c[0] + "/" + c[1] + " gold found; precision " + c[2] + "/" + c[3]
            + String.format(" (%.1f)", c[3] == 0 ? 100 : 100.0 * c[2] / c[3]))));
    for (String cause : CAUSES) {
      int n = causes.getOrDefault(cause, 0);
      out.add(new Score(prefix + ".miss." + cause, missed == 0 ? 0 : 100.0 * n / missed,
          n + "/" + missed + " missed gold events"));
    }
    return out;
  }
}
