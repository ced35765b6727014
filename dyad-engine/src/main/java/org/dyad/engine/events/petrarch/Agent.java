package org.dyad.engine.events.petrarch;

import java.util.List;

/**
 * One phrase of an agent dictionary ({@code FOREIGN_MINISTER [~GOVFRM]}), each plural form its own record.
 *
 * @param phrase upper-case words, consecutive in the text
 * @param code the agent code without its {@code ~}
 * @param prefix whether the code goes before the actor's ({@code [NGO~]}: "MSF Arnor" is {@code NGOARN}) rather
 *     than after ({@code [~GOV]}: "Arnor's government" is {@code ARNGOV})
 */
public record Agent(List<String> phrase, String code, boolean prefix) {
  public Agent {
    phrase = List.copyOf(phrase);
  }
}
