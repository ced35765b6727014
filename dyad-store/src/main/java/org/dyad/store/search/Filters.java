package org.dyad.store.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Conditions on the articles a search finds; every one is optional (null: no condition).
 *
 * @param title words the title has, in this order (a phrase)
 * @param credit words of the agency or outlet credited ("Reuters")
 * @param actor an actor the article names: CAMEO actor code ("JPNGOV"), country code ("JPN") or words of the
 *     entity's name ("Nakasone")
 * @param from the first day of the articles' dates
 * @param to the last day of the articles' dates
 */
public record Filters(@Nullable String title, @Nullable String credit, @Nullable String actor,
    @Nullable LocalDate from, @Nullable LocalDate to) {
  /** No condition. */
  public static final Filters NONE = new Filters(null, null, null, null, null);
}
