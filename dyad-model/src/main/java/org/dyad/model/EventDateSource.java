package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an event's date came from. */
public enum EventDateSource {
  /** A time expression of the event's own sentence ("in March"). */
  @JsonProperty("text")
  TEXT,
  /** The document's anchor date, for want of one in the text. */
  @JsonProperty("document")
  DOCUMENT
}
