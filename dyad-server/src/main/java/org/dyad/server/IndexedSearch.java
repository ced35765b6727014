package org.dyad.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.store.Store;
import org.dyad.store.search.Filters;
import org.dyad.store.search.Hits;
import org.dyad.store.search.SearchException;
import org.dyad.store.search.SearchIndex;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/documents?q=} from the store's search index ({@link SearchIndex}): the one beside a DuckDB
 * store, or the folder given (a PostgreSQL store's). A server that writes its store opens it for writing at start,
 * catches it up with the store (creating a folder given that holds none) and keeps it up to date as articles are
 * posted; a read-only server reads it as it is. Without one, the server says so in one line of its log and the
 * search scans the text, as before.
 */
final class IndexedSearch implements AutoCloseable {
  private final @Nullable SearchIndex index;

  private IndexedSearch(@Nullable SearchIndex index) {
    this.index = index;
  }

  /**
   * The index in {@code given}, else the one beside the store at {@code target}, caught up with it unless the store
   * is read-only; or none, told on standard error.
   */
  static IndexedSearch open(String target, @Nullable Path given, StorePool stores) {
    Optional<Path> folder = given != null ? Optional.of(given) : SearchIndex.besideStore(target);
    boolean creatable = given != null && !stores.readOnly();
    if (folder.isEmpty() || !(creatable || SearchIndex.exists(folder.get()))) {
      System.err.println("dyad serve: no search index " + (given != null ? "in " + given : "beside "
          + stores.target()) + " (dyad index builds it): searches scan the text");
      return new IndexedSearch(null);
    }
    SearchIndex index;
    try {
      index = stores.readOnly() ? SearchIndex.openForReading(folder.get()) : SearchIndex.open(folder.get());
    } catch (SearchException e) {
      System.err.println("dyad serve: " + e.getMessage() + "; searches scan the text");
      return new IndexedSearch(null);
    }
    if (stores.readOnly()) {
      SearchIndex.State state = stores.read(index::state);
      if (state != SearchIndex.State.CURRENT) {
        System.err.println("dyad serve: the search index " + folder.get() + " is " + state.name()
            .toLowerCase(Locale.ROOT) + " (dyad index brings it up to date): searches miss what it lacks");
      }
      return new IndexedSearch(index);
    }
    try {
      long added = stores.write(index::catchUp);
      if (added > 0) {
        System.err.println("dyad serve: search index " + folder.get() + ": " + added + " article(s) added");
      }
      return new IndexedSearch(index);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** After the server stored articles: the index takes them. */
  void caughtUp(Store store) {
    if (index != null) {
      index.catchUp(store);
    }
  }

  /**
   * The page of the search for {@code q} (Lucene's syntax, see {@link SearchIndex}) that {@code at} asks for, as
   * {@code GET /api/documents} answers it, each item with its score and the snippet's matches as
   * offsets into the article's text; null when there is no index or no {@code q}.
   */
  @Nullable Map<String, Object> page(@Nullable String q, @Nullable LocalDate from, @Nullable LocalDate to,
      @Nullable String actor, Params.Paging at) {
    if (index == null || q == null) {
      return null;
    }
    if (at.offset() + at.limit() > SearchIndex.DEEPEST) {
      throw ApiException.badRequest("a search reaches " + SearchIndex.DEEPEST + " hits deep: narrow it");
    }
    Hits hits;
    try {
      hits = index.search(q, new Filters(null, null, actor, from, to), (int) at.offset(), at.limit());
    } catch (SearchException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    List<Map<String, @Nullable Object>> items = new ArrayList<>();
    for (Hits.Hit h : hits.hits()) {
      Map<String, @Nullable Object> item = new LinkedHashMap<>();
      item.put("id", h.id());
      item.put("date", h.date().toString());
      item.put("title", h.title());
      item.put("credit", h.credit());
      item.put("snippet", h.snippet().text());
      item.put("score", h.score());
      item.put("snippet_start", h.snippet().start());
      item.put("highlights", h.snippet().highlights().stream().map(s -> Map.of("start", s.start(), "end", s.end()))
          .toList());
      items.add(item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", hits.total());
    out.put("offset", at.offset());
    out.put("limit", at.limit());
    out.put("items", items);
    return out;
  }

  @Override
  public void close() {
    if (index != null) {
      index.close();
    }
  }
}
