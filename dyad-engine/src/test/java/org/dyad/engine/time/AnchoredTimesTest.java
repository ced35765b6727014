package org.dyad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.time.Tagging.tag;

import org.junit.jupiter.api.Test;

/** Expressions that count from another time of the text, and weekdays opening a sentence in every layout. */
class AnchoredTimesTest {
  @Test
  void theNextDayIsTheDayAfterTheDateBeforeIt() {
    assertThat(tag("Talks collapsed on March 5. The next day, France recalled its ambassador."))
        .containsExactly("March 5=DATE 2023-03-05", "The next day=DATE 2023-03-06 <-March 5");
  }

  @Test
  void theNextMorningIsATimeOfTheDayAfter() {
    assertThat(tag("The ceasefire was agreed on 3 December. The next morning, shelling resumed."))
        .containsExactly("3 December=DATE 2023-12-03", "The next morning=TIME 2023-12-04TMO <-3 December");
  }

  @Test
  void twoDaysLaterIsADurationLeadingToTheDayTwoDaysAfterTheWeekdayBeforeIt() {
    assertThat(tag("The army entered the town on Tuesday. Two days later, rebels shelled it."))
        .containsExactly("Tuesday=DATE 2023-12-05", "Two days=DURATION P2D =>2023-12-07 <-Tuesday");
  }

  @Test
  void threeWeeksEarlierLeadsBackFromTheDateBeforeIt() {
    assertThat(tag("The vote was held on June 10, 2020. Three weeks earlier, the opposition had walked out."))
        .containsExactly("June 10, 2020=DATE 2020-06-10", "Three weeks=DURATION P3W =>2020-W21 <-June 10, 2020");
  }

  @Test
  void nearlyTwoMonthsAfterSetOffAfterADateLeadsToThatDate() {
    assertThat(tag("Inspectors returned on March 6, nearly two months after they were blocked."))
        .containsExactly("March 6=DATE 2023-03-06", "nearly two months=DURATION P2M APPROX =>2023-03-06 <-March 6");
    assertThat(tag("Inspectors returned nearly two months after they were blocked."))
        .containsExactly("nearly two months=DURATION P2M APPROX =>XXXX-XX");
  }

  @Test
  void theFollowingWeekAndMonthCountFromTheTimeBeforeThem() {
    assertThat(tag("The treaty was signed in May 2019. The following month, Japan withdrew."))
        .containsExactly("May 2019=DATE 2019-05", "The following month=DATE 2019-06 <-May 2019");
    assertThat(tag("Fighting stopped on 3 December, and the following week talks restarted."))
        .containsExactly("3 December=DATE 2023-12-03", "the following week=DATE 2023-W49 <-3 December");
  }

  @Test
  void thePreviousYearAndTheYearBeforeCountBack() {
    assertThat(tag("Exports rose in 1987, after falling the previous year."))
        .containsExactly("1987=DATE 1987", "the previous year=DATE 1986 <-1987");
    assertThat(tag("Rebels attacked on Friday. The day before, the army had withdrawn."))
        .containsExactly("Friday=DATE 2023-12-08", "The day before=DATE 2023-12-07 <-Friday");
  }

  @Test
  void theYearPreviousAndTheMonthPriorCountBackLikeTheYearBefore() {
    assertThat(tag("Costs fell to $118 billion in 2009, down from $137 billion the year previous."))
        .containsExactly("2009=DATE 2009", "the year previous=DATE 2008 <-2009");
    assertThat(tag("Prices rose in March, after falling the month prior."))
        .containsExactly("March=DATE 2023-03", "the month prior=DATE 2023-02 <-March");
  }

  @Test
  void thePreviousWeekdayIsTheOneBeforeTheDayTheTextIsAt() {
    assertThat(tag("Shares fell on Friday, 4% below the previous Friday."))
        .containsExactly("Friday=DATE 2023-12-08", "the previous Friday=DATE 2023-12-01 <-Friday");
  }

  @Test
  void twoDaysAfterADateLeadsToTheDayTwoDaysAfterIt() {
    assertThat(tag("Two days after March 5, France recalled its ambassador."))
        .containsExactly("Two days=DURATION P2D =>2023-03-07 <-March 5", "March 5=DATE 2023-03-05");
  }

  @Test
  void aDayAfterAnUndatedEventLeadsToAnUnknownDayRatherThanTheArticleDate() {
    assertThat(tag("A day after the summit, France recalled its ambassador."))
        .containsExactly("A day=DURATION P1D =>XXXX-XX-XX");
  }

  @Test
  void theDayBeforeAnEventIsTheDayAndTheDayBeforeEndingItsClauseIsWhole() {
    assertThat(tag("Rebels attacked on Friday. The day before the attack, the army left."))
        .containsExactly("Friday=DATE 2023-12-08", "The day=DATE XXXX-XX-XX");
  }

  @Test
  void aWordThatMeasuresTimeKeepsTheCountADuration() {
    assertThat(tag("The talks went on for two days after the summit.")).containsExactly("two days=DURATION P2D");
  }

  @Test
  void aDateSetOffAfterAnotherRestatesIt() {
    assertThat(tag("He was last seen on Nov. 3, the day before the police issued a warrant."))
        .containsExactly("Nov. 3=DATE 2023-11-03", "the day=DATE 2023-11-03 <-Nov. 3");
  }

  @Test
  void thenAndAtTheTimeAreNoTimexesAsTimeMLAnnotatesThem() {
    assertThat(tag("He was elected in 2015. Since then, he has visited Paris twice.")).containsExactly("2015=DATE 2015");
    assertThat(tag("The law passed in 1998. At the time, few noticed.")).containsExactly("1998=DATE 1998");
    assertThat(tag("She arrived on Monday and met the president later in the day."))
        .containsExactly("Monday=DATE 2023-12-11");
  }

  @Test
  void thatDayAndLaterThatYearAreTheUnitOfTheTimeBeforeThem() {
    assertThat(tag("She arrived on Monday, and later that day she met the president."))
        .containsExactly("Monday=DATE 2023-12-11", "later that day=DATE 2023-12-11 END <-Monday");
    assertThat(tag("He fled to Florida in June 1998 and returned to Cuba later that year."))
        .containsExactly("June 1998=DATE 1998-06", "later that year=DATE 1998 END <-June 1998");
  }

  @Test
  void thatSameDayInACoarserTimeKeepsWhatThatTimeKnows() {
    assertThat(tag("The doctor was shot last October, and his name was crossed out that same day."))
        .containsExactly("last October=DATE 2023-10", "that same day=DATE 2023-10-XX <-last October");
  }

  @Test
  void theFollowingDecadeCountsFromTheYearBeforeIt() {
    assertThat(tag("The dam was built in 1958 and the town grew in the following decade."))
        .containsExactly("1958=DATE 1958", "the following decade=DATE 196 <-1958");
  }

  @Test
  void withoutAnEarlierTimeTheNextDayIsUnresolvedNotTheArticleDate() {
    assertThat(tag("France recalled its ambassador. The next day, Italy expelled the French envoy."))
        .containsExactly("The next day=DATE XXXX-XX-XX");
  }

  @Test
  void aYearIsTooCoarseToCountADayFrom() {
    assertThat(tag("Iran seized a tanker in 2019. The next day, Britain protested."))
        .containsExactly("2019=DATE 2019", "The next day=DATE XXXX-XX-XX");
  }

  @Test
  void aTimeNamedFarBackIsNoSafeAnchor() {
    String filler = " The ministers spoke at length about trade, borders and the many other questions between them.";
    assertThat(tag("Talks began on March 5." + filler.repeat(12) + " The next day, France left."))
        .containsExactly("March 5=DATE 2023-03-05", "The next day=DATE XXXX-XX-XX");
  }

  @Test
  void aRelativeTimeCountsFromAnotherOneThatWasResolved() {
    assertThat(tag("The ceasefire was agreed on 3 December. The next morning, shelling resumed, and the "
        + "following week talks restarted.")).containsExactly("3 December=DATE 2023-12-03",
            "The next morning=TIME 2023-12-04TMO <-3 December", "the following week=DATE 2023-W50 <-The next morning");
  }

  @Test
  void nextWeekStillCountsFromTheArticleDate() {
    assertThat(tag("The talks ended on March 5. The envoys will meet again next week."))
        .containsExactly("March 5=DATE 2023-03-05", "next week=DATE 2023-W51");
  }

  @Test
  void theQuarterAndAYearEarlierTakeTheQuarterNamedBefore() {
    assertThat(tag("Sales rose in the third quarter. Profit in the quarter fell from a year earlier."))
        .containsExactly("the third quarter=DATE 2023-Q3", "the quarter=DATE 2023-Q3 <-the third quarter",
            "a year earlier=DATE 2022-Q3 <-the third quarter");
  }

  @Test
  void theFullYearIsTheYearOfTheQuarterNamedBefore() {
    assertThat(tag("The carmaker lost $4.8 billion in the fourth quarter of 2022 and $8.6 billion for the entire year."))
        .containsExactly("the fourth quarter of 2022=DATE 2022-Q4",
            "the entire year=DATE 2022 <-the fourth quarter of 2022");
    assertThat(tag("The carmaker expects a loss for the full year.")).containsExactly("the full year=DATE 2023");
  }

  @Test
  void aClockTimeIsOnTheDayTheTextIsAt() {
    assertThat(tag("The envoy arrived on Tuesday. At 3 p.m. he met the president."))
        .containsExactly("Tuesday=DATE 2023-12-05", "3 p.m.=TIME 2023-12-05T15:00 <-Tuesday");
  }

  @Test
  void aWeekdayOpeningASentenceIsADayInEveryLayout() {
    assertThat(tag("On Wednesday, France recalled its ambassador.")).containsExactly("Wednesday=DATE 2023-12-06");
    assertThat(tag("On Wednesday France recalled its ambassador.")).containsExactly("Wednesday=DATE 2023-12-06");
    assertThat(tag("Wednesday, France recalled its ambassador.")).containsExactly("Wednesday=DATE 2023-12-06");
    assertThat(tag("Talks failed.\nOn Wednesday, France recalled its ambassador."))
        .containsExactly("Wednesday=DATE 2023-12-06");
    assertThat(tag("PARIS, Dec 11 (Reuters) - On Wednesday, France recalled its ambassador."))
        .containsExactly("Dec 11=DATE 2023-12-11", "Wednesday=DATE 2023-12-06");
    assertThat(tag("“On Wednesday, we recalled the ambassador,” Macron said."))
        .containsExactly("Wednesday=DATE 2023-12-06");
    assertThat(tag("ON WEDNESDAY, France recalled its ambassador.")).containsExactly("WEDNESDAY=DATE 2023-12-06");
    assertThat(tag("On Wednesday 6 December, France recalled its ambassador."))
        .containsExactly("Wednesday 6 December=DATE 2023-12-06");
  }

  @Test
  void aWeekdayBeforeANameWithoutAPrepositionIsStillAName() {
    assertThat(tag("He wrote for the Sunday Times.")).isEmpty();
  }

  @Test
  void endingTheDayIsTheDayTheMarketReportIsAt() {
    assertThat(tag("Shares rose on Friday. The index gained 2%, ending the day at 8,017."))
        .containsExactly("Friday=DATE 2023-12-08", "the day=DATE 2023-12-08 <-Friday");
    assertThat(tag("Shares rose on Friday after jobs fell in March, the index ending the day up."))
        .containsExactly("Friday=DATE 2023-12-08", "March=DATE 2023-03", "the day=DATE 2023-12-08 <-Friday");
  }

  @Test
  void theDayAfterASinceLooksPastThePointTheComparisonReachesBackTo() {
    assertThat(tag("On Monday the index fell to its lowest since 1983. For the day, it lost 6%."))
        .containsExactly("Monday=DATE 2023-12-11", "1983=DATE 1983", "the day=DATE 2023-12-11 <-Monday");
  }

  @Test
  void aClockTimeInUtcIsOnTheDayNamedAfterItElseOnTheDayTheTextIsAt() {
    assertThat(tag("At 16:15 UTC, June 1st, the chief executive spoke."))
        .containsExactly("16:15 UTC=TIME 2023-06-01T16:15Z", "June 1st=DATE 2023-06-01");
    assertThat(tag("The jet first flew on Tuesday, taking off at 18:00 UTC."))
        .containsExactly("Tuesday=DATE 2023-12-05", "18:00 UTC=TIME 2023-12-05T18:00Z <-Tuesday");
  }
}
