/**
 * Full-text search of a store's articles with Apache Lucene: an index in a folder beside the store.
 *
 * <p>{@link org.dyad.store.search.SearchIndex} opens or creates the index ({@code news.duckdb} gets
 * {@code news.search/}), takes the articles the store has and the index has not yet ({@link
 * org.dyad.store.search.SearchIndex#catchUp}, by {@code doc_no}, which ingest counts up), and answers a query
 * with its filters and a page: the total and the hits, each with a snippet whose highlights are character offsets
 * into the article's text. {@link org.dyad.store.search.StoreArticles} reads the articles out of the store.
 *
 * <p>Hints, tips and traps: words are the runs of letters and digits, lowercased ({@link
 * org.dyad.store.search.Words}). The title and the text are indexed twice: stemmed, for words outside quotes
 * ({@code tariff} finds "tariffs"), and as written ({@code _exact}), for quoted phrases and words, so that a phrase
 * query finds exactly what a scan for the same words, separated by anything else, finds: {@code "tariff"} does not
 * find "tariffs", and {@code "trade deficit"} finds "trade-deficit" ({@link org.dyad.store.search.QueryReader}
 * sends each to its field). The index notes the last {@code doc_no} it holds and its format in its commit; an index
 * whose count disagrees with the store's, or of an older format, is stale and rebuilt whole. The analyzer must
 * reuse its word streams per field, not globally, or the first field's stemming is applied to every field. Recent
 * pages are kept per index version ({@link org.dyad.store.search.Recent}).
 */
@NullMarked
package org.dyad.store.search;

import org.jspecify.annotations.NullMarked;
