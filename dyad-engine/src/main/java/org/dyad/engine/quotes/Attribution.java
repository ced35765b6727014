package org.dyad.engine.quotes;

import org.dyad.engine.nlp.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * What one cue in one sentence attributes, before quotation marks are considered: the content it
 * introduces, the cue, and the noun phrases of the speaker and of a cited source.
 *
 * @param start start of the content
 * @param end end of the content; equal to {@code start} when the content follows a colon in a later sentence,
 *     or stands in the quotation right before a sentence that is only its cue ("“...!” Smith said.")
 * @param cue the cue's lemma ("say", "according to")
 * @param cueFrom first token of the cue
 * @param cueTo last token of the cue
 * @param speaker the speaker's noun phrase, when the sentence names one
 * @param via the noun phrase of the source the speaker cites ("citing multiple sources")
 * @param colon true when the cue ends its clause with a colon, so quoted text after the colon is its content
 */
record Attribution(
    Sentence sentence,
    int start,
    int end,
    String cue,
    int cueFrom,
    int cueTo,
    @Nullable Phrase speaker,
    @Nullable Phrase via,
    boolean colon) {

  /**
   * A noun phrase: tokens {@code from..to} (inclusive) of a sentence, whose head is token {@code head}.
   *
   * @param antecedent for a relative pronoun ("who said"), the noun phrase it stands for
   */
  record Phrase(Sentence sentence, int head, int from, int to, @Nullable Phrase antecedent) {
    Phrase(Sentence sentence, int head, int from, int to) {
      this(sentence, head, from, to, null);
    }

    int start() {
      return sentence.token(from).start();
    }

    int end() {
      return sentence.token(to).end();
    }
  }

  int cueStart() {
    return sentence.token(cueFrom).start();
  }

  int cueEnd() {
    return sentence.token(cueTo).end();
  }
}
