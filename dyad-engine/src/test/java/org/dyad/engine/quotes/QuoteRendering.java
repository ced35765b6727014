package org.dyad.engine.quotes;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.engine.SharedParser;
import org.dyad.engine.actors.Entities;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;

/** Runs the quote finder on a text and renders each quote on one line, for assertions. */
final class QuoteRendering {
  private QuoteRendering() {}

  static List<String> quotes(String text, Entities entities) {
    return new QuoteFinder().find(text, SharedParser.get().parse(text), entities).stream()
        .map(QuoteRendering::render)
        .collect(Collectors.toList());
  }

  static List<String> quotes(String text) {
    return quotes(text, new Entities(List.of()));
  }

  /** {@code QUOTE[12,40) direct "…" cue=say speaker=Yoon@[0,4)}, with {@code via=...} when there is one. */
  static String render(Quote q) {
    StringBuilder b = new StringBuilder("QUOTE[").append(q.start()).append(',').append(q.end()).append(") ")
        .append(q.direct() ? "direct" : "reported").append(" \"").append(q.text()).append("\" cue=")
        .append(q.cue()).append(" speaker=");
    Speaker s = q.speaker();
    if (s == null) {
      b.append("none");
    } else {
      b.append(s.name());
      if (s.mention() != null) {
        b.append('@').append(s.mention().text()).append('[').append(s.mention().start()).append(',')
            .append(s.mention().end()).append(')');
      }
      if (s.entity() != null) {
        b.append('=').append(s.entity());
      }
    }
    if (q.via() != null) {
      b.append(" via=").append(q.via().name());
    }
    return b.toString();
  }
}
