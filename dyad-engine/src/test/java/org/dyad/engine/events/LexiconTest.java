package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lexicon as loaded: its size, and which codes of the codebook a predicate can reach. */
class LexiconTest {
  private static final Codebook CODEBOOK = Codebook.standard();
  private static final Lexicon LEXICON = Lexicon.load(CODEBOOK, List.of());

  /** The codes a pattern gives, and those of announcements (an intent or a threat of a planned act). */
  private static Set<String> codesGiven() {
    Set<String> out = LEXICON.all().stream().filter(p -> !p.codesNothing()).map(Pattern::code)
        .collect(Collectors.toCollection(TreeSet::new));
    out.addAll(LEXICON.announcements().codes());
    return out;
  }

  @Test
  void atLeastNinetyPercentOfTheThreeDigitCodesAreReachable() {
    Set<String> given = codesGiven();
    List<String> threeDigit = CODEBOOK.all().stream().map(CameoCode::code).filter(c -> c.length() == 3).sorted()
        .toList();
    List<String> unreachable = threeDigit.stream().filter(c -> given.stream().noneMatch(g -> g.startsWith(c)))
        .toList();
    double reachable = 100.0 * (threeDigit.size() - unreachable.size()) / threeDigit.size();
    assertThat(reachable).as("unreachable: %s", unreachable).isGreaterThanOrEqualTo(90.0);
  }

  @Test
  void everyRootHasPatterns() {
    Set<String> roots = LEXICON.all().stream().filter(p -> !p.codesNothing()).map(p -> p.code().substring(0, 2))
        .collect(Collectors.toSet());
    List<String> all = CODEBOOK.all().stream().map(CameoCode::root).distinct().toList();
    assertThat(roots).containsAll(all);
  }

  @Test
  void theLexiconHoldsAtLeastThreeThousandPatterns() {
    assertThat(LEXICON.all()).hasSizeGreaterThanOrEqualTo(3000);
  }

  @Test
  void dyadsOwnPatternsComeBeforeThoseConvertedFromPetrarch() {
    List<Pattern> attack = LEXICON.patterns("attack");
    assertThat(attack.get(0).id()).startsWith("patterns.tsv:");
    assertThat(attack.get(attack.size() - 1).id()).startsWith("petrarch-patterns.tsv:");
  }

  @Test
  void aVerbOnlyPredicateIsNoEventNoun() {
    assertThat(LEXICON.isEventNoun("visit")).isTrue();
    assertThat(LEXICON.isEventNoun("ambush")).isFalse();
  }
}
