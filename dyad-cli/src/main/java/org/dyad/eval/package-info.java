/**
 * Evaluation on public gold data: each {@link org.dyad.eval.Benchmark} runs the engine over one data set and
 * returns {@link org.dyad.eval.Score}s, keyed so that floors can be recorded for them.
 */
@NullMarked
package org.dyad.eval;

import org.jspecify.annotations.NullMarked;
