/**
 * JMH micro-benchmarks of the engine's pure-Java stages (time normaliser, actor resolution, quote finding)
 * over sentences parsed once in the set-up, so CoreNLP's cost stays out of the figures. The end-to-end
 * figures (NLP included) are {@code dyad bench}'s. Built only with {@code mvn -Pbench}; see the module's
 * {@code pom.xml} for how to run them.
 */
@NullMarked
package org.dyad.bench;

import org.jspecify.annotations.NullMarked;
