package org.dyad.store.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.dyad.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of a store's articles, in a folder of its own: id, title, text, credit, date and the names and
 * codes of the actors each article names.
 *
 * <p>A query is Lucene's classic syntax over title and text, every word required: {@code tariff} (also finds
 * "tariffs": a word outside quotes is stemmed), {@code "trade deficit"} (a phrase, its words as written), {@code
 * semiconductor OR chips}, {@code title:yen}, {@code credit:reuters}, {@code actor:JPNGOV} (see {@link
 * QueryReader}). Hits come best first (BM25), ties in ingest order. Opened for writing, the index is one process's
 * (Lucene's write lock); opened for reading, any number of processes read it.
 */
public final class SearchIndex implements AutoCloseable {
  /** The commit's note of the highest {@code doc_no} the index holds. */
  private static final String LAST_DOC_NO = "dyad.last_doc_no";

  /**
   * The commit's note of the fields the index has: 2 since the stemmed title and text beside their {@code _exact}
   * copies (an index of another format is rebuilt by {@link #catchUp}).
   */
  private static final String FORMAT = "dyad.format";

  private static final String CURRENT_FORMAT = "2";

  /** A catch-up of at least this many articles (a bulk ingest) ends with the index merged into one segment. */
  private static final int BULK = 2000;

  /** The furthest page a search reaches: offset plus limit. */
  public static final int DEEPEST = 10_000;

  /**
   * The pages of recent searches kept (see {@link Recent}): the system property {@code dyad.search.recent}, 256 by
   * default, 0 for none.
   */
  private static final int RECENT = Integer.getInteger("dyad.search.recent", 256);

  private static final Words WORDS = new Words();
  private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField("doc_no", SortField.Type.LONG));

  /** The text: words with their positions and character offsets (the snippets' highlights), and stored. */
  private static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);

  /** The text's words as written, for phrases: positions and offsets, not stored again. */
  private static final FieldType TEXT_EXACT = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
    TEXT_EXACT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_EXACT.freeze();
  }

  private final Path folder;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private volatile long lastDocNo;
  private volatile String format;
  private final Recent recent = new Recent(RECENT);

  private SearchIndex(Path folder, Directory directory, @Nullable IndexWriter writer, SearcherManager searchers,
      Map<String, String> commitData) {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.lastDocNo = Long.parseLong(commitData.getOrDefault(LAST_DOC_NO, "0"));
    this.format = commitData.getOrDefault(FORMAT, "1");
  }

  /**
   * The folder of the index of the store at {@code target}: {@code news.search} beside {@code news.duckdb} (a file
   * of another name gets {@code .search} added). A PostgreSQL store or a folder of Parquet files has none beside it.
   */
  public static Optional<Path> besideStore(String target) {
    String path = target.startsWith("jdbc:duckdb:") ? target.substring("jdbc:duckdb:".length()) : target;
    if (path.isBlank() || path.startsWith("jdbc:") || path.startsWith(":memory:") || Files.isDirectory(Path.of(path))) {
      return Optional.empty();
    }
    Path file = Path.of(path).toAbsolutePath();
    String name = file.getFileName().toString();
    String base = name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
    return Optional.of(file.resolveSibling(base + ".search"));
  }

  /** True when {@code folder} holds an index. */
  public static boolean exists(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Directory d = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      throw new SearchException("cannot read " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Opens the index in {@code folder} for writing and reading, creating the folder and an empty index if need be. */
  public static SearchIndex open(Path folder) {
    Directory d = null;
    IndexWriter w = null;
    try {
      Files.createDirectories(folder);
      d = FSDirectory.open(folder);
      w = new IndexWriter(d, new IndexWriterConfig(WORDS).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      Map<String, String> data = new HashMap<>();
      if (DirectoryReader.indexExists(d)) {
        data.putAll(SegmentInfos.readLatestCommit(d).getUserData());
      } else {
        data.put(FORMAT, CURRENT_FORMAT);
        w.setLiveCommitData(data.entrySet());
        w.commit();
      }
      return new SearchIndex(folder, d, w, new SearcherManager(w, null), data);
    } catch (LockObtainFailedException e) {
      closeQuietly(w, d);
      throw new SearchException("the search index " + folder + " is in use by another process (a dyad serve or"
          + " ingest?): wait for it or stop it", e);
    } catch (IOException e) {
      closeQuietly(w, d);
      throw new SearchException("cannot open the search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Opens the index in {@code folder} to read it; another process may be writing it meanwhile. */
  public static SearchIndex openForReading(Path folder) {
    if (!exists(folder)) {
      throw new SearchException("no search index in " + folder);
    }
    Directory d = null;
    try {
      d = FSDirectory.open(folder);
      Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
      if (!CURRENT_FORMAT.equals(data.getOrDefault(FORMAT, "1"))) {
        throw new SearchException("the search index " + folder + " was written by an older dyad: dyad index"
            + " rebuilds it");
      }
      return new SearchIndex(folder, d, null, new SearcherManager(d, null), data);
    } catch (IOException e) {
      closeQuietly(null, d);
      throw new SearchException("cannot read the search index " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(@Nullable IndexWriter w, @Nullable Directory d) {
    try {
      if (w != null) {
        w.rollback();
      }
      if (d != null) {
        d.close();
      }
    } catch (IOException | RuntimeException ignored) {
      // Already failing: the first error is the one to tell.
    }
  }

  public Path folder() {
    return folder;
  }

  /** The highest {@code doc_no} the index holds (0 when empty). */
  public long lastDocNo() {
    return lastDocNo;
  }

  /** The articles the index holds. */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /** How the index stands to its store. */
  public enum State {
    /** It holds every article of the store. */
    CURRENT,
    /** It holds the store's first articles and misses the ones ingested since: {@link #catchUp} adds them. */
    BEHIND,
    /**
     * It disagrees with the store (another store, or articles gone), or was written by an older dyad: {@link
     * #catchUp} rebuilds it.
     */
    STALE
  }

  /** How the index stands to {@code store}. */
  public State state(Store store) {
    StoreArticles articles = new StoreArticles(store);
    if (!CURRENT_FORMAT.equals(format) || articles.countUpTo(lastDocNo) != size()) {
      return State.STALE;
    }
    return articles.lastDocNo() > lastDocNo ? State.BEHIND : State.CURRENT;
  }

  /**
   * Brings the index up to {@code store}: adds the articles ingested since it was last written, or rebuilds it
   * whole when it is {@link State#STALE}. Returns the articles added. After a rebuild or a bulk catch-up the index
   * is merged into one segment, which a search reads several times faster than the slices it was written in.
   */
  public long catchUp(Store store) {
    if (state(store) == State.STALE) {
      return rebuild(store);
    }
    return addAfter(store, lastDocNo);
  }

  /** Empties the index and adds every article of {@code store}. Returns the articles added. */
  public long rebuild(Store store) {
    try {
      writable().deleteAll();
      lastDocNo = 0;
      format = CURRENT_FORMAT;
      commit();
    } catch (IOException e) {
      throw failed("empty", e);
    }
    return addAfter(store, 0);
  }

  private long addAfter(Store store, long after) {
    long[] added = {0};
    new StoreArticles(store).after(after, slice -> {
      add(slice);
      added[0] += slice.size();
    });
    if (added[0] >= BULK) {
      try {
        writable().forceMerge(1);
        commit();
      } catch (IOException e) {
        throw failed("merge", e);
      }
    }
    return added[0];
  }

  /**
   * Adds (or replaces, by id) {@code articles} and commits: searches see them once this returns. The highest
   * {@code doc_no} added becomes the index's {@link #lastDocNo} if it is higher.
   */
  public void add(List<Article> articles) {
    IndexWriter w = writable();
    try {
      for (Article a : articles) {
        w.updateDocument(new Term("id", a.id()), document(a));
        lastDocNo = Math.max(lastDocNo, a.docNo());
      }
      commit();
    } catch (IOException e) {
      throw failed("add articles to", e);
    }
  }

  private void commit() throws IOException {
    IndexWriter w = writable();
    w.setLiveCommitData(Map.of(LAST_DOC_NO, Long.toString(lastDocNo), FORMAT, format).entrySet());
    w.commit();
    searchers.maybeRefreshBlocking();
  }

  private IndexWriter writable() {
    if (writer == null) {
      throw new SearchException("the search index " + folder + " was opened to read, not to write");
    }
    return writer;
  }

  private static Document document(Article a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new NumericDocValuesField("doc_no", a.docNo()));
    d.add(new LongPoint("date", a.date().toEpochDay()));
    d.add(new StoredField("date", a.date().toEpochDay()));
    if (a.title() != null) {
      d.add(new TextField("title", a.title(), Field.Store.YES));
      d.add(new TextField(QueryReader.exact("title"), a.title(), Field.Store.NO));
    }
    d.add(new Field("text", a.text(), TEXT));
    d.add(new Field(QueryReader.exact("text"), a.text(), TEXT_EXACT));
    if (a.credit() != null) {
      d.add(new TextField("credit", a.credit(), Field.Store.YES));
    }
    for (Article.Actor actor : a.actors()) {
      d.add(new TextField("actor", actor.name(), Field.Store.NO));
      for (String code : new String[] {actor.code(), actor.country()}) {
        if (code != null) {
          d.add(new TextField("actor", code, Field.Store.NO));
        }
      }
    }
    return d;
  }

  /**
   * The articles that match {@code query} (Lucene's classic syntax, see the class comment; blank: every article)
   * and pass {@code filters}: how many in all, and those from {@code offset} on, at most {@code limit}, best first.
   * A page asked for again while the index is unchanged is the one found the first time ({@link Recent}).
   *
   * @throws SearchException when the query cannot be read (the message says where), or the page is past
   *     {@link #DEEPEST}
   */
  public Hits search(String query, Filters filters, int offset, int limit) {
    if (offset < 0 || limit < 0 || (long) offset + limit > DEEPEST) {
      throw new SearchException("a page is from 0 to " + DEEPEST + " hits deep, not " + offset + " + " + limit);
    }
    Query q = QueryReader.of(query, filters, WORDS);
    Recent.Key key = new Recent.Key(query, filters, offset, limit);
    return withSearcher(s -> {
      long version = ((DirectoryReader) s.getIndexReader()).getVersion();
      Hits kept = recent.get(version, key);
      if (kept != null) {
        return kept;
      }
      TopFieldDocs top = s.search(q, new TopFieldCollectorManager(BEST_FIRST, Math.max(1, offset + limit), null,
          Integer.MAX_VALUE));
      Weight matching = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
      StoredFields stored = s.storedFields();
      List<Hits.Hit> hits = new ArrayList<>();
      for (int i = offset; i < Math.min(top.scoreDocs.length, offset + limit); i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document d = stored.document(sd.doc);
        String text = d.get("text");
        hits.add(new Hits.Hit(d.get("id"), d.get("title"),
            LocalDate.ofEpochDay(d.getField("date").numericValue().longValue()), d.get("credit"),
            (Float) ((FieldDoc) sd).fields[0], Snippets.around(text, matches(s, matching, sd.doc))));
      }
      Hits found = new Hits(top.totalHits.value, hits);
      recent.put(version, key, found);
      return found;
    });
  }

  /**
   * The matches of the query in the text of document {@code doc} (of its words, stemmed, and of its phrases, as
   * written), in text order, a match inside an earlier one left out.
   */
  private static List<Hits.Span> matches(IndexSearcher s, Weight matching, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Matches m = matching.matches(leaf, doc - leaf.docBase);
    List<Hits.Span> all = new ArrayList<>();
    for (String field : new String[] {"text", QueryReader.exact("text")}) {
      MatchesIterator it = m == null ? null : m.getMatches(field);
      while (it != null && it.next()) {
        all.add(new Hits.Span(it.startOffset(), it.endOffset()));
      }
    }
    all.sort(Comparator.comparingInt(Hits.Span::start).thenComparing(Hits.Span::end, Comparator.reverseOrder()));
    List<Hits.Span> out = new ArrayList<>();
    for (Hits.Span span : all) {
      if (out.isEmpty() || span.start() >= out.get(out.size() - 1).end()) {
        out.add(span);
      }
    }
    return out;
  }

  private interface Reading<T> {
    T read(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(Reading<T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.read(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw failed("read", e);
    }
  }

  private SearchException failed(String what, IOException e) {
    return new SearchException("cannot " + what + " the search index " + folder + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw failed("close", e);
    }
  }
}
