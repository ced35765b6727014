package org.dyad.engine.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryReaderTest {
  private static Dictionaries verbs(String... lines) {
    DictionaryReader r = new DictionaryReader();
    r.readVerbs("test.verbs", List.of(lines));
    return r.dictionaries();
  }

  private static String render(VerbPattern p) {
    return p.before().stream().map(DictionaryReaderTest::render).toList() + " * "
        + p.after().stream().map(DictionaryReaderTest::render).toList() + " " + p.code();
  }

  private static String render(Element e) {
    String body = e.kind() == Element.Kind.WORDS ? e.phrases().stream().map(w -> String.join(" ", w)).toList()
        .toString() : e.kind().name();
    return (e.adjacent() ? "_" : "") + body;
  }

  @Test
  void verbBlockGivesItsCodeToVerbsWithoutOne() {
    Dictionaries d = verbs("--- DELAY [120] ---", "DELAY", "DOWNPLAY [014]");
    assertThat(d.verbs()).extracting(Verb::code).containsExactly("120", "014");
    assertThat(d.verbs().get(0).forms()).contains("DELAY", "DELAYS", "DELAYED", "DELAYING");
  }

  @Test
  void irregularFormsReplaceTheRegularOnes() {
    Dictionaries d = verbs("--- BREAK [1717] ---", "BREAK { BROKE BROKEN }");
    assertThat(d.verbs().get(0).forms()).containsExactlyInAnyOrder("BREAK", "BROKE", "BROKEN");
  }

  @Test
  void plusMarksTheVerbWordOfAMultiWordVerb() {
    Dictionaries d = verbs("--- CONFISCATE [1711] ---", "WIRE_+TAP {WIRE_+TAPPED}", "+CORDON_OFF");
    assertThat(d.verbs().get(0).before()).containsExactly("WIRE");
    assertThat(d.verbs().get(0).forms()).containsExactlyInAnyOrder("TAP", "TAPPED");
    assertThat(d.verbs().get(1).after()).containsExactly("OFF");
  }

  @Test
  void patternSlotsSkipsAndAdjacency() {
    Dictionaries d = verbs("--- EXTRADITE [174] ---", "EXTRADITE", "- + WAS_ * TO_ ^ FROM $  [174] # BK");
    assertThat(render(d.verbs().get(0).block().patterns().get(0)))
        .isEqualTo("[_[WAS], TARGET] * [[TO], _SKIP, [FROM], SOURCE] 174");
  }

  @Test
  void synsetsExpandWithPluralsAndNestInOtherSynsets() {
    Dictionaries d = verbs("&TIETYPES", "+MILITARY", "+ECONOMIC", "", "&ACCORDSYN", "+&TIETYPES", "+CLOSER", "",
        "--- ACCORD [---] ---", "ACCORD", "- INCHING &ACCORDSYN * [083]");
    assertThat(render(d.verbs().get(0).block().patterns().get(0)))
        .isEqualTo("[[MILITARY, MILITARIES, ECONOMIC, ECONOMICS, CLOSER, CLOSERS], [INCHING]] * [] 083");
  }

  @Test
  void compoundCodeAndGroupsAreRead() {
    Dictionaries d = verbs("--- MEET [040] ---", "MEET", "- % * (WITH {LEADERS}) [036:036]");
    assertThat(render(d.verbs().get(0).block().patterns().get(0))).isEqualTo("[COMPOUND] * [[WITH], [LEADERS]] 036:036");
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndSkipped() {
    Dictionaries d = verbs("--- VISIT [042] ---", "VISIT", "- * &UNDEFINED [043]", "- * EMBASSY [044");
    assertThat(d.problems()).extracting(Problem::toString).hasSize(2)
        .allMatch(p -> p.startsWith("test.verbs:3: ") || p.startsWith("test.verbs:4: "));
    assertThat(d.verbs()).hasSize(1);
  }

  @Test
  void actorsHaveSynonymsAndDateRestrictedCodes() {
    DictionaryReader r = new DictionaryReader();
    r.readActors("test.actors", List.of("<!-- actors -->", "GOLLUM  # pas", "+SMEAGOL", "\t[HOB < 950601]",
        "\t[HOBGOV 19950601 - 19990815]", "\t[HOBREB > 990816]", "", "GONDOR [GON]", "+MINAS_TIRITH"));
    Dictionaries d = r.dictionaries();
    assertThat(d.problems()).isEmpty();
    Actor gollum = d.actors().get(0);
    assertThat(gollum.phrases()).containsExactly(List.of("GOLLUM"), List.of("SMEAGOL"));
    assertThat(gollum.codeOn(LocalDate.of(1990, 1, 1))).hasValue("HOB");
    assertThat(gollum.codeOn(LocalDate.of(1999, 1, 1))).hasValue("HOBGOV");
    assertThat(gollum.codeOn(LocalDate.of(2001, 1, 1))).hasValue("HOBREB");
    assertThat(d.actors().get(1).phrases()).containsExactly(List.of("GONDOR"), List.of("MINAS", "TIRITH"));
  }

  @Test
  void theFirstDateRestrictionThatHoldsWinsOverTheDefault() {
    DictionaryReader r = new DictionaryReader();
    r.readActors("test.actors", List.of("SAM_GAMGEE [HOB]", "\t[ORCHOB 20100109-20100112]",
        "\t[HOBMIL 20080120-20121109]"));
    Actor sam = r.dictionaries().actors().get(0);
    assertThat(sam.codeOn(LocalDate.of(2010, 1, 10))).hasValue("ORCHOB");
    assertThat(sam.codeOn(LocalDate.of(2011, 1, 10))).hasValue("HOBMIL");
    assertThat(sam.codeOn(LocalDate.of(2015, 1, 10))).hasValue("HOB");
  }

  @Test
  void agentsGetPluralsSubstitutionsAndPrefixCodes() {
    DictionaryReader r = new DictionaryReader();
    r.readAgents("test.agents", List.of("!PERSON! = MAN, WOMEN", "POLICE {} [ ~COP]", "SOLDIER [~MIL]",
        "CONGRESS!PERSON! [~LEG]", "MSF {} [NGO~]", "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]", "BROKEN"));
    Dictionaries d = r.dictionaries();
    assertThat(d.agents()).extracting(a -> String.join(" ", a.phrase()) + (a.prefix() ? " " + a.code() + "~" : " ~" + a.code()))
        .containsExactly("POLICE ~COP", "SOLDIER ~MIL", "SOLDIERS ~MIL", "CONGRESSMAN ~LEG", "CONGRESSWOMEN ~LEG",
            "MSF NGO~", "ATTORNEY GENERAL ~GOV", "ATTORNEYS GENERAL ~GOV");
    assertThat(d.problems()).extracting(Problem::toString).containsExactly(
        "test.agents:7: agent needs [~CODE] or [CODE~]: BROKEN");
  }

  @Test
  void discardsOfStoryAndSentence() {
    DictionaryReader r = new DictionaryReader();
    r.readDiscards("test.discards", List.of("MONTHS LATER", "+World Golf Championships   # pas"));
    assertThat(r.dictionaries().discards()).containsExactly(new Discard(List.of("MONTHS", "LATER"), false),
        new Discard(List.of("WORLD", "GOLF", "CHAMPIONSHIPS"), true));
  }
}
