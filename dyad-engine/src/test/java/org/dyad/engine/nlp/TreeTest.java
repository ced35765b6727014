package org.dyad.engine.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tree view over a parse written by hand, so that each answer can be checked against the arcs. */
class TreeTest {
  /**
   * "Gondor was criticized by Arnor over its talks with Mordor ." as UD parses it:
   * criticized(root) <- Gondor(nsubj:pass), was(aux:pass), Arnor(obl) <- by(case), talks(obl) <- over(case),
   * its(nmod:poss), Mordor(nmod) <- with(case); .(punct).
   */
  static Sentence criticized() {
    String[] words = {"Gondor", "was", "criticized", "by", "Arnor", "over", "its", "talks", "with", "Mordor", "."};
    String[] pos = {"NNP", "VBD", "VBN", "IN", "NNP", "IN", "PRP$", "NNS", "IN", "NNP", "."};
    int[] heads = {2, 2, -1, 4, 2, 7, 7, 2, 9, 7, 2};
    String[] rels = {"nsubj:pass", "aux:pass", "root", "case", "obl", "case", "nmod:poss", "obl", "case", "nmod",
        "punct"};
    return sentence(words, pos, heads, rels);
  }

  static Sentence sentence(String[] words, String[] pos, int[] heads, String[] rels) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(i, offset, offset + words[i].length(), words[i], pos[i], words[i].toLowerCase(), "O",
          heads[i], rels[i]));
      offset += words[i].length() + 1;
    }
    return new Sentence(0, 0, offset - 1, tokens, true);
  }

  private static List<String> words(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  @Test
  void childrenComeInSentenceOrderAndTheRootsUnderMinusOne() {
    Sentence s = criticized();
    assertThat(words(s.tree().children(2))).containsExactly("Gondor", "was", "Arnor", "talks", ".");
    assertThat(words(s.tree().children(s.token(7)))).containsExactly("over", "its", "Mordor");
    assertThat(words(s.tree().children(-1))).containsExactly("criticized");
    assertThat(s.dependents(9)).isEqualTo(s.tree().children(9));
  }

  @Test
  void aSubtreeSpansFromItsFirstToItsLastTokenAndListsItsTokensInOrder() {
    Sentence s = criticized();
    Tree t = s.tree();
    assertThat(t.subtreeFirst(7)).isEqualTo(5);
    assertThat(t.subtreeLast(7)).isEqualTo(9);
    assertThat(words(t.subtree(s.token(7)))).containsExactly("over", "its", "talks", "with", "Mordor");
    assertThat(t.dominates(7, 9)).isTrue();
    assertThat(t.dominates(9, 7)).isFalse();
    assertThat(t.dominates(4, 4)).isTrue();
  }

  @Test
  void depthCountsTheArcsUpToTheRoot() {
    Sentence s = criticized();
    assertThat(s.tree().depth(s.token(2))).isZero();
    assertThat(s.tree().depth(s.token(9))).isEqualTo(2);
    assertThat(s.tree().depth(s.token(8))).isEqualTo(3);
  }

  @Test
  void aPassiveVerbHasItsAgentInItsByArgument() {
    Sentence s = criticized();
    Tree t = s.tree();
    assertThat(t.passive(s.token(2))).isTrue();
    assertThat(t.passive(s.token(7))).isFalse();
    assertThat(t.caseChild(s.token(2), Set.of("by"))).isEqualTo(s.token(4));
    assertThat(t.caseChild(s.token(2), Set.of("with"))).isNull();
    assertThat(t.hasCase(s.token(9), "with")).isTrue();
    assertThat(t.hasCaseIn(s.token(7), Set.of("on", "over"))).isTrue();
    assertThat(t.child(s.token(2), "nsubj:pass")).isEqualTo(s.token(0));
    assertThat(t.hasChild(s.token(2), "obj")).isFalse();
  }

  @Test
  void reachGoesDownOnlyTheArcsItIsAllowedBreadthFirst() {
    Sentence s = criticized();
    List<Token> clause = s.tree().reach(s.token(2), (parent, child) -> !child.rel().equals("obl"));
    assertThat(words(clause)).containsExactly("criticized", "Gondor", "was", ".");
    assertThat(words(s.tree().reach(s.token(7), (parent, child) -> true)))
        .containsExactly("talks", "over", "its", "Mordor", "with");
  }

  @Test
  void climbStopsAtTheFirstTokenThatDoesNotPass() {
    Sentence s = criticized();
    assertThat(s.tree().climb(s.token(8), t -> !t.rel().equals("obl"))).isEqualTo(s.token(7));
    assertThat(s.tree().climb(s.token(0), t -> true)).isEqualTo(s.token(2));
  }

  @Test
  void anUnparsedSentenceIsATreeOfRootsOnly() {
    Sentence parsed = criticized();
    List<Token> tokens = parsed.tokens().stream()
        .map(t -> new Token(t.index(), t.start(), t.end(), t.text(), t.pos(), t.lemma(), t.ner(), -1, "")).toList();
    Sentence s = new Sentence(0, parsed.start(), parsed.end(), tokens, false);
    assertThat(s.tree().children(-1)).hasSize(11);
    assertThat(s.tree().children(2)).isEmpty();
    assertThat(s.tree().passive(s.token(2))).isFalse();
    assertThat(s.tree().subtreeLast(2)).isEqualTo(2);
  }

  @Test
  void headsThatMakeACycleOrPointOutsideTheSentenceAreRejected() {
    String[] w = {"a", "b", "c"};
    String[] p = {"DT", "NN", "VB"};
    String[] r = {"det", "nsubj", "root"};
    assertThatThrownBy(() -> sentence(w, p, new int[] {1, 0, -1}, r)).hasMessageContaining("cycle");
    assertThatThrownBy(() -> sentence(w, p, new int[] {1, 3, -1}, r)).hasMessageContaining("head 3");
  }

  @Test
  void aLongChainIsBuiltWithoutRecursion() {
    int n = 20_000;
    String[] w = new String[n];
    String[] p = new String[n];
    int[] h = new int[n];
    String[] r = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = "w";
      p[i] = "NN";
      h[i] = i - 1;
      r[i] = i == 0 ? "root" : "dep";
    }
    Sentence s = sentence(w, p, h, r);
    assertThat(s.tree().depth(s.token(n - 1))).isEqualTo(n - 1);
    assertThat(s.tree().subtreeLast(0)).isEqualTo(n - 1);
    assertThat(s.tree().subtreeFirst(n / 2)).isEqualTo(n / 2);
  }
}
