/**
 * Quotes and reported speech: what was said, by whom, through which cue.
 *
 * <p>{@link org.dyad.engine.quotes.QuoteFinder} is the entry point. It reads quotation marks from the text and
 * attributions from the dependency parse: a speech verb from {@code cues.tsv} (in this package's resources)
 * with its clausal complement and subject, the inverted "..., said X", "according to X", and "citing Y" for a
 * source cited by the speaker. Speakers are resolved to the actor stage's entities by position.
 *
 * <p>Hints, tips and traps: CoreNLP often attaches a postposed "..., X said" to a noun of the content
 * ({@code acl}) or makes it an adverb ({@code advmod}), so that pattern is read from the surface, not the
 * parse. A quoted paragraph's content spans several sentences, while cues are found sentence by sentence;
 * that is why the quotation marks, not the cue's complement, give a direct quote its span.
 */
@NullMarked
package org.dyad.engine.quotes;

import org.jspecify.annotations.NullMarked;
