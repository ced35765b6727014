package org.dyad.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Randomised tests with plain JUnit: a property runs for many tries, each on its own seeded generator; a failing
 * try is reported with its seed, and {@code -Ddyad.seed=SEED} runs that one try again. Without the property the
 * seeds differ from run to run, so every run explores new inputs.
 *
 * <pre>{@code
 * Randomized.tries(300, g -> {
 *   String text = g.string(12);
 *   assertThat(reader.read(text)).isEqualTo(...);
 * });
 * }</pre>
 */
public final class Randomized {
  private Randomized() {}

  /** Runs {@code body} {@code tries} times (once, with the given seed, under {@code -Ddyad.seed}). */
  public static void tries(int tries, Consumer<Gen> body) {
    String fixed = System.getProperty("dyad.seed");
    if (fixed != null && !fixed.isBlank()) {
      run(Long.parseLong(fixed.strip()), body);
      return;
    }
    Random seeds = new Random();
    for (int i = 0; i < tries; i++) {
      run(seeds.nextLong(), body);
    }
  }

  private static void run(long seed, Consumer<Gen> body) {
    try {
      body.accept(new Gen(new Random(seed)));
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("randomised try failed; run it again with -Ddyad.seed=" + seed + ": " + e.getMessage(),
          e);
    }
  }

  /** One try's source of values. */
  public static final class Gen {
    private final Random random;

    Gen(Random random) {
      this.random = random;
    }

    /** An int in {@code [low, high]}, the bounds included; the bounds come up more often than the rest. */
    public int between(int low, int high) {
      int edge = random.nextInt(8);
      if (edge == 0) {
        return low;
      }
      if (edge == 1) {
        return high;
      }
      return low + random.nextInt(high - low + 1);
    }

    public boolean bool() {
      return random.nextBoolean();
    }

    /** One of {@code items}. */
    @SafeVarargs
    public final <T> T of(T... items) {
      return items[random.nextInt(items.length)];
    }

    /** One of {@code items}. */
    public <T> T of(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }

    /** A list of {@code min} to {@code max} values from {@code each}. */
    public <T> List<T> list(int min, int max, Supplier<T> each) {
      int n = between(min, max);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(each.get());
      }
      return out;
    }

    /** Up to {@code max} characters of any kind: any UTF-16 unit, lone surrogates and controls included. */
    public String string(int max) {
      int n = between(0, max);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(switch (random.nextInt(4)) {
          case 0 -> (char) random.nextInt(0x80);
          case 1 -> (char) random.nextInt(0x800);
          default -> (char) random.nextInt(0x10000);
        });
      }
      return b.toString();
    }

    /** {@code min} to {@code max} characters drawn from {@code alphabet}. */
    public String string(int min, int max, String alphabet) {
      int n = between(min, max);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return b.toString();
    }
  }
}
