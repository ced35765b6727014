package org.dyad.engine.stage;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import org.dyad.engine.nlp.Sentence;
import org.dyad.model.Document;

/**
 * Stages in order, checked once when built: every key a stage requires is produced by a stage before it, no
 * two stages have one name, and a key is produced once unless a later stage refines it (requires and
 * produces it). Immutable and thread-safe: {@link #run} makes a new {@link Analysis} per document.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(List.of(parse, actors, events), List.of(parse, actors, time, quotes, events));
 * Analysis a = p.run(document, timings::add);
 * List<Event> events = a.get(Keys.EVENTS);
 * }</pre>
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * The pipeline of {@code stages}, in order.
   *
   * @param known every stage the caller could have run, switched on or off: a missing key's message names the
   *     one that produces it
   * @throws IllegalArgumentException when the chain breaks, naming the stage, the key it misses and the known
   *     stage that would produce it ("stage events requires entities (Entities), which no stage before it
   *     produces: stage actors produces it, switch it on")
   */
  public static Pipeline of(List<Stage> stages, List<Stage> known) {
    Map<Key<?>, Stage> producedBy = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (Stage s : stages) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("two stages are named " + s.name());
      }
      for (Key<?> k : s.requires()) {
        if (!producedBy.containsKey(k)) {
          throw new IllegalArgumentException("stage " + s.name() + " requires " + k
              + ", which no stage before it produces: " + producer(k, stages, known));
        }
      }
      for (Key<?> k : s.produces()) {
        Stage earlier = producedBy.put(k, s);
        if (earlier != null && !s.requires().contains(k)) {
          throw new IllegalArgumentException("stage " + s.name() + " produces " + k + ", which stage "
              + earlier.name() + " already produces; a later stage may only refine a key it requires");
        }
      }
    }
    return new Pipeline(stages);
  }

  private static String producer(Key<?> k, List<Stage> stages, List<Stage> known) {
    for (Stage s : known) {
      if (s.produces().contains(k) && !s.requires().contains(k)) {
        return "stage " + s.name() + " produces it, "
            + (stages.contains(s) ? "but runs after" : "switch it on");
      }
    }
    return "no known stage produces it";
  }

  /** The stages, in the order they run. */
  public List<Stage> stages() {
    return stages;
  }

  /** Whether some stage reads the dependency parse of {@code s} ({@link Stage#needsParse}). */
  public boolean needsParse(Sentence s) {
    for (Stage st : stages) {
      if (st.needsParse(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs every stage on {@code document}, in order, adding the nanoseconds each takes to {@code elapsed} under
   * its name (and those of the steps a stage reports, such as {@code nlp.pos}). Never throws on bad text: a
   * stage's failure is a problem in the analysis.
   */
  public Analysis run(Document document, ObjLongConsumer<String> elapsed) {
    return run(document, elapsed, Long.MAX_VALUE / 4);
  }

  /**
   * {@link #run(Document, ObjLongConsumer)} within a time budget: once the document has taken {@code budgetNanos},
   * the stages not yet run are left undone, with a problem of stage {@code budget} over the whole text naming
   * them, and the analysis keeps what was done so far (the parser itself parses no more sentences).
   */
  public Analysis run(Document document, ObjLongConsumer<String> elapsed, long budgetNanos) {
    long start = System.nanoTime();
    Analysis a = new Analysis(document, this::needsParse, elapsed, start + budgetNanos);
    for (int i = 0; i < stages.size(); i++) {
      if (a.overBudget()) {
        List<String> undone = stages.subList(i, stages.size()).stream().map(Stage::name).toList();
        a.overBudget(String.format(Locale.ROOT, "document %s (%s) took over its time budget of %,d ms; stages %s"
            + " were not run", document.id(), document.origin(), budgetNanos / 1_000_000,
            String.join(", ", undone)));
        break;
      }
      a.run(stages.get(i));
    }
    return a;
  }
}
