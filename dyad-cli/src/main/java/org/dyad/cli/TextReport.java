package org.dyad.cli;

import java.util.HashMap;
import java.util.Map;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.Extraction;
import org.dyad.model.Problem;
import org.dyad.model.Quote;
import org.dyad.model.Timex;

/** The {@code text} format: who, when, who said what, what happened, for a person to read. */
final class TextReport {
  private TextReport() {}

  static String render(Extraction x) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(x.id());
    if (x.title() != null) {
      b.append("  \"").append(x.title()).append('"');
    }
    b.append("\n   dated ").append(x.date()).append(" (").append(x.dateSource().name().toLowerCase()).append(')');
    if (x.credit() != null) {
      b.append(", credit ").append(x.credit());
    }
    b.append('\n');
    Map<String, Entity> byId = new HashMap<>();
    if (!x.entities().isEmpty()) {
      b.append("\nWho\n");
      for (Entity e : x.entities()) {
        byId.put(e.id(), e);
        b.append(String.format("  %-4s %-34s %-12s %-4s %-8s %s%n", e.id(), e.name(), e.type(),
            dash(e.country()), dash(e.actor()), e.role() == null ? "" : e.role()));
        b.append("       ").append(e.mentions().size()).append(" mention(s): ");
        b.append(String.join(" | ", e.mentions().stream().map(m -> m.text().replaceAll("\\s+", " ")).distinct().toList())).append('\n');
      }
    }
    if (!x.timexes().isEmpty()) {
      b.append("\nWhen\n");
      for (Timex t : x.timexes()) {
        b.append(String.format("  %-30s %-9s %s%s%n", '"' + t.text() + '"', t.type(), t.value(),
            t.mod() == null ? "" : " (" + t.mod() + ")"));
      }
    }
    if (!x.quotes().isEmpty()) {
      b.append("\nWho said what\n");
      for (Quote q : x.quotes()) {
        String who = q.speaker() == null ? "(unknown)" : q.speaker().name()
            + (q.speaker().country() == null ? "" : " [" + q.speaker().country() + "]");
        b.append("  ").append(who).append(q.direct() ? " (direct, " : " (reported, ").append(q.cue()).append(")");
        if (q.via() != null) {
          b.append(", citing ").append(q.via().name());
        }
        b.append(":\n    ").append(abbreviate(q.text(), 160)).append('\n');
      }
    }
    if (!x.events().isEmpty()) {
      b.append("\nWhat happened\n");
      for (Event e : x.events()) {
        b.append(String.format("  %-4s %-5s %-40s %s -> %s  %s%s  [%s]%s%n", e.id(), e.code(),
            abbreviate(e.name(), 40), actor(e.source(), byId), e.target() == null ? "-" : actor(e.target(), byId),
            e.date(), e.place() == null ? "" : "  in " + e.place().name(),
            String.join(", ", e.modality().stream().map(m -> m.name().toLowerCase()).toList()),
            e.historical() ? " (history)" : ""));
        b.append("       ").append(abbreviate(e.evidence().text(), 150));
        if (e.mentions().size() > 1) {
          b.append("  (").append(e.mentions().size()).append(" mentions)");
        }
        b.append('\n');
      }
    }
    for (Problem p : x.problems()) {
      b.append("\nproblem (").append(p.stage()).append(") at [").append(p.start()).append(',').append(p.end())
          .append("): ").append(p.message());
    }
    return b.append('\n').toString();
  }

  private static String actor(EventActor a, Map<String, Entity> byId) {
    String code = a.actor() != null ? a.actor() : a.country() != null ? a.country() : "?";
    Entity e = a.entity() == null ? null : byId.get(a.entity());
    return e == null || e.type() == org.dyad.model.EntityType.COUNTRY ? code : code + " (" + e.name() + ")";
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }
}
