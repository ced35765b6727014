package org.dyad.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dyad.model.DateSource;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
  @TempDir Path dir;

  /** Five short articles on trade, written for this test, with the countries and people they name. */
  static List<Extraction> trade() {
    return List.of(
        article("a1", "1987-03-02", "Reuters", "Japan answers tariff threat",
            "Japan said on Monday it would answer the tariff threat to its semiconductor exports.\n"
                + "The trade deficit with the United States grew.", "Japan", "JPN", "United States", "USA"),
        article("a2", "1987-03-10", "AP", "Chip makers meet",
            "Chip makers met in Tokyo. Tariffs on semiconductors were not discussed; the trade-deficit talks go on.",
            "Tokyo", "JPN"),
        article("a3", "1987-04-01", "Reuters", "Yen falls",
            "The yen fell against the dollar, Yasuhiro Nakasone said. Trade\n   deficit figures are due on Friday.",
            "Yasuhiro Nakasone", "JPN"),
        article("a4", "1987-04-15", "Reuters", "Deficits", "Trade deficits widened in Europe; the deficit of trade"
            + " in grain did not.", "Europe", null),
        article("a5", "1987-05-01", "Reuters Financial", "Trade deficit talks",
            "Officials from both countries met on Friday.", "United States", "USA"));
  }

  /** An article naming {@code names}: pairs of entity name and country (or null). */
  static Extraction article(String id, String date, String credit, String title, String text, @Nullable String... names) {
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < names.length; i += 2) {
      String name = names[i];
      int at = text.indexOf(name);
      List<Mention> mentions = at < 0 ? List.of() : List.of(Mention.of(text, at, at + name.length()));
      entities.add(new Entity("E" + (i / 2 + 1), name, EntityType.COUNTRY, names[i + 1], null, names[i + 1],
          mentions));
    }
    return new Extraction(id, title, LocalDate.parse(date), DateSource.METADATA, credit, text, entities, List.of(),
        List.of(), List.of(), List.of(), Map.of());
  }

  private Store store(List<Extraction> articles) {
    Store s = Store.open(dir.resolve("news.duckdb").toString());
    s.put(articles);
    return s;
  }

  private SearchIndex indexOf(Store store) {
    SearchIndex index = SearchIndex.open(dir.resolve("news.search"));
    index.catchUp(store);
    return index;
  }

  private static List<String> ids(Hits hits) {
    return hits.hits().stream().map(Hits.Hit::id).toList();
  }

  @Test
  void aPhraseFindsItsWordsInOrderAcrossHyphensAndLineBreaksButNotOtherFormsOfThem() {
    try (Store store = store(trade()); SearchIndex index = indexOf(store)) {
      Hits hits = index.search("\"trade deficit\"", Filters.NONE, 0, 10);
      assertThat(new TreeSet<>(ids(hits))).containsExactly("a1", "a2", "a3", "a5");
      assertThat(hits.total()).isEqualTo(4);
    }
  }

  @Test
  void thePhraseResultsOfTheIndexAreThoseOfAScanForTheSameWordsSeparatedByAnythingElse() {
    try (Store store = store(trade()); SearchIndex index = indexOf(store)) {
      List<List<Object>> stored = new ArrayList<>();
      new Queries(store).sql("SELECT id, coalesce(title, ''), text FROM documents").rows()
          .forEach(r -> stored.add(new ArrayList<>(r)));
      for (String phrase : List.of("trade deficit", "tariff", "tariffs", "semiconductor exports", "the yen",
          "united states", "on friday", "deficit of trade", "japan")) {
        Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("[^\\p{L}\\p{N}]+", phrase.split(" "))
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        TreeSet<String> scan = stored.stream()
            .filter(r -> words.matcher((String) r.get(1)).find() || words.matcher((String) r.get(2)).find())
            .map(r -> (String) r.get(0)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(ids(index.search("\"" + phrase + "\"", Filters.NONE, 0, 100))))
            .as(phrase).isEqualTo(scan);
      }
    }
  }

  @Test
  void aWordOutsideQuotesFindsItsOtherFormsAndAQuotedWordOnlyItself() {
    List<Extraction> articles = trade();
    try (Store store = store(articles); SearchIndex index = indexOf(store)) {
      Hits any = index.search("tariff", Filters.NONE, 0, 10);
      assertThat(new TreeSet<>(ids(any))).containsExactly("a1", "a2");
      Hits.Hit a2 = any.hits().stream().filter(h -> h.id().equals("a2")).findFirst().orElseThrow();
      assertThat(a2.snippet().marked("[", "]")).contains("[Tariffs] on semiconductors");
      assertThat(ids(index.search("\"tariff\"", Filters.NONE, 0, 10))).containsExactly("a1");
      assertThat(new TreeSet<>(ids(index.search("deficits", Filters.NONE, 0, 10))))
          .containsExactly("a1", "a2", "a3", "a4", "a5");
      assertThat(ids(index.search("\"trade deficits\"", Filters.NONE, 0, 10))).containsExactly("a4");
      assertThat(ids(index.search("title:deficit", Filters.NONE, 0, 10))).containsExactly("a4", "a5");
      assertThat(ids(index.search("title:\"deficit\"", Filters.NONE, 0, 10))).containsExactly("a5");
      assertThat(ids(index.search("exports \"tariff threat\"", Filters.NONE, 0, 10))).containsExactly("a1");
    }
  }

  @Test
  void aPageAskedForAgainIsTheOneFoundBeforeUntilTheIndexChanges() {
    List<Extraction> articles = trade();
    try (Store store = store(articles.subList(0, 4)); SearchIndex index = indexOf(store)) {
      Hits first = index.search("trade", Filters.NONE, 0, 10);
      assertThat(index.search("trade", Filters.NONE, 0, 10)).isSameAs(first);
      assertThat(index.search("trade", Filters.NONE, 0, 2)).isNotSameAs(first).isEqualTo(index.search("trade",
          Filters.NONE, 0, 2));
      assertThat(index.search("trade", new Filters(null, "AP", null, null, null), 0, 10).total()).isEqualTo(1);
      store.put(articles.subList(4, 5));
      index.catchUp(store);
      Hits after = index.search("trade", Filters.NONE, 0, 10);
      assertThat(after.total()).isEqualTo(first.total() + 1);
      assertThat(ids(after)).contains("a5");
    }
  }

  @Test
  void anIndexWrittenByAnOlderDyadIsRebuiltByCatchingUpAndNotReadMeanwhile() throws Exception {
    try (Store store = store(trade())) {
      try (SearchIndex index = indexOf(store)) {
        assertThat(index.state(store)).isEqualTo(SearchIndex.State.CURRENT);
      }
      try (IndexWriter older = new IndexWriter(FSDirectory.open(dir.resolve("news.search")),
          new IndexWriterConfig(new Words()))) {
        older.setLiveCommitData(Map.of("dyad.last_doc_no", "5").entrySet());
        older.commit();
      }
      assertThatThrownBy(() -> SearchIndex.openForReading(dir.resolve("news.search")))
          .hasMessageContaining("written by an older dyad: dyad index rebuilds it");
      try (SearchIndex index = SearchIndex.open(dir.resolve("news.search"))) {
        assertThat(index.state(store)).isEqualTo(SearchIndex.State.STALE);
        assertThat(index.catchUp(store)).isEqualTo(5);
        assertThat(index.state(store)).isEqualTo(SearchIndex.State.CURRENT);
      }
      try (SearchIndex reader = SearchIndex.openForReading(dir.resolve("news.search"))) {
        assertThat(ids(reader.search("\"tariff\"", Filters.NONE, 0, 10))).containsExactly("a1");
      }
    }
  }

  @Test
  void aSnippetIsAPassageOfTheTextWithTheMatchesAtTheirOffsets() {
    List<Extraction> articles = trade();
    try (Store store = store(articles); SearchIndex index = indexOf(store)) {
      Hits.Hit hit = index.search("\"tariff threat\" OR deficit", Filters.NONE, 0, 10).hits().stream()
          .filter(h -> h.id().equals("a1")).findFirst().orElseThrow();
      String text = articles.get(0).text();
      Hits.Snippet s = hit.snippet();
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
      assertThat(s.highlights().stream().map(h -> text.substring(h.start(), h.end())))
          .containsExactly("tariff threat", "deficit");
      assertThat(s.marked("[", "]")).isEqualTo("Japan said on Monday it would answer the [tariff threat] to its"
          + " semiconductor exports.\nThe trade [deficit] with the United States grew.");
      assertThat(hit.title()).isEqualTo("Japan answers tariff threat");
      assertThat(hit.date()).isEqualTo(LocalDate.of(1987, 3, 2));
      assertThat(hit.credit()).isEqualTo("Reuters");
    }
  }

  @Test
  void aLongTextIsCutToWholeWordsAroundItsFirstMatch() {
    String text = "Grain ".repeat(100) + "a wheat tender was cancelled. " + "Maize ".repeat(100);
    try (Store store = store(List.of(article("long", "1987-06-01", "Reuters", "Grain", text)));
        SearchIndex index = indexOf(store)) {
      Hits.Snippet s = index.search("tender", Filters.NONE, 0, 1).hits().get(0).snippet();
      assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end())).startsWith("Grain").endsWith("Maize");
      assertThat(s.highlights()).containsExactly(new Hits.Span(text.indexOf("tender"), text.indexOf("tender") + 6));
      assertThat(s.start()).isBetween(text.indexOf("tender") - Snippets.BEFORE, text.indexOf("tender"));
    }
  }

  @Test
  void filtersKeepTheArticlesOfATitleACreditAnActorAndADateRange() {
    try (Store store = store(trade()); SearchIndex index = indexOf(store)) {
      assertThat(ids(index.search("deficit", new Filters(null, "AP", null, null, null), 0, 10))).containsExactly("a2");
      assertThat(ids(index.search("deficit", new Filters("yen", null, null, null, null), 0, 10))).containsExactly("a3");
      assertThat(new TreeSet<>(ids(index.search("deficit", new Filters(null, null, "USA", null, null), 0, 10))))
          .containsExactly("a1", "a5");
      assertThat(ids(index.search("deficit", new Filters(null, null, "nakasone", null, null), 0, 10)))
          .containsExactly("a3");
      assertThat(new TreeSet<>(ids(index.search("deficit",
          new Filters(null, null, null, LocalDate.of(1987, 4, 1), LocalDate.of(1987, 4, 30)), 0, 10))))
          .containsExactly("a3", "a4");
      assertThat(ids(index.search("", new Filters(null, "reuters financial", null, null, null), 0, 10)))
          .containsExactly("a5");
      assertThat(ids(index.search("credit:ap OR actor:nakasone", Filters.NONE, 0, 10))).hasSize(2);
      assertThat(index.search("deficit", new Filters(null, "---", null, null, null), 0, 10).total()).isZero();
    }
  }

  @Test
  void pagesCarryTheTotalAndFollowEachOtherWithoutGapOrRepeat() {
    List<Extraction> reports = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      reports.add(article("w" + i, "1987-03-01", "Reuters", "Wheat " + i, "Wheat exports rose " + i + " pct."));
    }
    try (Store store = store(reports); SearchIndex index = indexOf(store)) {
      List<String> all = new ArrayList<>();
      for (int offset = 0; offset < 30; offset += 10) {
        Hits page = index.search("wheat exports", Filters.NONE, offset, 10);
        assertThat(page.total()).isEqualTo(25);
        all.addAll(ids(page));
      }
      assertThat(all).hasSize(25).doesNotHaveDuplicates();
      assertThat(index.search("wheat", Filters.NONE, 20, 10).hits()).hasSize(5);
      assertThat(index.search("wheat", Filters.NONE, 0, 0).total()).isEqualTo(25);
      assertThatThrownBy(() -> index.search("wheat", Filters.NONE, SearchIndex.DEEPEST, 1))
          .isInstanceOf(SearchException.class);
    }
  }

  @Test
  void catchingUpAddsTheArticlesIngestedSinceAndRebuildsAnIndexOfAnotherStore() {
    List<Extraction> articles = trade();
    try (Store store = store(articles.subList(0, 3)); SearchIndex index = indexOf(store)) {
      assertThat(index.state(store)).isEqualTo(SearchIndex.State.CURRENT);
      store.put(articles.subList(3, 5));
      assertThat(index.state(store)).isEqualTo(SearchIndex.State.BEHIND);
      assertThat(index.catchUp(store)).isEqualTo(2);
      assertThat(index.size()).isEqualTo(5);
      assertThat(index.lastDocNo()).isEqualTo(5);
      try (Store other = Store.open(dir.resolve("other.duckdb").toString())) {
        other.put(List.of(article("b1", "1987-07-01", "AP", "Oil", "Oil prices rose.")));
        assertThat(index.state(other)).isEqualTo(SearchIndex.State.STALE);
        assertThat(index.catchUp(other)).isEqualTo(1);
        assertThat(ids(index.search("", Filters.NONE, 0, 10))).containsExactly("b1");
      }
    }
  }

  @Test
  void aReaderSeesTheCommittedIndexWhileASecondWriterIsRefused() {
    try (Store store = store(trade()); SearchIndex index = indexOf(store)) {
      try (SearchIndex reader = SearchIndex.openForReading(index.folder())) {
        assertThat(reader.size()).isEqualTo(5);
        assertThat(reader.lastDocNo()).isEqualTo(5);
        assertThatThrownBy(() -> reader.add(List.of())).hasMessageContaining("opened to read");
      }
      assertThatThrownBy(() -> SearchIndex.open(index.folder())).hasMessageContaining("in use by another process");
    }
  }

  @Test
  void aQueryThatCannotBeReadIsToldAsSuch() {
    try (Store store = store(trade()); SearchIndex index = indexOf(store)) {
      assertThatThrownBy(() -> index.search("\"trade deficit", Filters.NONE, 0, 10))
          .isInstanceOf(SearchException.class).hasMessageStartingWith("cannot read the query (Lexical error at line 1, column 15.");
    }
  }

  @Test
  void theIndexOfADuckDbFileIsTheFolderBesideItAndAServerStoreHasNone() {
    assertThat(SearchIndex.besideStore(dir.resolve("news.duckdb").toString()))
        .contains(dir.resolve("news.search").toAbsolutePath());
    assertThat(SearchIndex.besideStore("jdbc:duckdb:" + dir.resolve("x.db"))).contains(dir.resolve("x.db.search"));
    assertThat(SearchIndex.besideStore("jdbc:postgresql://localhost/dyad")).isEmpty();
    assertThat(SearchIndex.besideStore(dir.toString())).isEmpty();
    assertThat(SearchIndex.exists(dir.resolve("news.search"))).isFalse();
  }
}
