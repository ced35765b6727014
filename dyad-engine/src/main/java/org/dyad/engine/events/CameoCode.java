package org.dyad.engine.events;

import org.jspecify.annotations.Nullable;

/**
 * One row of the CAMEO codebook.
 *
 * @param code the CAMEO code ("042")
 * @param name its CAMEO name ("Make a visit")
 * @param goldstein the Goldstein value, -10 to +10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover the PLOVER event type ("CONSULT"), {@code null} where PLOVER codes no event
 * @param ploverMode the PLOVER mode ("visit"), when CAMEO's detail gives one
 */
public record CameoCode(
    String code, String name, double goldstein, int quadClass, @Nullable String plover, @Nullable String ploverMode) {

  /** The two-digit root: "04" for "042". */
  public String root() {
    return code.substring(0, 2);
  }
}
