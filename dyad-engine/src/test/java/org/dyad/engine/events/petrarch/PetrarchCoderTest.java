package org.dyad.engine.events.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.engine.SharedParser;
import org.junit.jupiter.api.Test;

class PetrarchCoderTest {
  private static final List<String> ACTORS = List.of("ARNOR [ARN]", "+ARNORIAN", "GONDOR [GON]", "MORDOR [MOR]",
      "+BARAD-DUR", "GOLLUM", "\t[HOB <19950601]", "\t[HOBGOV >19950602]", "DOL_AMROTH [DOL]", "DANISH [DNK]");
  private static final List<String> AGENTS = List.of("POLICE {} [~COP]", "GOVERNMENT [~GOV]", "MSF {} [NGO~]",
      "MEDIA {} [~MED]");
  private static final List<String> VERBS = List.of("--- RESTORE [064] ---", "RESTORE", "- * THE FULL [xxy]",
      "- * COMPLETE [+++]", "--- WARN [160] ---", "WARN", "- $ IN ^ * [163]", "- * AT ^ + [162]",
      "--- MEET [031:032] ---", "MEET", "--- ALLOW [080] ---", "ALLOW", "- * REALLY_PLEASANT [024]",
      "--- AGREE [030] ---", "AGREE", "- * WITH % [031]", "--- ADOPT [081] ---", "ADOPT", "- * RESOLUTION [102]",
      "--- ATTACK [190] ---", "ATTACK", "--- SAY [023] ---", "SAY", "--- DRAWN [---] ---", "DRAWN",
      "--- CRITICIZE [121] ---", "CRITICIZE", "--- FREE [066] ---", "FREE", "--- SHOT [---] ---", "SHOT",
      "--- SHOT [223] ---", "SHOT", "- * DEAD [224]", "--- SIGN [081] ---", "SIGN", "--- TAP [081] ---",
      "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}");

  private static List<String> code(String sentence, LocalDate date) {
    return code(sentence, date, true);
  }

  private static List<String> code(String sentence, LocalDate date, boolean requireDyad) {
    DictionaryReader r = new DictionaryReader();
    r.readVerbs("verbs", VERBS);
    r.readActors("actors", ACTORS);
    r.readAgents("agents", AGENTS);
    PetrarchCoder coder = new PetrarchCoder(r.dictionaries(), requireDyad);
    return coder.code(SharedParser.get().parse(sentence), date).stream()
        .map(c -> c.source() + " " + c.target() + " " + c.code()).toList();
  }

  @Test
  void withRequireDyadOffAnEventWithoutTargetIsCodedAgainstTripleDash() {
    String sentence = "The Arnor government said on Saturday.";
    assertThat(code(sentence, LocalDate.of(1995, 1, 1), true)).isEmpty();
    assertThat(code(sentence, LocalDate.of(1995, 1, 1), false)).containsExactly("ARNGOV --- 023");
  }

  @Test
  void subjectAndObjectAreSourceAndTargetOfTheVerbsCode() {
    assertThat(code("Arnor restored diplomatic ties with Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 064");
  }

  @Test
  void patternSlotsNameSourceAndTarget() {
    assertThat(code("Arnor in the north warned Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 163");
  }

  @Test
  void agentsComposeWithTheirCountry() {
    assertThat(code("Arnorian police met the Gondor government.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARNCOP GONGOV 031", "GONGOV ARNCOP 032");
  }

  @Test
  void prefixAgentsStandBeforeTheCountry() {
    assertThat(code("MSF Arnor restored ties with Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("NGOARN GON 064");
  }

  @Test
  void actorCodesFollowTheDocumentDate() {
    assertThat(code("Gollum restored ties with Mordor.", LocalDate.of(1990, 1, 1))).containsExactly("HOB MOR 064");
    assertThat(code("Gollum restored ties with Mordor.", LocalDate.of(1999, 1, 1)))
        .containsExactly("HOBGOV MOR 064");
  }

  @Test
  void coordinatedActorsGiveOneEventEach() {
    assertThat(code("Arnor and Gondor restored ties with Mordor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN MOR 064", "GON MOR 064");
  }

  @Test
  void aPassiveControlsItsInfinitive() {
    assertThat(code("Arnor was asked to restore ties with Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 064");
  }

  @Test
  void aComplementClauseWithoutAnEventOfItsOwnIsInTheVerbsReach() {
    assertThat(code("Arnor allowed that Gondor is not a really pleasant place.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 024");
  }

  @Test
  void aComplementClauseWithAnEventOfItsOwnKeepsItsActors() {
    assertThat(code("Arnor said Gondor attacked Mordor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("GON MOR 190");
  }

  @Test
  void aPlainNounTakesTheActorOfItsFirstArgumentOnly() {
    assertThat(code("Arnor attacked a summit in Gondor on the unrest in Mordor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 190");
  }

  @Test
  void anAgentWithoutAnActorSharesItsCoordinationPartners() {
    assertThat(code("Danish media and government attacked Mordor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("DNKMED MOR 190", "DNKGOV MOR 190");
  }

  @Test
  void aCompoundSlotAfterTheVerbIsItsTarget() {
    assertThat(code("Arnor agreed with Gondor and Mordor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 031", "ARN MOR 031");
  }

  @Test
  void aTokenJoinedWithUnderscoresMatchesThePhraseOfItsWords() {
    assertThat(code("Arnor attacked Dol_Amroth.", LocalDate.of(1995, 1, 1))).containsExactly("ARN DOL 190");
  }

  @Test
  void patternWordsMatchTheWordAsWrittenNotItsLemma() {
    assertThat(code("Arnor adopted a resolution with Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 102");
    assertThat(code("Arnor adopted resolutions with Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 081");
  }

  @Test
  void aPatternWithAPlaceholderCodeIsPassedOver() {
    assertThat(code("Arnor restored complete ties with Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 064");
  }

  @Test
  void aComplementWhoseVerbCodesNoEventIsInTheVerbsReach() {
    assertThat(code("Arnor said that Gondor was drawn into the war.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 023");
  }

  @Test
  void aPassiveWithoutAnAgentReadsItsSubjectAsTheSource() {
    assertThat(code("Arnor was criticized over its dispute with Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 121");
  }

  @Test
  void theFromArgumentOfAPassiveIsItsAgent() {
    assertThat(code("Gondor was freed from Mordor.", LocalDate.of(1995, 1, 1))).containsExactly("MOR GON 066");
  }

  @Test
  void anAgentlessPassiveDoesNotActOnThePlaceItHappenedIn() {
    assertThat(code("Arnor was attacked in Gondor.", LocalDate.of(1995, 1, 1))).isEmpty();
  }

  @Test
  void aHyphenatedNameTheTokenizerSplitMatchesItsDictionaryWord() {
    assertThat(code("Arnor attacked Barad-dur.", LocalDate.of(1995, 1, 1))).containsExactly("ARN MOR 190");
  }

  @Test
  void aVerbListedInTwoBlocksHasThePatternsOfBoth() {
    assertThat(code("Arnor shot Gondor dead.", LocalDate.of(1995, 1, 1))).containsExactly("ARN GON 224");
  }

  @Test
  void coordinatedModifiersShareTheirNoun() {
    assertThat(code("Gondor attacked Arnorian and Danish troops.", LocalDate.of(1995, 1, 1)))
        .containsExactly("GON ARN 190", "GON DNK 190");
  }

  @Test
  void anAdverbialInfinitiveWithoutAnEventOfItsOwnIsInTheVerbsReach() {
    assertThat(code("Arnor signed an accord on Thursday to supply Gondor with wheat.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 081");
  }

  @Test
  void aParticiplesArgumentsCountInTheirPlace() {
    assertThat(code("Arnor attacked the roads leading into Mordor along the pass of Gondor.",
        LocalDate.of(1995, 1, 1))).containsExactly("ARN MOR 190");
  }

  @Test
  void aMultiWordVerbIsFoundWhenTheTaggerTookItsVerbWordForANoun() {
    assertThat(code("Gondor will not wire tap the communication links leading into Mordor.",
        LocalDate.of(1995, 1, 1))).containsExactly("GON MOR 081");
  }

  @Test
  void aPronounStandsForTheNearestNounPhraseOfTheClauseItIsEmbeddedIn() {
    assertThat(code("Arnor indicated it attacked Gondor.", LocalDate.of(1995, 1, 1))).containsExactly("ARN GON 190");
  }

  @Test
  void aPronounUnderAVerbWithACodeOfItsOwnIsLeftUnresolved() {
    assertThat(code("Arnor said it attacked Gondor.", LocalDate.of(1995, 1, 1))).isEmpty();
  }

  @Test
  void coordinatedSourcesWithoutATargetActOnEachOtherOnlyInCooperation() {
    assertThat(code("Arnor and Gondor agreed on Friday.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 030", "GON ARN 030");
    assertThat(code("Arnor and Gondor said on Friday.", LocalDate.of(1995, 1, 1))).isEmpty();
  }

  @Test
  void anAdverbialClauseGivesWayToTheEventOfItsVerb() {
    assertThat(code("Arnor restored ties with Gondor after Mordor attacked Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("ARN GON 064");
    assertThat(code("Arnor was happy after Mordor attacked Gondor.", LocalDate.of(1995, 1, 1)))
        .containsExactly("MOR GON 190");
  }

  @Test
  void aModifierAfterACoordinationIsTheLastConjunctsToo() {
    assertThat(code("Gondor's sheep and goats of Mordor warned of the Prince of Dol_Amroth.",
        LocalDate.of(1995, 1, 1))).containsExactly("GON DOL 160", "MOR DOL 160");
  }
}
