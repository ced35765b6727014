/**
 * The NLP backend and the project's own view of its output.
 *
 * <p>{@link org.dyad.engine.nlp.Sentence} and {@link org.dyad.engine.nlp.Token} are what every other stage
 * reads, and {@link org.dyad.engine.nlp.Tree} ({@code sentence.tree()}) the one view of a sentence's dependency
 * parse they ask their questions of: children, subtrees, depth, passive voice, case markers, a clause reached
 * along the arcs a stage allows. It is built once per sentence, in time linear in its length; write no tree
 * walk of your own in a stage. Only {@link org.dyad.engine.nlp.CoreNlpParser} and {@link org.dyad.engine.nlp.CoreNlpDefault} import
 * Stanford CoreNLP, so the backend can change without touching the stages. The dependency parse comes from
 * CoreNLP's trained UD model run by {@code TransitionParser}, the project's own decoder: the same parses as
 * CoreNLP's {@code depparse} annotator (a test holds it on every golden article), at a seventh of the cost.
 *
 * <p>Hints, tips and traps: token offsets index into the document text, and {@link
 * org.dyad.engine.nlp.Token#text()} is the text at those offsets (CoreNLP's normalised word, such as
 * {@code ``} for a curly quote, is not kept). Dependency heads are token indices within the sentence, {@code
 * -1} for the root.
 */
@NullMarked
package org.dyad.engine.nlp;

import org.jspecify.annotations.NullMarked;
