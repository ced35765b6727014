package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.StoreTest.rows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Extraction;
import org.dyad.model.Modality;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoriesTest {
  @TempDir Path dir;

  static java.util.stream.Stream<Dialect> dialects() {
    return Db.dialects();
  }

  private static Extraction report(String id, int day, String credit, String source, String target, String code) {
    LocalDate date = LocalDate.of(1987, 4, day);
    Extraction x = Articles.dispute(id, date, credit, code, -2, 3);
    Event e = Articles.event(x.text(), "V1", code, -2, 3, source, target, date.toString(), "condemned");
    return Articles.withEvents(x, List.of(e));
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void reportsOfOneEventWithinTheWindowBecomeOneStoryCountedAsGdeltCountsThem(Dialect dialect) throws Exception {
    Extraction twoMentions = report("r2", 18, "Reuters", "JPN", "USA", "111");
    Event e = twoMentions.events().get(0);
    Event mentionedTwice = new Event(e.id(), e.code(), e.root(), e.name(), e.plover(), e.ploverMode(), e.goldstein(),
        e.quadClass(), e.source(), e.target(), e.date(), e.dateSource(), e.place(), e.modality(), e.historical(),
        List.of(e.evidence(), Articles.at(twoMentions.text(), "tariffs")), e.evidence(), e.rule(), e.act());
    Extraction negated = report("neg", 17, "AP", "JPN", "USA", "111");
    try (Db db = Db.of(dialect, dir); Store store = Store.open(db.target())) {
      store.put(List.of(
          report("r1", 17, "Reuters", "JPN", "USA", "111"),
          Articles.withEvents(twoMentions, List.of(mentionedTwice)),
          report("a1", 20, "AP", "JPN", "USA", "111"),
          report("late", 30, "AP", "JPN", "USA", "111"),
          report("back", 17, "Kyodo", "USA", "JPN", "111"),
          report("other", 17, "Kyodo", "JPN", "USA", "172"),
          Articles.withEvents(negated, List.of(Articles.withModality(negated.events().get(0), Modality.NEGATED)))));
      Stories.Counts counts = store.collapseStories(3);
      assertThat(counts).isEqualTo(new Stories.Counts(7, 6, 4));
      assertThat(rows(store, "SELECT story_no, source_actor, target_actor, code, first_day, last_day, num_articles,"
          + " num_sources, num_mentions, doc_id FROM stories ORDER BY story_no")).isEqualTo(
              "1 JPN USA 111 1987-04-17 1987-04-20 3 2 4 r1"
              + " | 2 JPN USA 111 1987-04-30 1987-04-30 1 1 1 late"
              + " | 3 USA JPN 111 1987-04-17 1987-04-17 1 1 1 back"
              + " | 4 JPN USA 172 1987-04-17 1987-04-17 1 1 1 other");
      assertThat(rows(store, "SELECT doc_id FROM story_events WHERE story_no = 1 ORDER BY doc_id"))
          .isEqualTo("a1 | r1 | r2");
      assertThat(store.collapseStories(3)).as("recomputing changes nothing").isEqualTo(counts);
      assertThat(store.collapseStories(20).stories()).as("a wider window joins the late report").isEqualTo(3);
    }
  }
}
