package org.dyad.store.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pages of the most recent searches, each kept while the index stays as it was when it was found: entries
 * found in one version of the index are never given for another (the first search in a newer version empties the
 * cache; a search still running in an older version neither reads nor fills it). At most {@code size} pages,
 * the least recently asked for dropped first; size 0 keeps none.
 */
final class Recent {
  /** What a page was asked for. */
  record Key(String query, Filters filters, int offset, int limit) {}

  private final int size;
  private final Map<Key, Hits> pages;
  private long version = -1;

  Recent(int size) {
    this.size = size;
    this.pages = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Hits> eldest) {
        return size() > Recent.this.size;
      }
    };
  }

  /** The page found for {@code key} in the index's version {@code indexVersion}, if it is kept. */
  synchronized @Nullable Hits get(long indexVersion, Key key) {
    if (indexVersion > version) {
      pages.clear();
      version = indexVersion;
    }
    return indexVersion == version ? pages.get(key) : null;
  }

  /** Keeps {@code page}, found for {@code key} in the index's version {@code indexVersion}. */
  synchronized void put(long indexVersion, Key key, Hits page) {
    if (size > 0 && indexVersion == version) {
      pages.put(key, page);
    }
  }
}
