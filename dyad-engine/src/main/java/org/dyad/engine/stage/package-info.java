/**
 * The stage contract: what every step of the engine declares and how the engine chains them.
 *
 * <p>A {@link org.dyad.engine.stage.Stage} declares the typed {@link org.dyad.engine.stage.Key}s it requires
 * and produces, as CoreNLP's annotators declare their requirements and spaCy's {@code analyze_pipes} checks
 * them. {@link org.dyad.engine.stage.Pipeline#of} checks the chain when it is built, so a pipeline whose
 * requirements break never runs: its message names the stage, the missing key and the known stage that
 * produces it. Per document, the stages share an {@link org.dyad.engine.stage.Analysis}, the working state
 * that holds the document, the values under the keys and the problems; a stage that fails leaves a problem
 * naming it, and one that works sentence by sentence runs each sentence through a
 * {@link org.dyad.engine.stage.Guard}, so that one bad sentence costs that sentence only.
 *
 * <p>dyad's own stages, in order, and the keys they produce ({@link org.dyad.engine.stage.Keys}): {@code nlp}
 * ({@link org.dyad.engine.stage.ParseStage}: sentences), {@code actors} (entities), {@code places} (refines
 * the entities: each place entity geocoded), {@code time} (timexes), {@code quotes} (quotes), {@code events}
 * (events, whose places are their place entities'; dyad's pattern coder or the PETRARCH coder, both an
 * {@code EventCoder}). {@link org.dyad.engine.Engine#builder()} assembles
 * them and switches them off.
 *
 * <p>Hints, tips and traps: keys compare by identity, so declare each once (dyad's are in
 * {@link org.dyad.engine.stage.Keys}). The parse is asked for by the stages
 * ({@link org.dyad.engine.stage.Stage#needsParse}), so switching a stage off may leave sentences unparsed that
 * another stage would have read: a stage's output can depend on which stages run beside it.
 */
@NullMarked
package org.dyad.engine.stage;

import org.jspecify.annotations.NullMarked;
