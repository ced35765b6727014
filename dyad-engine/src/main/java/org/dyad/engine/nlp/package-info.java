/**
 * The NLP backend and the project's own view of its output.
 *
 * <p>{@link org.dyad.engine.nlp.Sentence} and {@link org.dyad.engine.nlp.Token} are what every other stage
 * reads. Only {@link org.dyad.engine.nlp.CoreNlpParser} imports Stanford CoreNLP, so the backend can change
 * without touching the stages.
 *
 * <p>Hints, tips and traps: token offsets index into the document text, and {@link
 * org.dyad.engine.nlp.Token#text()} is the text at those offsets (CoreNLP's normalised word, such as
 * {@code ``} for a curly quote, is not kept). Dependency heads are token indices within the sentence, {@code
 * -1} for the root.
 */
@NullMarked
package org.dyad.engine.nlp;

import org.jspecify.annotations.NullMarked;
