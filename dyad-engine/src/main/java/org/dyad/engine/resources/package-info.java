/**
 * The one reader of dyad's tab-separated data files: {@link org.dyad.engine.resources.Tsv} declares a file's
 * columns and reads it row by row ({@link org.dyad.engine.resources.Row}: cells by column name, {@code -} or
 * empty for none, {@code ;} between alternatives), every error a
 * {@link org.dyad.engine.resources.ResourceException} with {@code file:line}. The convention every data file
 * follows (header comment with what, source and licence; a row of column names) is written down in
 * {@code docs/RESOURCES.md}.
 *
 * <p>Hints, tips and traps: a file's line numbers are part of what some rows mean: a pattern's rule quotes
 * {@code patterns.tsv:57}, so adding a comment line above the data renumbers every rule the coder writes.
 * Cells are taken as written, surrounding spaces included ({@code fips-adm1.tsv} has names with a leading
 * space, as its source gives them); {@link org.dyad.engine.resources.Row#list} strips each alternative.
 */
@NullMarked
package org.dyad.engine.resources;

import org.jspecify.annotations.NullMarked;
