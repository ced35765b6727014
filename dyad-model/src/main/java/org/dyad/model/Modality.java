package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the text presents an event. An event may carry several ("reported" and "planned"). */
public enum Modality {
  /** Stated as fact by the article itself. */
  @JsonProperty("asserted")
  ASSERTED,
  /** Attributed to a cited source ("Kyodo reported ..."). */
  @JsonProperty("reported")
  REPORTED,
  /** Intended or scheduled, not yet happened ("will urge", "is set for"). */
  @JsonProperty("planned")
  PLANNED,
  /** Said not to have happened ("did not meet"): never count it as an event that happened. */
  @JsonProperty("negated")
  NEGATED,
  /** Possible or conditional ("could obstruct", "if ..."). */
  @JsonProperty("hypothetical")
  HYPOTHETICAL
}
