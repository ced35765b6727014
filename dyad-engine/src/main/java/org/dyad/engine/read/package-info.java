/**
 * Reading documents: plain text and JSON Lines, from files, directories or standard input.
 *
 * <p>Plain text keeps every character of the file as the document text, so offsets map back to the file;
 * the title, date line and credit line are detected in it ({@link org.dyad.engine.read.Layout}). JSON Lines
 * holds one article per line ({@code id}, {@code date}, {@code title}, {@code text} or {@code body}; other
 * fields become metadata).
 *
 * <p>Hints, tips and traps: bad input never stops a run. Each file or line that cannot be read becomes a
 * {@link org.dyad.engine.read.Read.Failed} naming the file and line, and reading goes on.
 */
@NullMarked
package org.dyad.engine.read;

import org.jspecify.annotations.NullMarked;
