/**
 * dyad on Apache Spark: the same {@link org.dyad.engine.Engine} over a corpus that outgrows one machine.
 *
 * <p>{@link org.dyad.spark.Job} reads the input with dyad's own readers on the executors, extracts each
 * article with the executor JVM's one engine ({@link org.dyad.spark.Engines}), and writes the store's tables as
 * Parquet ({@link org.dyad.store.Rows} gives the rows, as it does to the store), split by document date, with
 * the cross-document stories ({@link org.dyad.spark.StoryStage}, the store's rules) and the GDELT 2.0 event file
 * ({@link org.dyad.spark.GdeltStage}, the store's columns). The output folder is a store that {@code dyad query}
 * and {@code dyad serve} open read-only. {@link org.dyad.spark.SparkMain} is the main class for
 * {@code spark-submit}; {@code dyad spark} runs the same job on a local master.
 *
 * <p>Hints, tips and traps: a bad record never fails a task; it becomes a row of {@code problems} with its file
 * and offset. Spark itself is {@code provided}: the module compiles against it, and the cluster (or the
 * {@code dyad} launcher, for {@code dyad spark}) puts it on the class path. Spark 4 needs Jackson 2.21, newer
 * than the rest of dyad's, so this module pins it. On Java 17 Spark wants its {@code --add-opens} flags
 * (spark-submit adds them; the launcher and the tests give them).
 */
@NullMarked
package org.dyad.spark;

import org.jspecify.annotations.NullMarked;
