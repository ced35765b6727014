package org.dyad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.time.Tagging.tag;

import org.dyad.engine.SharedParser;
import org.junit.jupiter.api.Test;

/**
 * Words of time that name a paper or a programme, stretches read as dates and dates read as stretches, and the
 * approximate "or so".
 */
class NamesAndStretchesTest {
  @Test
  void theDailyBeforeANameIsANewspaperNotASet() {
    assertThat(tag("The party daily Pravda printed the letter.")).isEmpty();
    assertThat(tag("The state-run daily said the talks had failed.")).isEmpty();
  }

  @Test
  void dailyAsAnAdverbOrBeforeACommonNounIsStillASet() {
    assertThat(tag("Protesters gather daily outside the embassy.")).containsExactly("daily=SET P1D");
    assertThat(tag("The airline plans daily flights to Lima.")).containsExactly("daily=SET P1D");
    assertThat(tag("Dividends are paid quarterly.")).containsExactly("quarterly=SET P1Q");
  }

  @Test
  void aCapitalisedDailyEndingANameIsTheName() {
    assertThat(tag("He told Breitbart News Daily host Alex Marlow that he was surprised.")).isEmpty();
  }

  @Test
  void dayToDayAndYearOnYearAreNoStretches() {
    assertThat(tag("People do not feel it on a day-to-day basis.")).isEmpty();
    assertThat(tag("Sales rose 4% in a year-on-year comparison.")).isEmpty();
  }

  @Test
  void aFigureOverATableColumnIsNoCountOfYears() {
    assertThat(tag("Avg shrs 2,332,397 vs 1,428,000\nYear Shr 1.22 dlrs vs 1.06 dlrs")).isEmpty();
    assertThat(tag("The results include an adjustment for 1986 year and both 1985 periods."))
        .containsExactly("1986=DATE 1986", "1985=DATE 1985");
  }

  @Test
  void aCapitalisedTodayAfterANameIsATitle() {
    assertThat(tag("The interview ran in USA Today.")).isEmpty();
    assertThat(tag("Today the council meets again.")).containsExactly("Today=DATE 2023-12-11");
  }

  @Test
  void thePastDecadeIsTheStretchUpToNowNotTheDecadeBefore() {
    assertThat(tag("Exports have doubled over the past decade."))
        .containsExactly("the past decade=DURATION P10Y");
    assertThat(tag("Such floods were unknown in the past century."))
        .containsExactly("the past century=DURATION P100Y");
    assertThat(tag("The town grew fast in the last decade.")).containsExactly("the last decade=DATE 201");
  }

  @Test
  void orSoBeforeAgoKeepsTheDate() {
    assertThat(tag("The ship left port a week or so ago.")).containsExactly("a week or so ago=DATE 2023-12-04");
  }

  @Test
  void orSoBeforeLaterStillLeadsFromTheNarrativeTime() {
    assertThat(tag("The rebels seized the port on March 3. Two weeks or so later they lost it."))
        .containsExactly("March 3=DATE 2023-03-03", "Two weeks=DURATION P2W =>2023-W11 <-March 3");
  }

  @Test
  void aHolidayAsksForTheParseThatGivesItsTense() {
    TimeTagger tagger = new TimeTagger();
    assertThat(tagger.mayNeedTense(SharedParser.get().parse("Children marched through the town on Halloween.").get(0)))
        .isTrue();
    assertThat(tag("The festival will return on Halloween.")).containsExactly("Halloween=DATE 2024-10-31");
    assertThat(tag("Children marched through the town on Halloween.")).containsExactly("Halloween=DATE 2023-10-31");
  }

  @Test
  void oneDayBeforeAVerbIsSomeDayNotAStretch() {
    assertThat(tag("The town will one day be a city.")).containsExactly("one day=DATE FUTURE_REF");
    assertThat(tag("She hopes she one day flies to Mars.")).containsExactly("one day=DATE FUTURE_REF");
    assertThat(tag("The minister had been in office one day.")).containsExactly("one day=DURATION P1D");
  }

  @Test
  void tradingAndBusinessDaysAreDays() {
    assertThat(tag("Shares fell for eight trading days.")).containsExactly("eight trading days=DURATION P8D");
  }

  @Test
  void aUnitWithLongIsAStretchOfOneUnit() {
    assertThat(tag("They ended their third day-long meeting.")).containsExactly("day-long=DURATION P1D");
  }

  @Test
  void anAdditionalYearIsOneYear() {
    assertThat(tag("The loan may be extended for an additional year.")).containsExactly("an additional year=DURATION P1Y");
  }

  @Test
  void aHyphenatedVagueCountIsAStretch() {
    assertThat(tag("He followed a several-year tenure as editor.")).containsExactly("several-year=DURATION PXY");
  }

  @Test
  void theFirstHoursOfAnEventAreAStretchOfUnknownLength() {
    assertThat(tag("Many prisoners were taken in the first hours of the war."))
        .containsExactly("the first hours=DURATION PTXH");
  }

  @Test
  void anOrdinalDayOfAnEventIsTodayInThePresentAndUnknownOtherwise() {
    assertThat(tag("It is the second day of the offensive.")).containsExactly("the second day=DATE 2023-12-11");
    assertThat(tag("He resigned on the third day of the talks.")).containsExactly("the third day=DATE XXXX-XX-XX");
  }

  @Test
  void anOrdinalDayOfAMonthIsNoDayOfAnEvent() {
    assertThat(tag("Rent is paid on the first day of the month.")).doesNotContain("the first day=DATE XXXX-XX-XX");
  }

  @Test
  void aDecadeWithoutItsCenturyIsReadAfterThe() {
    assertThat(tag("The cars of the 70s and 80s were boxy.")).containsExactly("the 70s=DATE 197", "80s=DATE 198");
    assertThat(tag("She moved there in her 70s.")).isEmpty();
  }

  @Test
  void aBarePluralAfterForOrInIsAStretchOfUnknownLength() {
    assertThat(tag("The index gained 200 points, then lost them in just minutes."))
        .containsExactly("minutes=DURATION PTXM");
    assertThat(tag("Rebels held the bridge for days.")).containsExactly("days=DURATION PXD");
  }

  @Test
  void quartersAreCountedInQuartersAndARunOfDaysIsItsLength() {
    assertThat(tag("Japan shrank for two consecutive quarters.")).containsExactly("two consecutive quarters=DURATION P2Q");
    assertThat(tag("Stocks rose after six straight days of losses.")).containsExactly("six straight days=DURATION P6D");
  }
}
