package org.dyad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.engine.SharedParser;
import org.dyad.model.Timex;

/** Tags a sentence or two written for a test, dated Monday 11 December 2023, and renders each timex on a line. */
final class Tagging {
  /** A Monday. */
  static final LocalDate ANCHOR = LocalDate.of(2023, 12, 11);
  private static final TimeTagger TAGGER = new TimeTagger();

  private Tagging() {}

  /**
   * Each timex as {@code text=TYPE value [mod]}, then {@code =>date} for a duration that leads to a date
   * ("two days later") and {@code <-anchor text} when it counts from another timex; every offset is checked
   * against the text.
   */
  static List<String> tag(String text) {
    return tag(text, ANCHOR);
  }

  /** As {@link #tag(String)}, for a document of date {@code anchor}. */
  static List<String> tag(String text, LocalDate anchor) {
    List<Timex> found = TAGGER.tag(text, anchor, SharedParser.get().parse(text));
    for (Timex t : found) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      if (t.anchor() != null) {
        assertThat(text.substring(t.anchor().start(), t.anchor().end())).isEqualTo(t.anchor().text());
      }
    }
    return found.stream()
        .map(t -> t.text() + "=" + t.type() + " " + t.value() + (t.mod() == null ? "" : " " + t.mod())
            + (t.pointsTo() == null ? "" : " =>" + t.pointsTo()) + (t.anchor() == null ? "" : " <-" + t.anchor().text()))
        .toList();
  }
}
