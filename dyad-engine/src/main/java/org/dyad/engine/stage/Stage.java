package org.dyad.engine.stage;

import java.util.Set;
import org.dyad.engine.nlp.Sentence;

/**
 * One step of the engine: it reads the keys it {@link #requires()} from a document's {@link Analysis} and puts
 * the keys it {@link #produces()}. A stage is immutable and thread-safe once built; everything about one
 * document lives in the analysis. The engine's {@link Pipeline} checks, when it is built, that every key a
 * stage requires is produced by a stage before it.
 *
 * <pre>{@code
 * final class ShoutStage implements Stage {
 *   static final Key<List<String>> SHOUTS = Key.list("shouts", String.class);
 *
 *   public String name() { return "shouts"; }
 *   public Set<Key<?>> requires() { return Set.of(Keys.SENTENCES); }
 *   public Set<Key<?>> produces() { return Set.of(SHOUTS); }
 *
 *   public void process(Analysis a) {
 *     List<String> out = new ArrayList<>();
 *     for (Sentence s : a.get(Keys.SENTENCES)) {
 *       a.guard().run(s.start(), s.end(), () -> out.addAll(shoutsOf(s)));   // one bad sentence, one problem
 *     }
 *     a.put(SHOUTS, out);
 *   }
 * }
 * }</pre>
 *
 * <p>A stage may produce a key it requires: it refines the value an earlier stage put there (the places stage
 * geocodes the entities). A stage that fails on a document (throws) leaves a problem naming it, and the keys it
 * produces take their {@link Key#empty()} value unless an earlier stage put them; stages that work sentence by
 * sentence run each through {@link Analysis#guard()}, so that one bad sentence costs that sentence only.
 */
public interface Stage {
  /** The stage's name: in timings, in problems, in switches ({@code "actors"}, {@code "events"}). */
  String name();

  /** The keys this stage reads; each must be produced by a stage before it. */
  Set<Key<?>> requires();

  /** The keys this stage puts, every time it runs without failing. */
  Set<Key<?>> produces();

  /** Reads the required keys of {@code a} and puts the produced ones. */
  void process(Analysis a);

  /**
   * Whether this stage reads the dependency parse of {@code s}. Asked of every stage of the pipeline, before the
   * parse, of each sentence as the tagger left it (words, tags, lemmas, NER; no heads): the parser, whose
   * dependency parse is the dearest step, parses only the sentences some stage asks for, and leaves the others
   * with {@link Sentence#parsed()} false. Answer from words and tags alone; the default asks for none.
   */
  default boolean needsParse(Sentence s) {
    return false;
  }
}
