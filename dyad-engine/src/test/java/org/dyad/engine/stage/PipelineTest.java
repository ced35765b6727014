package org.dyad.engine.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

/** The stage contract on stages written for the test: what the pipeline checks when built and does per document. */
class PipelineTest {
  static final Key<List<String>> WORDS = Key.list("words", String.class);
  static final Key<List<String>> SHOUTS = Key.list("shouts", String.class);
  static final Document DOC = new Document("d", null, "one two. three four.", LocalDate.of(2023, 12, 11),
      DateSource.METADATA, null, "test", Map.of());

  /** A stage of the test: name, keys, and what it does. */
  record Fake(String name, Set<Key<?>> requires, Set<Key<?>> produces, Consumer<Analysis> work) implements Stage {
    @Override
    public void process(Analysis a) {
      work.accept(a);
    }
  }

  static final Fake SPLIT = new Fake("split", Set.of(), Set.of(WORDS),
      a -> a.put(WORDS, List.of(a.text().split("[ .]+"))));
  static final Fake SHOUT = new Fake("shout", Set.of(WORDS), Set.of(SHOUTS),
      a -> a.put(SHOUTS, a.get(WORDS).stream().map(String::toUpperCase).toList()));

  @Test
  void aStageWhoseKeyNoStageBeforeItProducesIsRejectedNamingTheStageThatWould() {
    assertThatThrownBy(() -> Pipeline.of(List.of(SHOUT), List.of(SPLIT, SHOUT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage shout requires words (List<String>), which no stage before it produces: stage split "
            + "produces it, switch it on");
    assertThatThrownBy(() -> Pipeline.of(List.of(SHOUT, SPLIT), List.of(SPLIT, SHOUT)))
        .hasMessageEndingWith("stage split produces it, but runs after");
    assertThatThrownBy(() -> Pipeline.of(List.of(SHOUT), List.of(SHOUT)))
        .hasMessageEndingWith("no known stage produces it");
  }

  @Test
  void aKeyIsProducedOnceUnlessALaterStageRefinesIt() {
    Fake again = new Fake("again", Set.of(), Set.of(WORDS), a -> a.put(WORDS, List.of()));
    assertThatThrownBy(() -> Pipeline.of(List.of(SPLIT, again), List.of(SPLIT, again)))
        .hasMessageContaining("stage again produces words (List<String>), which stage split already produces");
    Fake sort = new Fake("sort", Set.of(WORDS), Set.of(WORDS),
        a -> a.put(WORDS, a.get(WORDS).stream().sorted().toList()));
    Analysis a = Pipeline.of(List.of(SPLIT, sort), List.of()).run(DOC, (step, nanos) -> {});
    assertThat(a.get(WORDS)).containsExactly("four", "one", "three", "two");
    assertThatThrownBy(() -> Pipeline.of(List.of(SPLIT, SPLIT), List.of())).hasMessageContaining("two stages");
  }

  @Test
  void aStageThatFailsLeavesAProblemNamingItAndItsKeysEmpty() {
    Fake broken = new Fake("split", Set.of(), Set.of(WORDS), a -> {
      throw new IllegalStateException("boom");
    });
    Analysis a = Pipeline.of(List.of(broken, SHOUT), List.of()).run(DOC, (step, nanos) -> {});
    assertThat(a.problems()).containsExactly(
        new Problem("split", "split failed: java.lang.IllegalStateException: boom", 0, 20));
    assertThat(a.get(WORDS)).isEmpty();
    assertThat(a.get(SHOUTS)).isEmpty();
  }

  @Test
  void aRefiningStageThatFailsLeavesTheValueItWasGiven() {
    Fake broken = new Fake("sort", Set.of(WORDS), Set.of(WORDS), a -> {
      a.put(WORDS, List.of("half", "done"));
      throw new IllegalStateException("boom");
    });
    Analysis a = Pipeline.of(List.of(SPLIT, broken), List.of()).run(DOC, (step, nanos) -> {});
    assertThat(a.get(WORDS)).containsExactly("one", "two", "three", "four");
    assertThat(a.problems()).extracting(Problem::stage).containsExactly("sort");
  }

  @Test
  void aSentenceThatFailsUnderTheGuardCostsThatSentenceOnly() {
    Fake perSentence = new Fake("shout", Set.of(), Set.of(SHOUTS), a -> {
      List<String> out = new ArrayList<>();
      int start = 0;
      for (String sentence : a.text().split("(?<=\\.) ")) {
        int end = start + sentence.length();
        a.guard().run(start, end, () -> {
          if (sentence.startsWith("one")) {
            throw new IllegalArgumentException("bad sentence");
          }
          out.add(sentence.toUpperCase());
        });
        start = end + 1;
      }
      a.put(SHOUTS, out);
    });
    Analysis a = Pipeline.of(List.of(perSentence), List.of()).run(DOC, (step, nanos) -> {});
    assertThat(a.get(SHOUTS)).containsExactly("THREE FOUR.");
    assertThat(a.problems()).containsExactly(
        new Problem("shout", "shout failed: java.lang.IllegalArgumentException: bad sentence", 0, 8));
  }

  @Test
  void aStackOrHeapExhaustedByOneDocumentIsAProblemOfThatDocumentAndTheNextOneRuns() {
    Fake deep = new Fake("split", Set.of(), Set.of(WORDS), a -> {
      if (a.text().startsWith("(")) {
        a.put(WORDS, List.of(String.valueOf(nesting(a.text(), 0))));
      } else {
        a.put(WORDS, List.of(a.text().split("[ .]+")));
      }
    });
    Fake greedy = new Fake("shout", Set.of(WORDS), Set.of(SHOUTS), a -> {
      List<String> out = new ArrayList<>();
      a.guard().run(0, a.text().length(), () -> {
        if (a.text().startsWith("(")) {
          long[][] blocks = new long[64][]; // blocks of 16 GB kept until the heap is full
          for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new long[Integer.MAX_VALUE - 8];
          }
        }
        out.add(String.join(" ", a.get(WORDS)).toUpperCase());
      });
      a.put(SHOUTS, out);
    });
    Pipeline p = Pipeline.of(List.of(deep, greedy), List.of());
    Document hostile = new Document("h", null, "(".repeat(20), DOC.date(), DateSource.METADATA, null, "test", Map.of());
    Analysis bad = p.run(hostile, (step, nanos) -> {});
    assertThat(bad.problems()).extracting(pr -> pr.stage() + " " + pr.start() + "-" + pr.end() + " " + pr.message())
        .containsExactly("split 0-20 split failed: java.lang.StackOverflowError",
            "shout 0-20 shout failed: java.lang.OutOfMemoryError: Java heap space");
    Analysis next = p.run(DOC, (step, nanos) -> {});
    assertThat(next.get(SHOUTS)).containsExactly("ONE TWO THREE FOUR");
    assertThat(next.problems()).isEmpty();
  }

  /** A recursion as deep as a parser's on nested text, without end: what a stack overflow looks like. */
  private static int nesting(String text, int depth) {
    return text.charAt(depth % text.length()) == '(' ? nesting(text, depth + 1) + 1 : depth;
  }

  @Test
  void aStageThatDoesNotPutWhatItDeclaresIsAProgrammingError() {
    Fake lazy = new Fake("lazy", Set.of(), Set.of(WORDS), a -> {});
    assertThatThrownBy(() -> Pipeline.of(List.of(lazy), List.of()).run(DOC, (step, nanos) -> {}))
        .isInstanceOf(IllegalStateException.class).hasMessage("stage lazy declares words (List<String>) but did not put it");
  }

  @Test
  void aValueOfTheWrongTypeIsRejectedWhenPut() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Key<List<Object>> loose = (Key) WORDS;
    Fake wrong = new Fake("wrong", Set.of(), Set.of(WORDS), a -> a.put(loose, List.of(1, 2)));
    Analysis a = Pipeline.of(List.of(wrong), List.of()).run(DOC, (step, nanos) -> {});
    assertThat(a.problems()).singleElement().extracting(Problem::message).asString()
        .contains("key words (List<String>) cannot hold [1, 2]");
  }

  @Test
  void aKeyOfOneValueTakesItsEmptyValueWhenItsStageFails() {
    Key<Integer> count = Key.of("count", Integer.class, 0);
    Fake counting = new Fake("count", Set.of(WORDS), Set.of(count), a -> a.put(count, a.get(WORDS).size() / 0));
    Analysis a = Pipeline.of(List.of(SPLIT, counting), List.of()).run(DOC, (step, nanos) -> {});
    assertThat(a.get(count)).isZero();
    assertThat(count).hasToString("count (Integer)");
    assertThat(a.problems()).extracting(Problem::message)
        .containsExactly("count failed: java.lang.ArithmeticException: / by zero");
  }

  @Test
  void everyStageIsTimedUnderItsName() {
    List<String> timed = new ArrayList<>();
    Pipeline.of(List.of(SPLIT, SHOUT), List.of()).run(DOC, (step, nanos) -> timed.add(step));
    assertThat(timed).containsExactly("split", "shout");
  }
}
