/**
 * Quotes and reported speech: what was said (or held, or shown), by whom, through which cue.
 *
 * <p>{@link org.dyad.engine.quotes.QuoteFinder} is the entry point. It reads quotation marks from the text
 * ({@code QuoteMarks}) and attributions sentence by sentence ({@code AttributionFinder}): a cue verb of
 * {@code cues.tsv} (in this package's resources) with its clausal complement and subject, read from the parse
 * and, where the parse of news goes wrong, from the word order ({@code Surface}: "X said the plan was dead",
 * "..., said X", "The plan, he said, is dead", and a cue right after a quotation: "“...,” Ruiz said in March,
 * “...”"; {@code WordOrder}: the speaker right before a cue the parse leaves without one, "..., Sen. Ana Ruiz (D-N.Y.)
 * said", "Tom Ruiz, a lawyer for the union, said"); the contents that are no clause ({@code Frames}: "urged X to
 * ...", "called for ...", "called him ...", "announced a ceasefire", "her statement that ..."); "according to
 * X"; and "citing Y" for a source cited by the speaker. {@code SpeakerResolver} resolves speakers to the actor
 * stage's entities by position, relative pronouns to the noun they stand for, and pronouns that no entity
 * covers to the speaker quoted just before.
 *
 * <p>Hints, tips and traps: the parser often attaches a postposed "..., X said" to a noun of the content
 * ({@code acl}) or makes it an adverb ({@code advmod}), reads a clause after "said" without "that" as an
 * object and a stray verb, and takes "saying" for a marker; each of these is read from the surface too. A
 * quoted paragraph's content spans several sentences, while cues are found sentence by sentence; that is why
 * the quotation marks, not the cue's complement, give a direct quote its span, and why a quotation that opens
 * the next paragraph goes on with the speaker of the one before. Every surface scan is bounded by a constant
 * window, so a sentence of any length costs time linear in its length. The splitter ends a sentence at a party
 * and state in parentheses ("Sen. Ana Ruiz (D-N.Y.) said ..."), so a lower-case cue that opens a sentence looks
 * for its speaker at the end of the sentence before; a headline's clause has no verb ("X says talks ‘very
 * close’"), and is read so only in a document's first sentence.
 */
@NullMarked
package org.dyad.engine.quotes;

import org.jspecify.annotations.NullMarked;
