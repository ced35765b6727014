package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading one row of a pattern file. */
class PatternTest {
  private static final Codebook CODEBOOK = Codebook.standard();

  private static Pattern row(WordSets sets, String... cells) {
    return Pattern.parse("test.tsv:9", 0, 0, List.of(cells), sets, CODEBOOK);
  }

  @Test
  void aSetRowDefinesASetAndAPatternRowUsesIt() {
    WordSets sets = new WordSets();
    assertThat(row(sets, "&envoy", "ambassador;envoy", "-", "-", "-")).isNull();
    Pattern p = row(sets, "161", "expel/v;recall", "-", "&envoy;!spy", "-");
    assertThat(p.predicates()).containsEntry("expel", Pattern.Pos.VERB).containsEntry("recall", Pattern.Pos.ANY);
    assertThat(p.objects()).singleElement().satisfies(n -> assertThat(n.all()).singleElement()
        .satisfies(terms -> assertThat(terms).singleElement()
            .satisfies(t -> assertThat(t.heads()).containsExactlyInAnyOrder("ambassador", "envoy"))));
    assertThat(p.notObjects()).singleElement().satisfies(t -> assertThat(t.heads()).containsExactly("spy"));
  }

  @Test
  void aTermTakesItsPrepositionAndModifiersAndAPhraseMemberOfASetItsShape() {
    WordSets sets = new WordSets();
    sets.define("&force", List.of("army", "armed forces"));
    List<Term> terms = Term.parse("to:&force", sets);
    assertThat(terms).extracting(Term::prep).containsOnly("to");
    assertThat(terms).extracting(t -> t.modifiers().size() + " " + t.heads())
        .containsExactly("0 [army]", "1 [forces]");
    assertThat(Term.parse("humanitarian aid", sets)).singleElement()
        .satisfies(t -> assertThat(t.modifiers()).containsExactly(java.util.Set.of("humanitarian")));
  }

  @Test
  void markersJoinedByPlusMustAllBeThere() {
    Pattern p = row(new WordSets(), "042", "set", "off+for;to", "-", "-");
    assertThat(p.markers()).containsExactly(List.of("off", "for"), List.of("to"));
  }

  @Test
  void aPatternThatCodesNothingIsKept() {
    assertThat(row(new WordSets(), "---", "crash", "-", "-", "plane").codesNothing()).isTrue();
  }

  @Test
  void anUnknownCodeOrSetIsAnError() {
    assertThatThrownBy(() -> row(new WordSets(), "999", "visit", "-", "-", "-"))
        .hasMessageContaining("unknown CAMEO code 999");
    assertThatThrownBy(() -> row(new WordSets(), "042", "visit", "-", "&nowhere", "-"))
        .hasMessageContaining("unknown word set &nowhere");
  }
}
