/**
 * The engine: {@link org.dyad.engine.Engine#extract} turns a {@link org.dyad.model.Document} into an
 * {@link org.dyad.model.Extraction}. One package per stage: {@code read} (documents from files), {@code nlp}
 * (the CoreNLP backend behind the project's own token view), {@code actors}, {@code time}, {@code quotes}.
 */
@NullMarked
package org.dyad.engine;

import org.jspecify.annotations.NullMarked;
