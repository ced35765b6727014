/**
 * PETRARCH compatibility: the field's verb, actor, agent and discard dictionaries (PETRARCH/TABARI format) read
 * by {@link org.dyad.engine.events.petrarch.DictionaryReader} and matched over dyad's dependency parse by
 * {@link org.dyad.engine.events.petrarch.PetrarchCoder}.
 *
 * <p>How a sentence is coded, PETRARCH-style:
 *
 * <ol>
 *   <li>Actors: the longest actor phrase at each token, its code chosen by the document date; agents ("police",
 *       "foreign minister") compose with the actor of their noun phrase ("Arnorian police": country code then agent
 *       code; an {@code NGO~} agent goes first). An agent with no actor in its phrase takes the actors of its "of",
 *       "in" and "from" arguments ("the ambassadors of Arnor and Gondor"), else those of the nouns it is
 *       coordinated with ("Danish media and government"), else {@code ---}; a plain noun takes the actor of its
 *       first argument that names one ("a summit in Geneva on Iran" is Geneva's), a participle's arguments counting
 *       in their place ("the roads leading into Mordor"). Coordinated modifiers share their noun ("Eriadori and
 *       Calenardhon leaders"); a last conjunct without an actor shares the arguments that follow it ("Ithilen's
 *       sheep and goats of Gondor"). A personal pronoun stands for the nearest noun phrase of the clause its own is
 *       embedded in ("Arnor indicated it deplored Gondor"), unless that clause's verb has a code of its own
 *       (PETRARCH 2 would fold the two codes into one). A token joined with underscores ("Dol_Amroth") is its
 *       words; a hyphenated word the tokenizer split ("Barad - dur") is one word again.
 *   <li>Verbs: a verb token whose form or lemma a verb line names, with the words of a multi-word verb
 *       ("cordoned off") around it, also when the tagger took the verb word for a noun ("wire tap"). A verb
 *       listed in several blocks has the patterns of all of them.
 *   <li>Patterns: the words before the {@code *} are looked for leftwards from the verb over the sentence, the
 *       words after it rightwards over the verb's own clause, its complement clause and adverbial infinitive
 *       ("signed an accord to supply Gondor"), unless that clause's own verb codes an event with its patterns
 *       ("drawn" [---] does not); blanks allow words between, {@code _} does not. Pattern words match the word
 *       as written (PETRARCH does not stem: "RESOLUTION" is not "resolutions"). {@code $}, {@code +} and
 *       {@code %} take the actor found there, {@code ^} skips a noun phrase. The longest matching pattern gives
 *       the code, else the verb's own code; a pattern with a TABARI placeholder code ({@code +++},
 *       {@code ###}) is passed over.
 *   <li>Source and target, when the pattern does not name them: the subject (the agent of a passive: its "by"
 *       argument, else a "from" argument naming an actor; the controller of an infinitive, also a passive
 *       one: "was asked to restore") and the object, a passive subject, else the first actor after the verb in
 *       its clause and complement. A passive without an agent reads as TABARI reads it: its subject acts on the
 *       first actor after the verb, outside its "in" arguments ("was criticized over its dispute with Gondor").
 *       A {@code %} before the verb is the source, after it the target; with nothing on the other side its
 *       actors act on each other, as do coordinated subjects with no target in cooperation (CAMEO 03 to 06:
 *       "Arnor and Gondor met"). Coordinated actors give one event per pair. A code {@code 032:033} also codes
 *       the target acting back on the source.
 *   <li>As PETRARCH codes the highest verb phrase, the events of an adverbial clause give way to those of the
 *       verb it depends on ("restored ties with Gondor after crowds burned its embassy" is the restoring only).
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
