package org.dyad.engine.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Chen and Manning's (2014) transition-based dependency parser, running the trained English Universal
 * Dependencies model of CoreNLP's models jar ({@code english_UD.gz}): arc-standard transitions, each chosen
 * by a network with one cube-activated hidden layer over 48 word, tag and label features of the stack and
 * the buffer. It reads the model file itself and reproduces CoreNLP's {@code nndep} decoding (features,
 * transitions, tie-breaking), so its parses are CoreNLP's up to float rounding.
 *
 * <p>Why not CoreNLP's own parser: measured on Reuters, three quarters of its time went outside the network's
 * arithmetic: a boxed {@code HashMap} lookup per feature, a least-recently-used cache of hidden-layer
 * products behind one lock that every thread takes 48 times per transition, double arithmetic over float
 * weights, and five dependency graphs (enhanced++ included) built per sentence, of which dyad reads the
 * basic one. Here the model sits in flat float arrays, the products of every feature the model lists as
 * frequent are computed once at load time and found by array index, the rest are computed on the fly, and
 * nothing mutable is shared: any number of threads may call {@link #parse} at once.
 */
final class TransitionParser {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private static final String UNKNOWN = "-UNKNOWN-";
  private static final String NULL = "-NULL-";
  private static final String ROOT = "-ROOT-";
  private static final int NONE = -1;
  // Feature layout of CoreNLP's DependencyParser.getFeatureArray: 18 words, then 18 tags, then 12 labels.
  private static final int TAG_OFFSET = 18;
  private static final int LABEL_OFFSET = 36;
  private static final int CHILD_OFFSET = 6;
  private static final int PER_STACK_WORD = 6;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  private final String[] labels; // label of transition t: labels[t % arcLabels + 1]
  private final int arcLabels; // labels without -NULL-; the first is "root"
  private final int labelBase; // row of E holding label 0 (-NULL-)
  private final int embedding; // E's width
  private final int hidden; // hidden layer size
  private final int features; // 48
  private final int transitions; // 2 * arcLabels + 1: left arcs, right arcs, shift
  private final int stride; // transitions rounded up to a multiple of 16, so the score loop has no scalar tail
  // Row arrays rather than one flat array with offsets: HotSpot's C2 (JDK 17) vectorizes y[i] += a * x[i]
  // over whole arrays, not over offset slices of a shared one (measured: 5x on an axpy of 1,000 floats).
  private final float[][] e; // [row][embedding]
  private final float[][] w1t; // [feature * embedding + i][hidden], W1 transposed
  private final float[] b1;
  private final float[][] w2t; // [hidden][stride], W2 transposed and padded with zeros
  private final int[] precomputedAt; // [row * features + position] -> slot in precomputed, or -1
  private final float[][] precomputed; // [slot][hidden]
  private final int unknownWord;
  private final int nullWord;
  private final int rootWord;
  private final int unknownTag;
  private final int nullTag;
  private final int rootTag;
  private final int nullLabel;

  private TransitionParser(BufferedReader in) throws IOException {
    int words = header(in.readLine());
    int tags = header(in.readLine());
    int labelCount = header(in.readLine());
    embedding = header(in.readLine());
    hidden = header(in.readLine());
    features = header(in.readLine());
    int frequent = header(in.readLine());
    int rows = words + tags + labelCount;
    e = new float[rows][embedding];
    wordIds = new HashMap<>(words * 2);
    tagIds = new HashMap<>(tags * 2);
    labels = new String[labelCount];
    for (int row = 0; row < rows; row++) {
      String line = in.readLine();
      int space = line.indexOf(' ');
      String name = line.substring(0, space);
      floats(line, space + 1, e[row], embedding);
      if (row < words) {
        wordIds.put(name, row);
      } else if (row < words + tags) {
        tagIds.put(name, row);
      } else {
        labels[row - words - tags] = name;
      }
    }
    labelBase = words + tags;
    arcLabels = labelCount - 1;
    transitions = 2 * arcLabels + 1;
    w1t = new float[features * embedding][hidden];
    for (float[] column : w1t) {
      floats(in.readLine(), 0, column, hidden);
    }
    b1 = new float[hidden];
    floats(in.readLine(), 0, b1, hidden);
    stride = (transitions + 15) / 16 * 16;
    w2t = new float[hidden][stride];
    for (float[] row : w2t) {
      floats(in.readLine(), 0, row, transitions);
    }
    precomputedAt = new int[rows * features];
    Arrays.fill(precomputedAt, NONE);
    int[] frequentIds = new int[frequent];
    int read = 0;
    while (read < frequent) {
      for (String id : in.readLine().trim().split(" ")) {
        frequentIds[read++] = Integer.parseInt(id);
      }
    }
    // Every feature the model lists as frequent (400 MB for english_UD): fewer cost more in speed than they
    // save in memory (measured on Reuters: 20,000 of them parse 18% slower than all 99,990).
    precomputed = new float[frequent][hidden];
    for (int slot = 0; slot < frequent; slot++) {
      precomputedAt[frequentIds[slot]] = slot;
    }
    IntStream.range(0, frequent).parallel().forEach(slot -> slice(frequentIds[slot], precomputed[slot]));
    unknownWord = wordIds.get(UNKNOWN);
    nullWord = wordIds.get(NULL);
    rootWord = wordIds.get(ROOT);
    unknownTag = tagIds.get(UNKNOWN);
    nullTag = tagIds.get(NULL);
    rootTag = tagIds.get(ROOT);
    nullLabel = labelBase; // labels[0] is -NULL-
    if (!labels[0].equals(NULL) || !labels[1].equals("root")) {
      throw new IllegalStateException("unexpected label list in the parser model: " + Arrays.toString(labels));
    }
  }

  private static @Nullable TransitionParser shared;

  /** The model, loaded once per process (the first call takes a few seconds) and shared by every parser. */
  static synchronized TransitionParser shared() {
    if (shared == null) {
      shared = load();
    }
    return shared;
  }

  /** Loads the model from the class path (CoreNLP's models jar). */
  private static TransitionParser load() {
    InputStream raw = TransitionParser.class.getClassLoader().getResourceAsStream(MODEL);
    if (raw == null) {
      throw new IllegalStateException("the dependency parser model " + MODEL + " is not on the class path");
    }
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      return new TransitionParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dependency parser model " + MODEL, e);
    }
  }

  /** A parse: for token {@code i}, its head (from 0, {@code -1} for the root) and relation. */
  record Parse(int[] heads, String[] relations) {}

  /** Parses one sentence given its words and Penn Treebank tags (as CoreNLP's tokenizer and tagger give them). */
  Parse parse(String[] words, String[] tags) {
    int n = words.length;
    State s = new State(n);
    // Row of E for the word and tag of each token, indexed as the parser indexes tokens: 0 is the root.
    int[] word = new int[n + 1];
    int[] tag = new int[n + 1];
    word[0] = rootWord;
    tag[0] = rootTag;
    for (int i = 1; i <= n; i++) {
      word[i] = wordIds.getOrDefault(words[i - 1], unknownWord);
      tag[i] = tagIds.getOrDefault(tags[i - 1], unknownTag);
    }
    int[] feature = new int[features];
    float[] layer = new float[hidden];
    float[] scores = new float[stride];
    Slices slices = SLICES.get();
    while (!(s.stackSize == 1 && s.next > n)) {
      if (s.stackSize <= 2) {
        // Only one move is legal: shift while the buffer lasts, then attach the last word to the root.
        apply(s, s.next <= n ? transitions - 1 : arcLabels);
        continue;
      }
      features(s, word, tag, feature);
      score(feature, layer, scores, slices);
      int best = NONE;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < transitions; t++) {
        if (scores[t] > bestScore && canApply(s, t)) {
          bestScore = scores[t];
          best = t;
        }
      }
      apply(s, best);
    }
    int[] heads = new int[n];
    String[] relations = new String[n];
    for (int i = 1; i <= n; i++) {
      heads[i - 1] = s.head[i] - 1;
      relations[i - 1] = s.head[i] == 0 ? "root" : labels[s.label[i]];
    }
    markPassiveSubjects(heads, relations);
    return new Parse(heads, relations);
  }

  /**
   * CoreNLP's one correction of a basic UD parse ({@code UniversalEnglishGrammaticalStructure.correctSubjPass}):
   * the subject of a word that has a passive auxiliary is a passive subject, {@code nsubj:pass} or
   * {@code csubj:pass}.
   */
  private static void markPassiveSubjects(int[] heads, String[] relations) {
    boolean[] passive = new boolean[heads.length];
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] >= 0 && relations[i].equals("aux:pass")) {
        passive[heads[i]] = true;
      }
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] >= 0 && passive[heads[i]] && (relations[i].equals("nsubj") || relations[i].equals("csubj"))) {
        relations[i] = relations[i] + ":pass";
      }
    }
  }

  /** The parser's configuration: a stack, the buffer (tokens {@code next..n}) and the arcs so far. */
  private static final class State {
    final int n;
    final int[] stack;
    int stackSize = 1; // the root, 0, at the bottom
    int next = 1;
    final int[] head;
    final int[] label; // index into labels

    State(int n) {
      this.n = n;
      stack = new int[n + 1];
      head = new int[n + 1];
      label = new int[n + 1];
      Arrays.fill(head, NONE);
    }

    int stack(int k) {
      return k < stackSize ? stack[stackSize - 1 - k] : NONE;
    }

    int buffer(int k) {
      return next + k <= n ? next + k : NONE;
    }

    int leftChild(int k, int count) {
      if (k < 0 || k > n) {
        return NONE;
      }
      int c = 0;
      for (int i = 1; i < k; i++) {
        if (head[i] == k && ++c == count) {
          return i;
        }
      }
      return NONE;
    }

    int rightChild(int k, int count) {
      if (k < 0 || k > n) {
        return NONE;
      }
      int c = 0;
      for (int i = n; i > k; i--) {
        if (head[i] == k && ++c == count) {
          return i;
        }
      }
      return NONE;
    }
  }

  private void features(State s, int[] word, int[] tag, int[] f) {
    for (int j = 2; j >= 0; j--) {
      put(f, 2 - j, s.stack(j), word, tag, -1, s);
    }
    for (int j = 0; j <= 2; j++) {
      put(f, 3 + j, s.buffer(j), word, tag, -1, s);
    }
    for (int j = 0; j <= 1; j++) {
      int k = s.stack(j);
      int at = CHILD_OFFSET + j * PER_STACK_WORD;
      int labelAt = LABEL_OFFSET + j * PER_STACK_WORD;
      put(f, at, s.leftChild(k, 1), word, tag, labelAt, s);
      put(f, at + 1, s.rightChild(k, 1), word, tag, labelAt + 1, s);
      put(f, at + 2, s.leftChild(k, 2), word, tag, labelAt + 2, s);
      put(f, at + 3, s.rightChild(k, 2), word, tag, labelAt + 3, s);
      put(f, at + 4, s.leftChild(s.leftChild(k, 1), 1), word, tag, labelAt + 4, s);
      put(f, at + 5, s.rightChild(s.rightChild(k, 1), 1), word, tag, labelAt + 5, s);
    }
  }

  /** The word and tag features of token {@code k} at {@code at}, and its arc label's at {@code labelAt}. */
  private void put(int[] f, int at, int k, int[] word, int[] tag, int labelAt, State s) {
    boolean none = k < 0 || k > s.n;
    f[at] = none ? nullWord : word[k];
    f[TAG_OFFSET + at] = none ? nullTag : tag[k];
    if (labelAt >= 0) {
      f[labelAt] = none || k == 0 ? nullLabel : labelBase + s.label[k];
    }
  }

  /** The network: hidden = (sum of the features' W1 slices times their embeddings + b1)^3; scores = W2 hidden. */
  private void score(int[] feature, float[] layer, float[] scores, Slices slices) {
    Arrays.fill(layer, 0f);
    for (int j = 0; j < features; j++) {
      int id = feature[j] * features + j;
      int slot = precomputedAt[id];
      add(slot >= 0 ? precomputed[slot] : slices.slice(this, id), layer);
    }
    for (int h = 0; h < hidden; h++) {
      float x = layer[h] + b1[h];
      layer[h] = x * x * x;
    }
    Arrays.fill(scores, 0f);
    for (int h = 0; h < hidden; h++) {
      axpy(layer[h], w2t[h], scores);
    }
  }

  /** W1's slice for feature {@code id} (row of E times features plus position) times its embedding. */
  private void slice(int id, float[] out) {
    Arrays.fill(out, 0f);
    float[] embedded = e[id / features];
    int column = id % features * embedding;
    for (int i = 0; i < embedding; i++) {
      axpy(embedded[i], w1t[column + i], out);
    }
  }

  private static final ThreadLocal<Slices> SLICES = ThreadLocal.withInitial(Slices::new);

  /**
   * The slices of the rare features a thread met lately (the model lists the frequent ones, computed at load
   * time): direct-mapped, so a lookup is an array index, and per thread, so nothing is locked. Consecutive
   * transitions share most features, so most rare ones are found here. A slice is the same whether found or
   * computed, so parses do not depend on what a thread parsed before.
   */
  private static final class Slices {
    private static final int SIZE = 1024;
    private final int[] ids = new int[SIZE];
    private final float[][] values = new float[SIZE][];

    float[] slice(TransitionParser parser, int id) {
      int slot = (id * 0x9E3779B1 >>> 22) & (SIZE - 1);
      float[] v = values[slot];
      if (v == null || v.length != parser.hidden) {
        v = values[slot] = new float[parser.hidden];
      } else if (ids[slot] == id) {
        return v;
      }
      parser.slice(id, v);
      ids[slot] = id;
      return v;
    }
  }


  private boolean canApply(State s, int t) {
    int stack = s.stackSize;
    boolean buffered = s.next <= s.n;
    if (t == transitions - 1) {
      return buffered;
    }
    boolean left = t < arcLabels;
    boolean root = t % arcLabels == 0;
    int h = left ? s.stack(0) : s.stack(1);
    if (h < 0 || (h == 0) != root) {
      return false;
    }
    return left ? stack > 2 : stack > 2 || (stack == 2 && !buffered);
  }

  private void apply(State s, int t) {
    if (t == transitions - 1) {
      s.stack[s.stackSize++] = s.next++;
      return;
    }
    int second = s.stack(1);
    int top = s.stack(0);
    int label = t % arcLabels + 1;
    if (t < arcLabels) {
      s.head[second] = top;
      s.label[second] = label;
      s.stack[s.stackSize - 2] = top;
    } else {
      s.head[top] = second;
      s.label[top] = label;
    }
    s.stackSize--;
  }

  private static void add(float[] x, float[] y) {
    for (int i = 0; i < y.length; i++) {
      y[i] += x[i];
    }
  }

  private static void axpy(float a, float[] x, float[] y) {
    for (int i = 0; i < y.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static int header(String line) {
    return Integer.parseInt(line.substring(line.indexOf('=') + 1).trim());
  }

  /** Parses {@code count} space-separated floats of {@code line}, from index {@code from}, into {@code out}. */
  private static void floats(String line, int from, float[] out, int count) {
    int p = from;
    for (int i = 0; i < count; i++) {
      int end = line.indexOf(' ', p);
      if (end < 0) {
        end = line.length();
      }
      out[i] = Float.parseFloat(line.substring(p, end));
      p = end + 1;
    }
  }
}
