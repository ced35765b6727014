/**
 * The vocabulary of dyad: immutable records for a document and every fact extracted from it.
 *
 * <p>Every fact carries character offsets ({@code start}, {@code end}, end-exclusive) into the one
 * original {@link org.dyad.model.Document#text()}, and its surface text, so that
 * {@code text.substring(start, end).equals(fact.text())} always holds. Nothing here is null unless a
 * component is marked {@code @Nullable}; collections are never null and never mutable.
 */
@NullMarked
package org.dyad.model;

import org.jspecify.annotations.NullMarked;
