package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in real headless Chromium: the example article with Yoon's quote, the Japan–South Korea timeline,
 * and an article holding a script that must not run. Screenshots go to {@code target/screenshots}. Skipped,
 * saying why, where Chromium is not installed ({@code .ci/chromium.sh} installs it).
 */
class BrowserTest {
  @TempDir static Path dir;
  static Server server;
  static Chromium chromium;
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(20);

  @BeforeAll
  static void start() throws Exception {
    chromium = Chromium.startIn(dir, "browser tests");
    if (chromium == null) {
      return;
    }
    server = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2),
        TestStore.build(dir), TestStore.engine()::extract);
  }

  /** Each test, not the class, is skipped without Chromium, so the report counts them as skipped, with why. */
  @BeforeEach
  void needsChromium() {
    Chromium.assumeInstalled(chromium);
  }

  @AfterAll
  static void stop() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String url(String hash) {
    return "http://127.0.0.1:" + server.port() + "/" + hash;
  }

  @Test
  void theArticleViewHighlightsYoonsQuoteWithItsSpeakerAndAClickShowsWhoSaidIt() throws Exception {
    chromium.open(url("#/doc/seed-article"));
    assertThat(chromium.waitFor("document.querySelectorAll('.seg.quote').length > 0", WAIT)).isTrue();
    assertThat(chromium.eval("[...document.querySelectorAll('.seg.speaker')].map(e => e.textContent).join('|')")
        .asText()).contains("Yoon");
    String pick = "[...document.querySelectorAll('.seg.quote')].find(e => (e.dataset.speaker || '').includes('Yoon Suk Yeol'))";
    assertThat(chromium.eval("!!" + pick).asBoolean()).as("a quote of Yoon is highlighted").isTrue();
    chromium.eval(pick + ".click()");
    assertThat(chromium.waitFor("document.querySelector('#details .quote-fact')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('#details').textContent").asText())
        .contains("speaker").contains("Yoon Suk Yeol");
    assertThat(chromium.eval("document.querySelectorAll('.seg.event').length").asInt()).isPositive();
    chromium.screenshot(SHOTS.resolve("serve-article.png"));
  }

  @Test
  void theTimelineAxisHasEveryMonthFromTheFirstToTheLastTheEmptyOnesAtZero() throws Exception {
    chromium.open(url("#/dyad/JPN/KOR?by=month"));
    assertThat(chromium.waitFor("document.querySelectorAll('#chart g.period').length > 0", WAIT)).isTrue();
    JsonNode periods = chromium.eval("[...document.querySelectorAll('#chart g.period')].map(g => g.dataset.period)");
    JsonNode counts = chromium.eval("[...document.querySelectorAll('#chart g.period')].map(g => Number(g.dataset.events))");
    for (int i = 1; i < periods.size(); i++) {
      assertThat(LocalDate.parse(periods.get(i).asText()))
          .isEqualTo(LocalDate.parse(periods.get(i - 1).asText()).plusMonths(1));
    }
    assertThat(counts.get(0).asInt()).as("the first month has an event").isPositive();
    assertThat(counts.get(counts.size() - 1).asInt()).as("so has the last").isPositive();
    assertThat(java.util.stream.StreamSupport.stream(counts.spliterator(), false).filter(c -> c.asInt() == 0).count())
        .as("the months between a visit in March and the autumn dispute, drawn as such").isPositive();
    chromium.screenshot(SHOTS.resolve("serve-timeline.png"));
  }

  @Test
  void byWeekAnEventDatedOnlyToAMonthIsABandOverTheMonthNotABarOnItsFirstDay() throws Exception {
    chromium.open(url("#/dyad/JPN/KOR?by=week&to=2023-12-31"));
    assertThat(chromium.waitFor("document.querySelector('#chart rect.vague')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('#chart rect.vague title').textContent").asText())
        .isEqualTo("1 event(s) dated only to 2023-03");
    assertThat(chromium.eval("document.querySelectorAll('#chart g.period[data-period=\"2023-02-27\"] rect.bar').length")
        .asInt()).isZero();
    chromium.screenshot(SHOTS.resolve("serve-timeline-weeks.png"));
  }

  @Test
  void aSecondDyadIsDrawnOnTheSameAxisToCompare() throws Exception {
    chromium.open(url("#/dyad/JPN/KOR?by=month&compare=KOR/USA"));
    assertThat(chromium.waitFor("document.querySelector('#chart polyline.compare')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('#chart polyline.compare title').textContent").asText())
        .isEqualTo("KOR–USA: events per month");
    assertThat(chromium.eval("document.querySelector('#chart polyline.compare').getAttribute('points').split(' ').length"
        + " === document.querySelectorAll('#chart g.period').length").asBoolean()).as("a point for every period").isTrue();
  }

  @Test
  void theApiIsBrowsableInSwaggerUi() throws Exception {
    chromium.open(url("api/docs"));
    assertThat(chromium.waitFor("document.querySelectorAll('.opblock').length > 10", WAIT)).isTrue();
    assertThat(chromium.eval("document.body.textContent").asText()).contains("/api/dyads/{a}/{b}/timeline");
    chromium.screenshot(SHOTS.resolve("serve-api-docs.png"));
  }

  @Test
  void aPeriodThenAnEventLandsOnTheArticleWithTheEvidenceSelectedAndInView() throws Exception {
    chromium.open(url("#/dyad/JPN/KOR?by=month&from=2023-09-01&to=2023-12-31"));
    assertThat(chromium.waitFor("document.querySelectorAll('#chart rect.bar').length > 0", WAIT)).isTrue();
    chromium.eval("document.querySelector('#chart g.period[data-period=\"2023-12-01\"]')"
        + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
    assertThat(chromium.waitFor("document.querySelector('#point-events table a')", WAIT)).isTrue();
    assertThat(chromium.eval("location.hash").asText()).contains("period=2023-12-01");
    chromium.screenshot(SHOTS.resolve("serve-dyad.png"));
    String evidence = chromium.eval("document.querySelector('#point-events table a').textContent").asText();
    chromium.eval("document.querySelector('#point-events table a').click()");
    assertThat(chromium.waitFor("document.querySelector('#article-text .seg.selected')", WAIT)).isTrue();
    assertThat(chromium.eval("location.hash").asText()).startsWith("#/doc/seed-article?event=V");
    assertThat(chromium.eval("[...document.querySelectorAll('#article-text .seg.selected')].map(s => s.textContent)"
        + ".join('')").asText()).isEqualTo(evidence);
    assertThat(chromium.eval("(r => r.top >= 0 && r.bottom <= innerHeight)("
        + "document.querySelector('#article-text .seg.selected').getBoundingClientRect())").asBoolean())
        .as("the evidence is scrolled into view").isTrue();
    assertThat(chromium.eval("document.querySelector('#details .event-fact')").isNull()).isFalse();
    chromium.screenshot(SHOTS.resolve("serve-evidence.png"));
  }

  @Test
  void aSharedUrlReopensTheSameView() throws Exception {
    String shared = "#/dyad/JPN/KOR?by=week&from=2023-10-01&to=2023-12-31&period=2023-10-02";
    chromium.open(url(shared));
    assertThat(chromium.waitFor("document.querySelector('#point-events table')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('#point-events h2').textContent").asText())
        .contains("2023-10-02 to 2023-10-08");
    assertThat(chromium.eval("document.querySelector('input[name=from]').value").asText()).isEqualTo("2023-10-01");
    assertThat(chromium.eval("document.querySelector('#chart g.period').dataset.period").asText())
        .as("the axis starts where the range does").isEqualTo("2023-09-25");
    chromium.open(url("#/doc/seed-article?quote=1"));
    assertThat(chromium.waitFor("document.querySelector('#article-text .seg.selected.quote')", WAIT)).isTrue();
    String quote = chromium.eval("document.querySelector('#details .quote-fact').textContent").asText();
    chromium.open("about:blank");
    chromium.open(url("#/doc/seed-article?quote=1"));
    assertThat(chromium.waitFor("document.querySelector('#details .quote-fact')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('#details .quote-fact').textContent").asText()).isEqualTo(quote);
  }

  @Test
  void aClickInTheSideListSelectsTheEventInTheTextAndHardWrappedLinesAreJoinedForReading() throws Exception {
    chromium.open(url("#/doc/seed-article"));
    assertThat(chromium.waitFor("document.querySelector('#event-list li')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelectorAll('#article-text .selected').length").asInt()).isZero();
    chromium.eval("document.querySelector('#event-list li').click()");
    assertThat(chromium.waitFor("document.querySelector('#article-text .seg.event.selected')", WAIT)).isTrue();
    assertThat(chromium.eval("location.hash").asText()).contains("event=V");
    assertThat(chromium.eval("reflowed('Tokyo said on Monday it would\\nlodge a protest.\\n\\nSeoul said')").asText())
        .isEqualTo("Tokyo said on Monday it would lodge a protest.\n\nSeoul said");
    assertThat(chromium.eval("fetch('api/documents/seed-article').then(r => r.json()).then(x => x.text.length"
        + " === document.querySelector('#article-text').textContent.length)").asBoolean())
        .as("one character shown for one of the text, so offsets hold").isTrue();
  }

  @Test
  void aScriptInAnArticleIsShownAsTextAndNeverRuns() throws Exception {
    chromium.open(url("#/doc/xss"));
    assertThat(chromium.waitFor("document.querySelector('#article-text')", WAIT)).isTrue();
    Thread.sleep(300);
    assertThat(chromium.eval("document.querySelector('#article-text').textContent").asText())
        .startsWith(TestStore.SCRIPT);
    assertThat(chromium.eval("document.querySelectorAll('#article-text script, #article-text img').length").asInt())
        .isZero();
    assertThat(chromium.eval("typeof window.pwned").asText()).isEqualTo("undefined");
  }

  @Test
  void theActorViewNamesTheActorRanksPartnersOfOtherCountriesAndListsItsEventsWithAPartner() throws Exception {
    chromium.open(url("#/actor/KOR"));
    assertThat(chromium.waitFor("document.querySelector('#partners')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('h1').textContent").asText()).isEqualTo("South Korea (KOR)");
    String partners = chromium.eval("document.querySelector('#partners').textContent").asText();
    assertThat(partners).contains("Japan (JPN").doesNotContain("(KOR");
    assertThat(chromium.waitFor("document.querySelectorAll('#actor-events tr').length > 1", WAIT)).isTrue();
    chromium.screenshot(SHOTS.resolve("serve-actor.png"));
    chromium.open(url("#/actor/KOR?partner=JPN&from=2023-10-01&to=2023-10-31"));
    // the unfiltered view's table stays in place until the filtered rows come: wait for those rows
    assertThat(chromium.waitFor("(r => r.length > 0 && r.every(t => t.textContent.startsWith('2023-10')))"
        + "([...document.querySelectorAll('#actor-events tr td:first-child')])", WAIT)).isTrue();
    JsonNode days = chromium.eval("[...document.querySelectorAll('#actor-events tr td:first-child')].map(t => t.textContent)");
    assertThat(days.size()).isPositive();
    days.forEach(d -> assertThat(d.asText()).startsWith("2023-10"));
    assertThat(chromium.eval("document.querySelector('#actor-events a').getAttribute('href')").asText())
        .startsWith("#/doc/").contains("?event=V");
  }
}
