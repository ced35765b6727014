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
 * org.dyad.store.search.Words}), so that a phrase query finds exactly what a scan for the same words, separated by
 * anything else, finds: "tariff" does not find "tariffs", and "trade deficit" finds "trade-deficit". The index
 * notes the last {@code doc_no} it holds in its commit; an index whose count disagrees with the store's is stale
 * and rebuilt whole.
 */
@NullMarked
package org.dyad.store.search;

import org.jspecify.annotations.NullMarked;
