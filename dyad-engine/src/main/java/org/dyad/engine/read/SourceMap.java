package org.dyad.engine.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps offsets in a text extracted from a page back to offsets in the page's source (the HTML as a Java
 * string, after decoding its bytes with its charset).
 *
 * <p>The map is a list of runs {@code [textStart, textLength, sourceStart, sourceLength]}, in text order. A run
 * with equal lengths copies the source character for character, so any offset inside it maps linearly. A run
 * with different lengths is a replacement: an entity such as {@code &amp;} (five source characters) became
 * {@code &} (one text character); an offset inside it maps to the start of the entity when it starts a span and
 * to its end when it ends one. Characters the extraction added (the space joining two source lines, the blank
 * line between paragraphs) belong to no run: a span starting there starts at the next run's source, a span
 * ending there ends where the previous run's source ends.
 *
 * <p>So for any word of the text, {@code source.substring(sourceStart(s), sourceEnd(e))} is the word as written
 * in the page: the same characters, or the same with entities not yet decoded ({@code AT&amp;T} for
 * {@code AT&T}).
 */
public final class SourceMap {
  private final int[] runs;

  private SourceMap(int[] runs) {
    this.runs = runs;
  }

  /** Builds the map; runs are appended in text order, and contiguous copying runs merge. */
  static final class Builder {
    private int[] runs = new int[64];
    private int size;

    /** Maps {@code textLength} text characters at {@code textStart} onto {@code sourceLength} at {@code sourceStart}. */
    void add(int textStart, int textLength, int sourceStart, int sourceLength) {
      if (size > 0 && textLength == sourceLength) {
        int p = size - 4;
        if (runs[p + 1] == runs[p + 3] && runs[p] + runs[p + 1] == textStart
            && runs[p + 2] + runs[p + 3] == sourceStart) {
          runs[p + 1] += textLength;
          runs[p + 3] += sourceLength;
          return;
        }
      }
      if (size + 4 > runs.length) {
        runs = Arrays.copyOf(runs, runs.length * 2);
      }
      runs[size++] = textStart;
      runs[size++] = textLength;
      runs[size++] = sourceStart;
      runs[size++] = sourceLength;
    }

    /** Appends every run of {@code other}, its text offsets shifted by {@code shift}. */
    void addAll(Builder other, int shift) {
      for (int i = 0; i < other.size; i += 4) {
        add(other.runs[i] + shift, other.runs[i + 1], other.runs[i + 2], other.runs[i + 3]);
      }
    }

    SourceMap build() {
      return new SourceMap(Arrays.copyOf(runs, size));
    }
  }

  /** The number of runs. */
  public int size() {
    return runs.length / 4;
  }

  /** The source offset where a span starting at {@code textOffset} starts. */
  public int sourceStart(int textOffset) {
    int i = runAtOrAfter(textOffset);
    if (i < 0) {
      return runs.length == 0 ? 0 : runs[runs.length - 2] + runs[runs.length - 1];
    }
    int ts = runs[i];
    int tl = runs[i + 1];
    int ss = runs[i + 2];
    if (textOffset <= ts) {
      return ss;
    }
    return tl == runs[i + 3] ? ss + (textOffset - ts) : ss;
  }

  /** The source offset where a span ending at {@code textOffset} (exclusive) ends. */
  public int sourceEnd(int textOffset) {
    int i = runBefore(textOffset);
    if (i < 0) {
      return runs.length == 0 ? 0 : runs[2];
    }
    int ts = runs[i];
    int tl = runs[i + 1];
    int ss = runs[i + 2];
    int sl = runs[i + 3];
    if (textOffset >= ts + tl) {
      return ss + sl;
    }
    return tl == sl ? ss + (textOffset - ts) : ss + sl;
  }

  /** The first run that contains {@code t} or starts after it, as an index into {@code runs}; -1 if none. */
  private int runAtOrAfter(int t) {
    int lo = 0;
    int hi = size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int p = mid * 4;
      if (runs[p] + runs[p + 1] > t) {
        found = p;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /** The last run that starts before {@code t}, as an index into {@code runs}; -1 if none. */
  private int runBefore(int t) {
    int lo = 0;
    int hi = size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int p = mid * 4;
      if (runs[p] < t) {
        found = p;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The runs as lists of four integers, for a document's metadata (JSON-friendly). */
  public List<List<Integer>> toMetadata() {
    List<List<Integer>> out = new ArrayList<>(size());
    for (int i = 0; i < runs.length; i += 4) {
      out.add(List.of(runs[i], runs[i + 1], runs[i + 2], runs[i + 3]));
    }
    return List.copyOf(out);
  }

  /** Reads a map back from {@link #toMetadata()}'s form (as stored, numbers of any kind). */
  public static SourceMap fromMetadata(List<?> runs) {
    int[] flat = new int[runs.size() * 4];
    for (int i = 0; i < runs.size(); i++) {
      List<?> run = (List<?>) runs.get(i);
      for (int k = 0; k < 4; k++) {
        flat[i * 4 + k] = ((Number) run.get(k)).intValue();
      }
    }
    return new SourceMap(flat);
  }
}
