package org.dyad.engine.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The dependency tree of one {@link Sentence}: a children index and each subtree's extent, built once with the
 * sentence in time linear in its length, and the questions every stage asks of a parse (children, subtrees,
 * depth, passive voice, case markers). Immutable and thread-safe. Get it with {@link Sentence#tree()}.
 *
 * <pre>{@code
 * Tree tree = sentence.tree();
 * for (Token c : tree.children(verb)) { ... }            // in sentence order
 * boolean byAgent = tree.passive(verb) && tree.caseChild(verb, Set.of("by")) != null;
 * int last = tree.subtreeLast(complement.index());       // the last token the complement spans
 * List<Token> clause = tree.reach(verb, (parent, child) -> !child.rel().equals("parataxis"));
 * }</pre>
 *
 * <p>An unparsed sentence has a tree too, of roots only: every token has no head and no children, so the
 * helpers answer as for a parse that found nothing. Relations are Universal Dependencies names as the parser
 * writes them ({@code nsubj:pass}, {@code obl}, {@code case}); case markers compare by lower-cased lemma.
 */
public final class Tree {
  private final List<Token> tokens;
  private final List<List<Token>> children;
  private final List<Token> roots;
  /** Preorder and postorder numbers: {@code a} dominates {@code t} iff pre[a] <= pre[t] and post[t] <= post[a]. */
  private final int[] pre;
  private final int[] post;
  private final int[] depth;
  private final int[] first;
  private final int[] last;

  Tree(List<Token> tokens) {
    this.tokens = tokens;
    int n = tokens.size();
    List<List<Token>> kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>(2));
    }
    List<Token> top = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (t.index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + t.index());
      }
      if (t.head() < -1 || t.head() >= n) {
        throw new IllegalArgumentException("token " + i + " has head " + t.head() + " outside the sentence of " + n);
      }
      (t.head() < 0 ? top : kids.get(t.head())).add(t);
    }
    children = kids.stream().map(List::copyOf).toList();
    roots = List.copyOf(top);
    pre = new int[n];
    post = new int[n];
    depth = new int[n];
    first = new int[n];
    last = new int[n];
    int numbered = number();
    if (numbered != n) {
      throw new IllegalArgumentException("the heads of " + n + " tokens do not make a tree: "
          + (n - numbered) + " stand on a cycle");
    }
  }

  /**
   * Numbers every root's subtree depth first, without recursion (a long sentence is a deep tree), and returns
   * how many tokens it reached: fewer than all when some heads make a cycle.
   */
  private int number() {
    int n = tokens.size();
    int[] stack = new int[n];
    int[] next = new int[n];
    int preClock = 0;
    int postClock = 0;
    for (Token root : roots) {
      int top = 0;
      int r = root.index();
      stack[0] = r;
      pre[r] = preClock++;
      first[r] = r;
      last[r] = r;
      while (top >= 0) {
        int t = stack[top];
        List<Token> kids = children.get(t);
        if (next[t] < kids.size()) {
          int c = kids.get(next[t]++).index();
          depth[c] = depth[t] + 1;
          pre[c] = preClock++;
          first[c] = c;
          last[c] = c;
          stack[++top] = c;
        } else {
          post[t] = postClock++;
          top--;
          if (top >= 0) {
            int parent = stack[top];
            first[parent] = Math.min(first[parent], first[t]);
            last[parent] = Math.max(last[parent], last[t]);
          }
        }
      }
    }
    return preClock;
  }

  /** The tokens whose head is token {@code head}, in sentence order; the roots for {@code -1}. */
  public List<Token> children(int head) {
    return head < 0 ? roots : children.get(head);
  }

  /** The tokens whose head is {@code head}, in sentence order. */
  public List<Token> children(Token head) {
    return children.get(head.index());
  }

  /** The first child of {@code t} whose relation is {@code rel}, or null. */
  public @Nullable Token child(Token t, String rel) {
    for (Token c : children(t)) {
      if (c.rel().equals(rel)) {
        return c;
      }
    }
    return null;
  }

  /** Whether some child of {@code t} stands in relation {@code rel} to it. */
  public boolean hasChild(Token t, String rel) {
    return child(t, rel) != null;
  }

  /** The number of arcs from {@code t} up to its root: 0 for a root. */
  public int depth(Token t) {
    return depth[t.index()];
  }

  /** Whether token {@code t} lies in the subtree of token {@code ancestor} (each lies in its own). */
  public boolean dominates(int ancestor, int t) {
    return pre[ancestor] <= pre[t] && post[t] <= post[ancestor];
  }

  /** The index of the first token of the subtree of token {@code root}. */
  public int subtreeFirst(int root) {
    return first[root];
  }

  /** The index of the last token of the subtree of token {@code root}. */
  public int subtreeLast(int root) {
    return last[root];
  }

  /** The subtree of {@code root}, itself included, in sentence order. */
  public List<Token> subtree(Token root) {
    List<Token> out = new ArrayList<>();
    for (int i = first[root.index()]; i <= last[root.index()]; i++) {
      if (dominates(root.index(), i)) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  /**
   * The tokens reached from {@code root} breadth first, children in sentence order, going down only the arcs
   * {@code follow} accepts (it sees the parent and the child): a clause without its relative clauses, a noun
   * phrase without its arguments. {@code root} comes first.
   */
  public List<Token> reach(Token root, BiPredicate<Token, Token> follow) {
    List<Token> out = new ArrayList<>();
    out.add(root);
    for (int i = 0; i < out.size(); i++) {
      Token t = out.get(i);
      for (Token c : children(t)) {
        if (follow.test(t, c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Climbs from {@code t} to its head for as long as the token it stands on passes {@code through}. */
  public Token climb(Token t, Predicate<Token> through) {
    Token at = t;
    while (at.head() >= 0 && through.test(at)) {
      at = tokens.get(at.head());
    }
    return at;
  }

  /** Whether {@code verb} is in the passive voice: it has a passive subject or a passive auxiliary. */
  public boolean passive(Token verb) {
    for (Token c : children(verb)) {
      if (c.rel().equals("nsubj:pass") || c.rel().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} has the case marker {@code marker} (a lower-case preposition: "by", "of"). */
  public boolean hasCase(Token t, String marker) {
    for (Token c : children(t)) {
      if (c.rel().equals("case") && c.lemma().toLowerCase(Locale.ROOT).equals(marker)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} has one of the case markers {@code markers} (lower case). */
  public boolean hasCaseIn(Token t, Set<String> markers) {
    for (Token c : children(t)) {
      if (c.rel().equals("case") && markers.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first oblique or nominal modifier of {@code t} ({@code obl...}, {@code nmod...}) with one of the case
   * markers {@code markers}: the agent of "was criticized by Gondor", the partner of "talks with Japan".
   */
  public @Nullable Token caseChild(Token t, Set<String> markers) {
    for (Token c : children(t)) {
      if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && hasCaseIn(c, markers)) {
        return c;
      }
    }
    return null;
  }
}
