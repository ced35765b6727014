package org.dyad.engine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.engine.time.Tagging.tag;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {
  @Test
  void sundayInAPastClauseIsThePreviousSunday() {
    assertThat(tag("The rebels attacked the town on Sunday.")).containsExactly("Sunday=DATE 2023-12-10");
  }

  @Test
  void fridayInAPastClauseIsThePreviousFriday() {
    assertThat(tag("The minister said Friday that talks had failed.")).containsExactly("Friday=DATE 2023-12-08");
  }

  @Test
  void weekdayInAFutureClauseIsTheNextOne() {
    assertThat(tag("The leaders will meet on Thursday.")).containsExactly("Thursday=DATE 2023-12-14");
  }

  @Test
  void weekdayWithIsSetForIsTheNextOne() {
    assertThat(tag("The vote is set for Sunday.")).containsExactly("Sunday=DATE 2023-12-17");
  }

  @Test
  void weekdayOfAVerbInTheSimplePresentIsTheNextOne() {
    assertThat(tag("The two leaders meet Thursday in Geneva.")).containsExactly("Thursday=DATE 2023-12-14");
    assertThat(tag("The trial opens on Friday.")).containsExactly("Friday=DATE 2023-12-15");
    assertThat(tag("The report is due Friday.")).containsExactly("Friday=DATE 2023-12-15");
    assertThat(tag("She and the Kenyan president William Ruto meet separately Friday with the envoy."))
        .containsExactly("Friday=DATE 2023-12-15");
  }

  @Test
  void weekdayOpeningTheStoryUnderATitleAndDateLineTakesTheStorysTenseNotTheTitles() {
    assertThat(tag("Airline introduces new route\nDecember 11, 2023\n"
            + "On Wednesday, the airline introduced flights to Lima."))
        .containsExactly("December 11, 2023=DATE 2023-12-11", "Wednesday=DATE 2023-12-06");
  }

  @Test
  void midMayWrittenAsOneWordIsTheMonthNotAModal() {
    assertThat(tag("The minister said he would visit Japan in mid-May.")).containsExactly("mid-May=DATE 2024-05 MID");
  }

  @Test
  void aDateLineOfMayWithADayAndAYearIsTheMonthNotAModal() {
    assertThat(tag("Farmers receive drought aid\nMay 05 , 2006\nThe government gave farmers aid."))
        .containsExactly("May 05 , 2006=DATE 2006-05-05");
  }

  @Test
  void weekdayOfAVerbInTheSimplePastIsTheLastOne() {
    assertThat(tag("The two leaders met Thursday in Geneva.")).containsExactly("Thursday=DATE 2023-12-07");
  }

  @Test
  void aWordTaggedAsAPresentVerbWithoutASubjectSchedulesNothing() {
    assertThat(tag("On Friday reports spoke of continuing clashes in the capital."))
        .containsExactly("Friday=DATE 2023-12-08");
  }

  @Test
  void weekdayModifyingANounUnderAPresentVerbIsNotScheduled() {
    assertThat(tag("The minister says Friday's vote was fair.")).containsExactly("Friday=DATE 2023-12-08");
  }

  @Test
  void weekdayInANounUnderAPresentProgressiveIsNotAheadOfIt() {
    assertThat(tag("The senator is raising questions about Thursday's debate."))
        .containsExactly("Thursday=DATE 2023-12-07");
    assertThat(tag("The senator is meeting the governor on Thursday.")).containsExactly("Thursday=DATE 2023-12-14");
  }

  @Test
  void aQuarterInWhatWasUrgedIsAheadButTheDayOfAnAskingIsNot() {
    assertThat(tag("The ministry has urged producers to cut output in the second quarter.", LocalDate.of(2024, 3, 29)))
        .containsExactly("the second quarter=DATE 2024-Q2");
    assertThat(tag("The minister was asked on Monday about the plan.")).containsExactly("Monday=DATE 2023-12-11");
  }

  @Test
  void nextWeekdayWithItsDateIsOneDate() {
    assertThat(tag("He is due back in Paris next Wednesday, December 13, officials said."))
        .containsExactly("next Wednesday, December 13=DATE 2023-12-13");
  }

  @Test
  void moreOrLessThanADateComparesAndMoreThanACountBackApproximates() {
    assertThat(tag("Exports were $2 billion less than last year.")).containsExactly("last year=DATE 2022");
    assertThat(tag("The ship sank more than a year ago."))
        .containsExactly("more than a year ago=DATE 2022 APPROX");
  }

  @Test
  void aBarePresentParticipleTakesTheTenseOfItsVerb() {
    assertThat(tag("The boy was found floating off the coast in February."))
        .containsExactly("February=DATE 2023-02");
  }

  @Test
  void aDateAfterOfRecordLiesAhead() {
    assertThat(tag("The company declared a dividend payable May 1 to shareholders of record April 10."))
        .containsExactly("May 1=DATE 2024-05-01", "April 10=DATE 2024-04-10");
  }

  @Test
  void aDayNumberBeforeAHyphenatedUnitIsNoDay() {
    assertThat(tag("The coupon on the January 10-year bond stayed unchanged."))
        .containsExactly("January=DATE 2023-01", "10-year=DURATION P10Y");
  }

  @Test
  void pastTenseInMarchResolvesToThePastMarch() {
    assertThat(tag("The factory closed in March.")).containsExactly("March=DATE 2023-03");
  }

  @Test
  void futureTenseInMarchResolvesToTheNextMarch() {
    assertThat(tag("The factory will reopen in March.")).containsExactly("March=DATE 2024-03");
  }

  @Test
  void monthDayAndFullDatesAreDays() {
    assertThat(tag("The talks began on March 17 and ended on 17 March 2023."))
        .containsExactly("March 17=DATE 2023-03-17", "17 March 2023=DATE 2023-03-17");
    assertThat(tag("He arrived on Dec. 11 and left on December 11, 2022, or 2021-05-04."))
        .containsExactly("Dec. 11=DATE 2023-12-11", "December 11, 2022=DATE 2022-12-11", "2021-05-04=DATE 2021-05-04");
  }

  @Test
  void laterThisMonthIsThisMonthWithEnd() {
    assertThat(tag("The council will vote later this month.")).containsExactly("later this month=DATE 2023-12 END");
  }

  @Test
  void earlyAndLateAndMidGiveMods() {
    assertThat(tag("Elections are expected early next year."))
        .containsExactly("early next year=DATE 2024 START");
    assertThat(tag("Prices rose late last year.")).containsExactly("late last year=DATE 2022 END");
    assertThat(tag("The bridge should open by mid-2024.")).containsExactly("mid-2024=DATE 2024 MID");
  }

  @Test
  void asEarlyAsThisYearIsOneTimexForThisYear() {
    assertThat(tag("The plant could be sold as early as this year."))
        .containsExactly("as early as this year=DATE 2023");
  }

  @Test
  void deicticDaysResolveAroundTheAnchor() {
    assertThat(tag("Yesterday was calm, today is tense and tomorrow will be worse."))
        .containsExactly("Yesterday=DATE 2023-12-10", "today=DATE 2023-12-11", "tomorrow=DATE 2023-12-12");
    assertThat(tag("The president will speak tonight.")).containsExactly("tonight=TIME 2023-12-11TNI");
  }

  @Test
  void relativeWeeksMonthsAndYears() {
    assertThat(tag("Troops arrived last week and more came last month."))
        .containsExactly("last week=DATE 2023-W49", "last month=DATE 2023-11");
    assertThat(tag("The summit is this week, and a treaty will follow next year."))
        .containsExactly("this week=DATE 2023-W50", "next year=DATE 2024");
    assertThat(tag("They will meet next Tuesday.")).containsExactly("next Tuesday=DATE 2023-12-19");
  }

  @Test
  void agoAndInCountFromTheAnchor() {
    assertThat(tag("The ship sank two days ago.")).containsExactly("two days ago=DATE 2023-12-09");
    assertThat(tag("The storm hit the coast a week ago.")).containsExactly("a week ago=DATE 2023-12-04");
    assertThat(tag("The promises, made over six weeks ago in Paris, were broken."))
        .containsExactly("over six weeks ago=DATE 2023-10-30 APPROX");
    assertThat(tag("The talks resume two weeks from now.")).containsExactly("two weeks from now=DATE 2023-12-25");
    assertThat(tag("The ship will sail in three weeks.")).containsExactly("three weeks=DATE 2024-W01");
  }

  @Test
  void decadesAndCenturies() {
    assertThat(tag("The city grew in the 1990s but shrank in the 20th century."))
        .containsExactly("the 1990s=DATE 199", "the 20th century=DATE 19");
  }

  @Test
  void durationsWithKnownAndUnknownCounts() {
    assertThat(tag("The war lasted 12 years, a decade longer than the truce."))
        .containsExactly("12 years=DURATION P12Y", "a decade=DURATION P10Y");
    assertThat(tag("The feud has gone on for decades and the strike for several months."))
        .containsExactly("decades=DURATION PXY", "several months=DURATION PXM");
    assertThat(tag("The talks lasted more than four hours.")).containsExactly("more than four hours=DURATION PT4H MORE_THAN");
  }

  @Test
  void vagueReferencesArePastPresentOrFuture() {
    assertThat(tag("Violence has risen in recent years, and now the army is recently deployed."))
        .containsExactly("recent years=DURATION PXY", "now=DATE PRESENT_REF", "recently=DATE PAST_REF");
    assertThat(tag("Such raids were common in the past.")).containsExactly("the past=DATE PAST_REF");
  }

  @Test
  void recurringExpressionsAreSets() {
    assertThat(tag("The fair is held every year, and the club plays each season."))
        .containsExactly("every year=SET P1Y", "each season=SET P1Y");
    assertThat(tag("The magazine appears weekly and the report annually."))
        .containsExactly("weekly=SET P1W", "annually=SET P1Y");
    assertThat(tag("The council meets every Tuesday.")).containsExactly("every Tuesday=SET XXXX-WXX-2");
  }

  @Test
  void quartersAndFiscalYears() {
    assertThat(tag("Profit fell in the first quarter of 2013.")).containsExactly("the first quarter of 2013=DATE 2013-Q1");
    assertThat(tag("Profit rose in the third quarter.")).containsExactly("the third quarter=DATE 2023-Q3");
    assertThat(tag("Sales grew in fiscal 2022.")).containsExactly("fiscal 2022=DATE 2022");
  }

  @Test
  void seasonsAndTimesOfDay() {
    assertThat(tag("The offensive began last summer.")).containsExactly("last summer=DATE 2023-SU");
    assertThat(tag("The rally ended at 3 p.m.")).containsExactly("3 p.m.=TIME 2023-12-11T15:00");
    assertThat(tag("Rockets hit the city on Sunday morning.")).containsExactly("Sunday morning=TIME 2023-12-10TMO");
  }

  @Test
  void theSameStageLastYearIsLastYear() {
    assertThat(tag("Output was higher than at the same stage last year."))
        .containsExactly("the same stage last year=DATE 2022");
  }

  @Test
  void aYearEarlierInAnEarningsReportIsTheNamedQuarterAYearBack() {
    assertThat(tag("Net income rose in the third quarter, from $5 million a year earlier."))
        .containsExactly("the third quarter=DATE 2023-Q3", "a year earlier=DATE 2022-Q3 <-the third quarter");
  }

  @Test
  void untilPointsForward() {
    assertThat(tag("The offer was extended until Feb. 2.")).containsExactly("Feb. 2=DATE 2024-02-02");
  }

  @Test
  void namedDaysInHistoryAreNotThisWeeksDays() {
    assertThat(tag("Stocks recalled Black Monday.")).isEmpty();
  }

  @Test
  void mayAsAModalAndMarchAsANounAreNoDates() {
    assertThat(tag("The union may strike, and a march was held.")).isEmpty();
    assertThat(tag("Thousands joined the March to the capital.")).isEmpty();
  }

  @Test
  void newspaperNamesAreNoDates() {
    assertThat(tag("The Sunday Times reported the deal.")).isEmpty();
  }

  @Test
  void largeCountsAreNoYears() {
    assertThat(tag("The agency handed out 155,221 bags and sent 1,000 troops.")).isEmpty();
    assertThat(tag("The army sent 2000 troops.")).isEmpty();
  }

  @Test
  void noBreakSpacesCountAsSpaces() {
    assertThat(tag("Yoon made a trip to Tokyo in\u00a0March.")).containsExactly("March=DATE 2023-03");
  }

  @Test
  void plainYearsInContextAreYears() {
    assertThat(tag("The treaty was signed in 1998.")).containsExactly("1998=DATE 1998");
  }

  @Test
  void halfUnitsAreSpelledInTheSmallerUnit() {
    assertThat(tag("The siege lasted 2 1/2 years.")).containsExactly("2 1/2 years=DURATION P2Y6M");
    assertThat(tag("The vote took a minute and a half.")).containsExactly("a minute and a half=DURATION PT1M30S");
  }

  @Test
  void middayAndAClockTimeInTheMorningAreTimes() {
    assertThat(tag("Shares fell at midday.")).containsExactly("midday=TIME 2023-12-11T12:00");
    assertThat(tag("The plane left at 4 in the morning.")).containsExactly("4 in the morning=TIME 2023-12-11T04:00");
  }

  @Test
  void theSecondDayOfACoordinationIsADate() {
    assertThat(tag("The summit will be held on April 24 and 25.")).containsExactly(
        "April 24=DATE 2024-04-24", "25=DATE 2024-04-25");
  }

  @Test
  void stretchesOfUnknownLength() {
    assertThat(tag("Prices have risen over the years.")).containsExactly("the years=DURATION PXY");
    assertThat(tag("Investors will sell in the weeks ahead.")).containsExactly("the weeks ahead=DURATION PXW");
    assertThat(tag("They will have to live without power for a while.")).containsExactly("a while=DURATION PXX");
    assertThat(tag("Profit may double over the next couple of years."))
        .containsExactly("the next couple of years=DURATION P2Y");
  }

  @Test
  void aQuotedCapitalisedTitleIsNoTime() {
    assertThat(tag("Baker spoke on ABC's \"This Week\" and on CBS's \"60 Minutes\" program.")).isEmpty();
  }

  @Test
  void aWordThatPointsAheadSetsTheDirectionEvenInASimplePastClause() {
    assertThat(tag("The board declared a dividend, payable Feb. 1.")).containsExactly("Feb. 1=DATE 2024-02-01");
    assertThat(tag("Officials postponed until Tuesday any action on the case."))
        .containsExactly("Tuesday=DATE 2023-12-12");
  }

  @Test
  void aPastPerfectKeepsTheDateBehindWhateverPointsAhead() {
    assertThat(tag("Ten members had filed their reports by Wednesday.")).containsExactly("Wednesday=DATE 2023-12-06");
    assertThat(tag("The offer had been scheduled to expire Friday.")).containsExactly("Friday=DATE 2023-12-08");
  }

  @Test
  void isToAndAPlannedEventLookAhead() {
    assertThat(tag("The stock is to resume trading in Paris Tuesday.")).containsExactly("Tuesday=DATE 2023-12-12");
    assertThat(tag("Protesters planned a large rally on Saturday.")).containsExactly("Saturday=DATE 2023-12-16");
  }

  @Test
  void aMonthOrSeasonWithASpokenYearIsOneDate() {
    assertThat(tag("January nineteen ninety-seven. Atlanta again.")).containsExactly("January nineteen ninety-seven=DATE 1997-01");
    assertThat(tag("Oil fell to that level in the winter of nineteen ninety-four."))
        .containsExactly("the winter of nineteen ninety-four=DATE 1994-WI");
  }

  @Test
  void afterTheNineMonthsAYearEarlierIsTheYearBefore() {
    assertThat(tag("Profit rose in the third quarter from a year earlier. For the nine months, sales fell from a "
        + "year earlier.")).containsExactly("the third quarter=DATE 2023-Q3", "a year earlier=DATE 2022-Q3 <-the third quarter",
            "the nine months=DURATION P9M", "a year earlier=DATE 2022");
  }

  @Test
  void theLastHalfOfAYearIsItsSecondHalfButTheLastQuarterAloneIsNoFourthQuarter() {
    assertThat(tag("Earnings will be lower for the last half of 1989.")).containsExactly("the last half of 1989=DATE 1989-H2");
    assertThat(tag("Sales rose in the fourth quarter of 2022.")).containsExactly("the fourth quarter of 2022=DATE 2022-Q4");
  }

  @Test
  void highNoonIsNoTimeOfDay() {
    assertThat(tag("For the people of Poland, high noon comes today.")).containsExactly("today=DATE 2023-12-11");
  }

  @Test
  void theWeekOfADateIsThatWeek() {
    assertThat(tag("The case may be resolved in a hearing the week of March 6, 2024."))
        .containsExactly("the week of March 6, 2024=DATE 2024-W10");
  }

  @Test
  void theYearEarlierNineMonthsAreOneStretch() {
    assertThat(tag("Net for the year-earlier nine months included a gain."))
        .containsExactly("the year-earlier nine months=DURATION P9M");
  }
}
