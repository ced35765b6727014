package org.dyad.model;

import org.jspecify.annotations.Nullable;

/**
 * Direct or reported speech.
 *
 * @param start start of the content (for direct speech, including the quotation marks)
 * @param text the content as it stands in the text
 * @param direct true for text in quotation marks, false for reported speech
 * @param cue the lemma of the cue ("say", "report", "according to")
 * @param cueSpan where the cue stands, when it stands in the text
 * @param speaker who said it; {@code null} when nobody can be named
 * @param via the reporter when the speaker is cited by someone else
 */
public record Quote(
    int start,
    int end,
    String text,
    boolean direct,
    String cue,
    @Nullable Mention cueSpan,
    @Nullable Speaker speaker,
    @Nullable Via via) {
  public Quote {
    new Mention(start, end, text);
  }
}
