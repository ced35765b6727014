package org.dyad.engine.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import org.dyad.engine.nlp.Sentence;
import org.dyad.model.Document;
import org.dyad.model.Problem;

/**
 * One document as the stages of a {@link Pipeline} analyse it: the document, the values the stages have put
 * under their {@link Key}s so far, and the problems met. Made by {@link Pipeline#run}, used by one thread, thrown
 * away with the document.
 */
public final class Analysis {
  private final Document document;
  private final Predicate<Sentence> needsParse;
  private final ObjLongConsumer<String> elapsed;
  private final Map<Key<?>, Object> values = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final long deadline;
  private String stage = "";

  /** @param deadline the {@link System#nanoTime()} by which the document is to be done */
  Analysis(Document document, Predicate<Sentence> needsParse, ObjLongConsumer<String> elapsed, long deadline) {
    this.document = document;
    this.needsParse = needsParse;
    this.elapsed = elapsed;
    this.deadline = deadline;
  }

  public Document document() {
    return document;
  }

  /** The document's text, into which every offset points. */
  public String text() {
    return document.text();
  }

  /**
   * The value under {@code key}.
   *
   * @throws IllegalStateException when no stage put it: the stage asking did not declare it in
   *     {@link Stage#requires()}, or the pipeline was not checked
   */
  public <T> T get(Key<T> key) {
    Object v = values.get(key);
    if (v == null) {
      throw new IllegalStateException("stage " + stage + " reads " + key + ", which no stage before it put");
    }
    @SuppressWarnings("unchecked")
    T t = (T) v;
    return t;
  }

  /** The value under {@code key}, or its {@link Key#empty()} value when no stage of the pipeline produces it. */
  public <T> T getOrEmpty(Key<T> key) {
    return has(key) ? get(key) : key.empty();
  }

  /** Whether a stage has put {@code key}. */
  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }

  /** Puts {@code value} under {@code key}, replacing what was there. */
  public <T> void put(Key<T> key, T value) {
    values.put(key, key.check(value));
  }

  /** Whether some stage of the pipeline reads the dependency parse of {@code s}: see {@link Stage#needsParse}. */
  public boolean needsParse(Sentence s) {
    return needsParse.test(s);
  }

  /**
   * Whether the document is over its time budget: a stage that works part by part (the parser, sentence by
   * sentence) asks before each part and leaves the rest undone, with a problem saying so.
   */
  public boolean overBudget() {
    return System.nanoTime() - deadline > 0;
  }

  /**
   * Records {@code nanos} spent on a named step inside the running stage ({@code nlp.pos}, {@code nlp.depparse}),
   * for {@code Timings}.
   */
  public void elapsed(String step, long nanos) {
    elapsed.accept(step, nanos);
  }

  /**
   * A guard for the running stage's parts: a part that throws (an exception, or a stack or heap exhausted by
   * that part) becomes a problem of this stage over the part's span ("events failed: java.lang...."), and the
   * stage goes on with the next part.
   */
  public Guard guard() {
    String name = stage;
    return (start, end, work) -> {
      try {
        work.run();
        return true;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        problems.add(new Problem(name, name + " failed: " + e, start, end));
        return false;
      }
    };
  }

  /** Records a problem of the running stage over {@code [start, end)} of the text, such as a part left undone. */
  public void problem(int start, int end, String message) {
    problems.add(new Problem(stage, message, start, end));
  }

  /** Records the problem of stage {@code budget} over the whole text: the document ran out of time. */
  void overBudget(String message) {
    problems.add(new Problem("budget", message, 0, text().length()));
  }

  /** The problems met so far, in order. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Runs {@code s} on this analysis: see {@link Pipeline#run}. */
  void run(Stage s) {
    stage = s.name();
    Map<Key<?>, Object> before = new HashMap<>();
    for (Key<?> k : s.produces()) {
      before.put(k, values.get(k));
    }
    long t0 = System.nanoTime();
    try {
      s.process(this);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A stack or heap exhausted by this document's text costs this stage of this document, not the batch:
      // what the stage held is garbage once it is unwound.
      problems.add(new Problem(stage, stage + " failed: " + e, 0, text().length()));
      before.forEach((k, v) -> values.put(k, v == null ? k.empty() : v));
      return;
    } finally {
      elapsed.accept(stage, System.nanoTime() - t0);
    }
    for (Key<?> k : s.produces()) {
      if (!values.containsKey(k)) {
        throw new IllegalStateException("stage " + stage + " declares " + k + " but did not put it");
      }
    }
  }
}
