package org.dyad.model;

/** Where a document's anchor date came from. */
public enum DateSource {
  /** The {@code --date} option or an API parameter. */
  OVERRIDE,
  /** A date field of the input record (JSON Lines {@code date}). */
  METADATA,
  /** A date line in the text, such as {@code | 11 December 2023, Monday |} or {@code SEOUL, March 17 -}. */
  DATELINE,
  /** Nothing gave a date: the day the document was read. Relative dates are then unreliable. */
  TODAY
}
