/**
 * The event coder: who did what to whom, coded in CAMEO (with its PLOVER reading), with modality, date,
 * place and the evidence for each event.
 *
 * <p>{@link org.dyad.engine.events.EventCoder} is the stage, with two coders: dyad's own
 * ({@link org.dyad.engine.events.PatternCoder}, described here) and PETRARCH's
 * ({@link org.dyad.engine.events.PetrarchEventCoder}, over the dictionaries of
 * {@link org.dyad.engine.events.petrarch}). Readable tab-separated data drive dyad's coder: {@code cameo.tsv},
 * the codebook ({@link org.dyad.engine.events.Codebook}: every CAMEO code with its name, Goldstein value,
 * QuadClass, PLOVER type and mode, as the Open Event Data Alliance's CAMEO -> PLOVER table reads it), and the
 * {@link org.dyad.engine.events.Lexicon}, what code a predicate can get: {@code patterns.tsv}, dyad's own verb
 * and event-noun patterns, written by hand; {@code petrarch-patterns.tsv}, some 5,700 more converted from
 * PETRARCH's CAMEO verb dictionary, which dyad's own win over; {@code senses.tsv}, the senses that are no
 * events ("banks fought hard"); {@code announcements.tsv} and {@code intents.tsv}, the code of an act announced
 * for later (CAMEO codes "will give Tanzania a grant" as 0331, an intent, and the event keeps 071, the act,
 * beside it). Users add their own pattern files in the format of {@code patterns.tsv}. The grammar words of the
 * reading (light verbs, modals, the prepositions of a target) are in {@code words.tsv}.
 *
 * <p>How an event is read, one document at a time by a {@link org.dyad.engine.events.Reading} (a part per job:
 * {@code Predicates}, {@code Arguments} ({@code Sources}, {@code Targets}) with the {@code Resolver} of what a
 * token names (an entity, a pronoun's referent, the pair "they" or "both sides" stand for, the noun a relative
 * pronoun stands for; an expletive "it" names nothing), {@code Appeals} (the appeals and demands reported speech
 * carries: "Egypt said Israel should lift", {@code appeals.tsv}), {@code Modalities}, {@code Dating},
 * {@code Clauses}, and the {@code Discourse} its sentences share), over the dependency parse of one sentence:
 *
 * <ol>
 *   <li>A predicate: a verb or event noun whose lemma a pattern names, with the pattern's part of speech,
 *       marker, object and subject conditions met and no sense of {@code senses.tsv} ruling it out
 *       ({@link org.dyad.engine.events.Predicates}). Patterns that reach into a complement ("hoped to
 *       discuss") claim it, so the complement is not coded again.
 *   <li>Its source and target: subject and object, the "by" agent of a passive, possessive and "by"/"to"/
 *       "with" arguments of nouns, the subject of a light verb ("the trip Yoon made"), the controller of an
 *       infinitive ("Kishida hoped to discuss"), each resolved to an entity by position. Coordinated actors
 *       give one event per pair; a reciprocal predicate ("deepen cooperation") with two subjects and no
 *       object gives the two directions. "They", "the leaders", "the two countries" stand for the two actors
 *       of the latest event; "we" in a quote for its speaker; a capital city for its country.
 *   <li>Modality from the clause (negation, modal and future auxiliaries, planning verbs, "if") and from the
 *       quote stage (an event inside a quote whose speaker is not the event's source is reported). An act
 *       planned, or governed by a word of intent ("agreed to lift"), takes the code of its announcement.
 *   <li>Date from a time expression of the predicate's own clause, else the document date; place from a
 *       location argument ("in Seoul", "to Tokyo").
 *   <li>Merging: mentions of the same event (same code, same actors, compatible dates) become one event;
 *       a host event implies the guest's visit.
 * </ol>
 *
 * <p>Hints, tips and traps: CoreNLP attaches prepositional phrases loosely ("discuss ties ... with Yoon"
 * hangs "with Yoon" on the last noun), so the partner of a consult is looked for anywhere in the predicate's
 * clause, not only among its direct dependents. Nouns that only modify ("North Korean threats") are not
 * events: an event noun needs an actor argument of its own.
 */
@NullMarked
package org.dyad.engine.events;

import org.jspecify.annotations.NullMarked;
