package org.dyad.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.events.EventRendering.events;
import static org.dyad.engine.events.EventRendering.extract;

import org.dyad.model.Extraction;
import org.junit.jupiter.api.Test;

/** What code a predicate gets: the lexicon, announced acts, senses that are no events (dated 2023-12-11). */
class PredicateCodeTest {
  @Test
  void aGrantAnnouncedIsAnIntentToProvideEconomicAidWithTheGrantBesideIt() {
    assertThat(events("Finland will give Tanzania a grant of 580 million shillings."))
        .containsExactly("0331 Express intent to provide economic aid FIN->TZA 2023-12-11 [asserted] act=071");
  }

  @Test
  void aCourtesyCallIsAVisitAndACallOnSomeoneToActIsAnAppeal() {
    assertThat(events("The Saudi foreign minister paid a courtesy call on President Macron on Tuesday."))
        .extracting(e -> e.substring(0, 3)).containsExactly("042");
    assertThat(events("The Saudi foreign minister called on President Macron to end the strikes."))
        .extracting(e -> e.substring(0, 3)).containsExactly("020");
  }

  @Test
  void aVisitAnnouncedIsAnIntentToMeet() {
    assertThat(events("German Foreign Minister Oskar Fischer will visit Albania in June."))
        .containsExactly("036 Express intent to meet or negotiate DEUGOV->ALB 2024-06 [asserted] act=042");
  }

  @Test
  void agreeingToLiftAnEmbargoIsAnIntentToEaseIt() {
    assertThat(events("Japan agreed to lift its embargo on Iran on Friday."))
        .containsExactly("0354 Express intent to ease economic sanctions, boycott, or embargo JPN->IRN 2023-12-08 "
            + "[asserted] act=085");
  }

  @Test
  void refusingToLiftACurfewIsARejectionWithTheLiftingBesideIt() {
    assertThat(events("The Israeli government refused to lift the curfew on Palestinians in Hebron."))
        .containsExactly("1241 Refuse to ease administrative sanctions ISRGOV->PSE 2023-12-11 place=Hebron [asserted] "
            + "act=0813");
  }

  @Test
  void tariffsAnnouncedAreAThreatMadeNow() {
    assertThat(events("The United States will impose tariffs on Chinese goods."))
        .containsExactly("1312 Threaten to boycott, embargo, or sanction USA->CHN 2023-12-11 [asserted] act=163");
  }

  @Test
  void aConvertedPetrarchVerbCodesTheEvent() {
    assertThat(events("Syrian troops besieged the Lebanese town of Zahle on Friday."))
        .singleElement().satisfies(e -> assertThat(e).startsWith("191 Impose blockade, restrict movement SYRMIL->"));
  }

  @Test
  void anEventNounTakesItsCodeFromItsModifier() {
    assertThat(events("Japan's humanitarian aid to Syria arrived."))
        .containsExactly("073 Provide humanitarian aid JPN->SYR 2023-12-11 [asserted]");
  }

  @Test
  void attackingAPolicyIsCriticismNotForce() {
    assertThat(events("Japan attacked the fiscal policy of the United States on Friday."))
        .containsExactly("111 Criticize or denounce JPN->USA 2023-12-08 [asserted]");
  }

  @Test
  void banksThatFightHardUseNoForce() {
    Extraction x = extract("Japanese banks fought hard to protect their interests.");
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void fightingInflationIsNoWar() {
    Extraction x = extract("The Japanese government fought inflation with higher interest rates.");
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void aTasteOfItsOwnMedicineIsNoAid() {
    Extraction x = extract("Japan gave China a taste of its own medicine.");
    assertThat(x.events()).isEmpty();
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void summoningAnAmbassadorIsAnOfficialComplaint() {
    assertThat(events("France summoned the Russian ambassador on Friday.")).singleElement()
        .satisfies(e -> assertThat(e).startsWith("114 Complain officially FRA->"));
  }

  @Test
  void aParticleTaggedAsAnAdverbStillMakesThePhrasalVerb() {
    assertThat(events("Somalia sent away Kenya's envoy.")).singleElement()
        .satisfies(e -> assertThat(e).startsWith("161 Reduce or break diplomatic relations SOM->KEN"));
  }

  @Test
  void whatAnActIsDoneWithDecidesItsCode() {
    assertThat(events("China retaliated with tariffs on U.S. goods.")).extracting(e -> e.split(" ")[0])
        .containsExactly("163");
    assertThat(events("Iraq used weapons of mass destruction against Iran.")).extracting(e -> e.split(" ")[0])
        .containsExactly("204");
    assertThat(events("Uganda expelled thousands of Kenyan traders.")).extracting(e -> e.split(" ")[0])
        .containsExactly("201");
  }

  @Test
  void aWarningOfConsequencesIsAThreatAndAnAppealToLiftRestrictionsEasesThem() {
    assertThat(events("Britain warned Iran of serious consequences.")).extracting(e -> e.split(" ")[0])
        .containsExactly("130");
    assertThat(events("Germany urged Belarus to lift restrictions on the opposition."))
        .extracting(e -> e.split(" ")[0]).containsExactly("0251");
  }

  @Test
  void aWarningOfConsequencesWithNoOneWarnedIsAPessimisticCommentNotAThreat() {
    assertThat(events("Germany warned of serious implications for trade with China."))
        .extracting(e -> e.split(" ")[0]).containsExactly("012");
  }

  @Test
  void rejectingReportsIsADenialNotTheRejectionOfAnActor() {
    assertThat(events("China rejected reports that its warships had entered Japanese waters."))
        .extracting(e -> e.split(" ")[0]).containsExactly("016");
  }

  @Test
  void attacksNamedInAnAdverbialAreNoActOfTheClauseSubject() {
    assertThat(events("Following attacks in Paris, Belgian police arrested three men."))
        .extracting(e -> e.split(" ")[0]).containsExactly("173");
  }

  @Test
  void talksThatAreNeededOrAnyTalksAreNoMeeting() {
    Extraction needed = extract("Negotiations between China and Japan are needed, the Chinese ambassador said.");
    assertThat(needed.events()).isEmpty();
    assertThat(needed.problems()).isEmpty();
    Extraction any = extract("Any talks between China and Japan would have to include the islands.");
    assertThat(any.events()).isEmpty();
    assertThat(any.problems()).isEmpty();
  }

  @Test
  void anAdjectiveSaidOfItsSubjectIsAPredicateButNotOneThatQualifiesANoun() {
    assertThat(events("Japan was critical of China's trade policy."))
        .containsExactly("111 Criticize or denounce JPN->CHN 2023-12-11 [asserted]");
    Extraction qualifier = extract("The critical issue for India is its trade policy.");
    assertThat(qualifier.events()).isEmpty();
    assertThat(qualifier.problems()).isEmpty();
  }
}
