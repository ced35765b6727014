package org.dyad.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.store.Queries;
import org.dyad.store.Store;
import org.dyad.store.Table;
import org.jspecify.annotations.Nullable;

/**
 * The articles of a store as the index takes them, read a slice of {@code doc_no}s at a time. The SQL holds no
 * user value: only numbers this class counts.
 */
final class StoreArticles {
  /** Articles read per query: a few megabytes of text. */
  private static final int SLICE = 2000;

  private final Queries queries;

  StoreArticles(Store store) {
    this.queries = new Queries(store);
  }

  /** How many articles the store holds with a {@code doc_no} up to {@code last}. */
  long countUpTo(long last) {
    return number(queries.sql("SELECT count(*) FROM documents WHERE doc_no <= " + last));
  }

  /** The highest {@code doc_no} of the store, 0 when it is empty. */
  long lastDocNo() {
    return number(queries.sql("SELECT coalesce(max(doc_no), 0) FROM documents"));
  }

  /** Hands the articles after {@code doc_no} {@code after} to {@code sink}, a slice at a time, in ingest order. */
  void after(long after, Consumer<List<Article>> sink) {
    long last = lastDocNo();
    for (long from = after; from < last; from += SLICE) {
      String range = " > " + from + " AND d.doc_no <= " + (from + SLICE);
      Map<String, Set<Article.Actor>> actors = new LinkedHashMap<>();
      for (List<@Nullable Object> r : queries.sql("SELECT e.doc_id, e.name, e.country, e.actor FROM entities e"
          + " JOIN documents d ON d.id = e.doc_id WHERE d.doc_no" + range + " ORDER BY d.doc_no, e.entity_id").rows()) {
        actors.computeIfAbsent(String.valueOf(r.get(0)), k -> new LinkedHashSet<>())
            .add(new Article.Actor(String.valueOf(r.get(1)), string(r.get(2)), string(r.get(3))));
      }
      List<Article> slice = new ArrayList<>();
      for (List<@Nullable Object> r : queries.sql("SELECT d.doc_no, d.id, d.title, d.credit, d.date, d.text"
          + " FROM documents d WHERE d.doc_no" + range + " ORDER BY d.doc_no").rows()) {
        String id = String.valueOf(r.get(1));
        slice.add(new Article(((Number) r.get(0)).longValue(), id, string(r.get(2)), String.valueOf(r.get(5)),
            string(r.get(3)), LocalDate.parse(String.valueOf(r.get(4))),
            List.copyOf(actors.getOrDefault(id, Set.of()))));
      }
      if (!slice.isEmpty()) {
        sink.accept(slice);
      }
    }
  }

  private static @Nullable String string(@Nullable Object v) {
    return v == null ? null : v.toString();
  }

  private static long number(Table t) {
    return ((Number) t.rows().get(0).get(0)).longValue();
  }
}
