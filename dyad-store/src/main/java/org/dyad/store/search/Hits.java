package org.dyad.store.search;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of the articles a search found, best first.
 *
 * @param total how many articles the search found in all
 * @param hits the page asked for
 */
public record Hits(long total, List<Hit> hits) {
  public Hits {
    hits = List.copyOf(hits);
  }

  /**
   * An article found.
   *
   * @param score Lucene's BM25 relevance (higher is better)
   * @param snippet a passage of the text around the first match in it (or its start when only the title matched)
   */
  public record Hit(String id, @Nullable String title, LocalDate date, @Nullable String credit, float score,
      Snippet snippet) {}

  /**
   * A passage of an article's text: {@code text} is {@code article.substring(start, end)}.
   *
   * @param highlights the matches of the query in the passage, as offsets into the article's text
   */
  public record Snippet(int start, int end, String text, List<Span> highlights) {
    public Snippet {
      highlights = List.copyOf(highlights);
    }

    /** The passage with each match between {@code open} and {@code close}: "a «tariff» on chips". */
    public String marked(String open, String close) {
      StringBuilder out = new StringBuilder();
      int at = start;
      for (Span s : highlights) {
        out.append(text, at - start, s.start() - start).append(open).append(text, s.start() - start, s.end() - start)
            .append(close);
        at = s.end();
      }
      return out.append(text, at - start, text.length()).toString();
    }
  }

  /** A match: character offsets into the article's text, start inclusive, end exclusive. */
  public record Span(int start, int end) {}
}
