package org.dyad.store.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of a stored article.
 *
 * @param docNo the store's {@code doc_no}: 1, 2, 3 ... in ingest order
 * @param actors the actors the article names
 */
public record Article(long docNo, String id, @Nullable String title, String text, @Nullable String credit,
    LocalDate date, List<Actor> actors) {
  public Article {
    actors = List.copyOf(actors);
  }

  /**
   * An actor an article names.
   *
   * @param name the entity's name ("Yasuhiro Nakasone")
   * @param country ISO 3166-1 alpha-3 ("JPN")
   * @param code the CAMEO actor code ("JPNGOV")
   */
  public record Actor(String name, @Nullable String country, @Nullable String code) {}
}
