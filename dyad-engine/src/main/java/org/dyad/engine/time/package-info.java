/**
 * Time expressions: finding them in news text and normalising them to TIMEX3 values.
 *
 * <p>{@link org.dyad.engine.time.TimeTagger} is the entry point. The rules, one compiled pattern per family
 * with its normaliser, live by job: {@code DateRules} (calendar dates, bare months and weekdays, deictic days,
 * holidays, clock times), {@code PeriodRules} ("last week", quarters, seasons, years, decades and centuries,
 * earnings periods), {@code SpanRules} ("two days ago", durations, sets, PAST/PRESENT/FUTURE_REF) and
 * {@code AnchoredRules} ("the next day", "two days later", "the following month", "that year", "the day
 * before"); {@code Grammar} holds what they share. {@code Anchors} then gives the expressions
 * that count from another time of the text their value and their anchor (TimeML's anchorTimeID): the
 * nearest earlier date of the narrative, a date named in their object ("two days after Oct. 12"), or in
 * earnings copy the quarter last named; where none is safe they stay unresolved ({@code XXXX-XX-XX}), never
 * the document date. The word lists (months, number words, context words, holidays, modifiers and their
 * TIMEX3 mods) are data, {@code words.tsv}, read by {@code Words}; calendar arithmetic and TIMEX3 spelling in
 * {@code Calendar}; the clause tense that resolves underspecified dates in {@code Tense}.
 *
 * <p>The conventions, each with its source in the TimeML guidelines and its effect on the corpora, are in
 * {@code docs/time.md}. Conventions chosen where TimeML leaves room: "later this month" is the month with mod {@code END} and
 * "earlier this year" the year with {@code START} (as TimeBank annotates them); "as early as this year" is
 * one timex, value {@code 2023}, no mod; decades are {@code 199} and centuries {@code 19}; "a decade" is
 * {@code P10Y}, an unknown number of decades {@code PXY}, as decades are counted in years; "recent years" is the duration {@code PXY}; "each
 * season" is the set {@code P1Y} (a season of a sport or a harvest comes once a year); "fiscal 1989" is
 * {@code 1989}; quarters are {@code 2013-Q1}, a quarter later in the year than the anchor's is last year's
 * unless the clause is future; "Sunday morning" is a TIME ({@code 2023-12-10TMO}); "last March" is the most
 * recent past March; "next Tuesday" is the Tuesday of next week; clock times are {@code T15:00}, on the day
 * the text is at; half units are spelled in the smaller unit ({@code P2Y6M}). In earnings copy, "a year
 * earlier" and "the year-ago period" take the quarter last named (within 1,500 characters) a year back
 * ({@code 2022-Q3}). "Two days after X", "a day later" are, as TimeML annotates them, the durations "two
 * days" ({@code P2D}) and "a day", "after" and "later" being signals; the date each leads to, counted from X or
 * from the narrative's time, is the timex's {@code pointsTo} (what TimeML keeps on an empty TIMEX3 named by
 * the duration's beginPoint or endPoint), and is what dates an event. "The past decade" is the stretch
 * {@code P10Y}, "the last decade" the decade before ({@code 201}); "one day" between a subject or an auxiliary
 * and its verb ("will one day be") is {@code FUTURE_REF}; a "daily" or "weekly" that names a paper ("the
 * party daily Pravda") and a capitalised "Today" after a name ("USA Today") are no timexes. "The day before
 * X" is "the day", a date; "the day before" ending its clause is whole. Anaphoric "then", "at the time" and
 * "later in the day" are no timexes: TimeML corpora leave them unannotated (TBAQ marks 1 "since/until then"
 * of 4, 1 "at the time" of 3, no "later in the day"). A weekday on a verb in the simple present is the next one
 * ("they meet Monday"). "The second day of the offensive" is a date: the document's in the present, else
 * {@code XXXX-XX-XX}; "the first hours of the war" is {@code PTXH}; "eight trading days" {@code P8D}.
 *
 * <p>Measured (TempEval-3, train side TBAQ, tuned on): value F1 82.2, strict span F1 88.5; on the platinum test
 * set value F1 79.1, strict 82.8 (HeidelTime published 77.6, SUTime 67.4). Most of what remains on TBAQ is
 * where its annotators disagree with each other: vague references ("now", "recent"), durations and sets,
 * "last week" written {@code 1989-WXX}, parts of days written as days, earnings comparisons given the year,
 * the quarter or the day.
 *
 * <p>Hints, tips and traps: patterns are compiled once, in static finals; handlers must not call {@code
 * String.matches} or {@code replaceAll} (each compiles a pattern per call). A weekday whose clause is in the
 * past resolves to the anchor day itself when the weekdays agree (news reports on the day: "said Monday").
 */
@NullMarked
package org.dyad.engine.time;

import org.jspecify.annotations.NullMarked;
