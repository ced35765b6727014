package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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
    Optional<Path> binary = Chromium.find();
    if (binary.isEmpty()) {
      System.out.println("dyad-server: browser tests skipped: chromium is not installed (run .ci/chromium.sh)");
      return;
    }
    server = Server.start(new Server.Settings("127.0.0.1", 0, null, Server.DEFAULT_MAX_BODY, 2),
        TestStore.build(dir), TestStore.engine()::extract);
    chromium = new Chromium(binary.get(), dir.resolve("profile"));
  }

  /** Each test, not the class, is skipped without Chromium, so the report counts them as skipped, with why. */
  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, "chromium is not installed (run .ci/chromium.sh)");
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
    chromium.screenshot(SHOTS.resolve("article.png"));
  }

  @Test
  void theDyadViewDrawsTheJapanKoreaTimelineAndAClickListsAPointsEvents() throws Exception {
    chromium.open(url("#/dyad/JPN/KOR?by=month"));
    assertThat(chromium.waitFor("document.querySelectorAll('#chart rect.bar').length > 0", WAIT)).isTrue();
    chromium.eval("[...document.querySelectorAll('#chart g.period')].pop().dispatchEvent(new MouseEvent('click', {bubbles: true}))");
    assertThat(chromium.waitFor("document.querySelector('#point-events table')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('#point-events').textContent").asText()).contains("2023-12");
    chromium.screenshot(SHOTS.resolve("dyad.png"));
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
  void theActorViewRanksPartnersAndShowsQuotes() throws Exception {
    chromium.open(url("#/actor/KOR"));
    assertThat(chromium.waitFor("document.querySelector('#partners')", WAIT)).isTrue();
    assertThat(chromium.eval("document.querySelector('#partners').textContent").asText()).contains("JPN");
    chromium.screenshot(SHOTS.resolve("actor.png"));
  }
}
