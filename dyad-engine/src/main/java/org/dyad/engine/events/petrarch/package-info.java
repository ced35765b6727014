/**
 * PETRARCH compatibility: the field's verb, actor, agent and discard dictionaries (PETRARCH/TABARI format) read
 * by {@link org.dyad.engine.events.petrarch.DictionaryReader} and matched over dyad's dependency parse by
 * {@link org.dyad.engine.events.petrarch.PetrarchCoder}.
 *
 * <p>How a sentence is coded, PETRARCH-style:
 *
 * <ol>
 *   <li>Actors: the longest actor phrase at each token, its code chosen by the document date; agents ("police",
 *       "foreign minister") compose with the actor of their noun phrase ("Arnorian police": country code then
 *       agent code; an {@code NGO~} agent goes first). An agent with no actor in its phrase takes the actors
 *       of its "of", "in" and "from" arguments ("the ambassadors of Arnor and Gondor"), else those of the nouns
 *       it is coordinated with ("Danish media and government"), else {@code ---}; a plain noun takes the
 *       actor of its first argument that names one ("a summit in Geneva on Iran" is Geneva's). A token joined
 *       with underscores ("Dol_Amroth") is its words.
 *   <li>Verbs: a verb token whose form or lemma a verb line names, with the words of a multi-word verb
 *       ("cordoned off") around it.
 *   <li>Patterns: the words before the {@code *} are looked for leftwards from the verb over the sentence, the
 *       words after it rightwards over the verb's own clause and its complement clause, unless that clause's
 *       own verb codes an event; blanks allow words between, {@code _} does not. Pattern words match the word
 *       as written (PETRARCH does not stem: "RESOLUTION" is not "resolutions"). {@code $}, {@code +} and
 *       {@code %} take the actor found there, {@code ^} skips a noun phrase. The longest matching pattern gives
 *       the code, else the verb's own code.
 *   <li>Source and target, when the pattern does not name them: the subject (the "by" agent of a passive,
 *       the controller of an infinitive, also a passive one: "was asked to restore") and the object, a passive
 *       subject, else the first actor after the verb in its clause and complement. A {@code %} before the verb
 *       is the source, after it the target; with nothing on the other side its actors act on each other, as
 *       do coordinated subjects with no target. Coordinated actors give one event per pair. A code
 *       {@code 032:033} also codes the target acting back on the source.
 * </ol>
 *
 * <p>Hints, tips and traps: PETRARCH reads a constituency tree; dyad reads dependencies, so "the verb's
 * clause" is its subtree without subordinate and coordinated clauses. Braces and parentheses in patterns
 * (noun and prepositional phrases in PETRARCH 2) are read as their words, in order. PETRARCH 2's internal code
 * arithmetic ("said it would attend" as an intent to meet) is not done.
 */
@NullMarked
package org.dyad.engine.events.petrarch;

import org.jspecify.annotations.NullMarked;
