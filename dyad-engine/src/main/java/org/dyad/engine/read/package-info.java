/**
 * Reading documents: plain text, JSON Lines, HTML pages, RSS/Atom feeds and WARC files, from files, directories
 * or standard input ({@link org.dyad.engine.read.DocumentReader} says which file is read how).
 *
 * <p>Plain text keeps every character of the file as the document text, so offsets map back to the file;
 * the title, date line and credit line are detected in it ({@link org.dyad.engine.read.Layout}). JSON Lines
 * holds one article per line ({@code id}, {@code date}, {@code title}, {@code text} or {@code body}; other
 * fields become metadata). An HTML page keeps only its article body ({@link org.dyad.engine.read.HtmlText}):
 * the text is not the page, so the metadata holds a {@link org.dyad.engine.read.SourceMap} ({@code offsets})
 * that maps every text offset back to the page source. A feed gives one document per item, a WARC file one per
 * HTML response record.
 *
 * <p>Hints, tips and traps: bad input never stops a run. Each file or line that cannot be read becomes a
 * {@link org.dyad.engine.read.Read.Failed} naming the file and line, and reading goes on.
 */
@NullMarked
package org.dyad.engine.read;

import org.jspecify.annotations.NullMarked;
