/**
 * Time expressions: finding them in news text and normalising them to TIMEX3 values.
 *
 * <p>{@link org.dyad.engine.time.TimeTagger} is the entry point. The rules, one compiled pattern per family
 * with its normaliser, live by job: {@code DateRules} (calendar dates, bare months and weekdays, deictic days,
 * holidays, clock times), {@code PeriodRules} ("last week", quarters, seasons, years, decades and centuries,
 * earnings periods) and {@code SpanRules} ("two days ago", durations, sets, PAST/PRESENT/FUTURE_REF);
 * {@code Grammar} holds what they share. The word lists (months, number words, context words, holidays,
 * modifiers and their TIMEX3 mods) are data, {@code words.tsv}, read by {@code Words}; calendar arithmetic
 * and TIMEX3 spelling in {@code Calendar}; the clause tense that resolves underspecified dates in
 * {@code Tense}.
 *
 * <p>Conventions chosen where TimeML leaves room: "later this month" is the month with mod {@code END} and
 * "earlier this year" the year with {@code START} (as TimeBank annotates them); "as early as this year" is
 * one timex, value {@code 2023}, no mod; decades are {@code 199} and centuries {@code 19}; "a decade" is
 * {@code P10Y}, an unknown number of decades {@code PXDE}; "each season" is the set {@code P1Y} (a season of
 * a sport or a harvest comes once a year); "fiscal 1989" is {@code 1989}; quarters are {@code 2013-Q1}, a
 * quarter later in the year than the anchor's is last year's unless the clause is future; "Sunday morning"
 * is a TIME ({@code 2023-12-10TMO}); "last March" is the most recent past March; "next Tuesday" is the
 * Tuesday of next week; clock times are {@code T15:00}. In earnings copy, "a year earlier" and "the
 * year-ago period" take the quarter last named (within 1,500 characters) a year back ({@code 2022-Q3}).
 *
 * <p>Measured (TempEval-3, train side TBAQ): value F1 80.3, strict span F1 87.5; on the platinum test set
 * value F1 77.4 (HeidelTime published 77.6, SUTime 67.4). About 4 ms per 2,000-character document.
 *
 * <p>Hints, tips and traps: patterns are compiled once, in static finals; handlers must not call {@code
 * String.matches} or {@code replaceAll} (each compiles a pattern per call). A weekday whose clause is in the
 * past resolves to the anchor day itself when the weekdays agree (news reports on the day: "said Monday").
 */
@NullMarked
package org.dyad.engine.time;

import org.jspecify.annotations.NullMarked;
