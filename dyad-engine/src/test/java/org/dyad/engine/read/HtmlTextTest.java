package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  /** A news page as sites serve them: menus, an ad, a cookie banner, scripts, related links, a footer. */
  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Japan and South Korea agree to deepen ties | The Daily Courier</title>
        <meta property="og:title" content="Japan, South Korea agree to deepen security ties">
        <meta property="og:site_name" content="The Daily Courier">
        <meta property="article:published_time" content="2023-12-11T09:30:00+09:00">
        <meta name="author" content="Jane Doe">
        <link rel="canonical" href="https://courier.example/world/japan-korea-ties">
        <script>window.dataLayer = [{"page": "article"}];</script>
        <style>.ad { height: 250px }</style>
      </head>
      <body class="article-page">
        <div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
        <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
        <main>
          <article>
            <h1>Japan, South Korea agree to deepen security ties</h1>
            <div class="byline">By <a rel="author" href="/jane">Jane Doe</a> · December 11, 2023</div>
            <p>SEOUL, Dec 11 (Reuters) - Japan and South Korea agreed on Monday to deepen their security
               cooperation, AT&amp;T&#8217;s analysts and officials said.</p>
            <div class="ad ad-slot"><p>Advertisement</p><script>loadAd("slot-1")</script></div>
            <p>&ldquo;We will work together,&rdquo; the minister said. It’s a “new era”, he added.</p>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Markets rally in Tokyo as yen slides</a></li></ul></aside>
            <p>The talks in Seoul lasted three&nbsp;hours.</p>
          </article>
        </main>
        <footer><p>© 2023 The Daily Courier. All rights reserved.</p></footer>
        <script>trackPageView();</script>
      </body>
      </html>
      """;

  @Test
  void articleBodyKeepsTheParagraphsAndDropsMenusAdsScriptsAndBanners() {
    HtmlText page = HtmlText.page(PAGE);
    assertThat(page.text()).isEqualTo("""
        SEOUL, Dec 11 (Reuters) - Japan and South Korea agreed on Monday to deepen their security \
        cooperation, AT&T’s analysts and officials said.

        “We will work together,” the minister said. It’s a “new era”, he added.

        The talks in Seoul lasted three hours.""");
  }

  @Test
  void metaTagsGiveTitleDateBylineSiteAndUrl() {
    HtmlText page = HtmlText.page(PAGE);
    assertThat(page.title()).isEqualTo("Japan, South Korea agree to deepen security ties");
    assertThat(page.published()).isEqualTo(LocalDate.of(2023, 12, 11));
    assertThat(page.byline()).isEqualTo("Jane Doe");
    assertThat(page.siteName()).isEqualTo("The Daily Courier");
    assertThat(page.url()).isEqualTo("https://courier.example/world/japan-korea-ties");
  }

  /**
   * Every word maps back to the page: the source span is the word itself, or, where the word holds an
   * entity, the word as written with the entity undecoded ({@code AT&amp;T&#8217;s} for {@code AT&T’s}).
   */
  @Test
  void everyWordOfTheBodyMapsBackToItsSpanInThePage() {
    HtmlText page = HtmlText.page(PAGE);
    Matcher words = Pattern.compile("\\S+").matcher(page.text());
    int count = 0;
    while (words.find()) {
      String source = PAGE.substring(page.sourceMap().sourceStart(words.start()),
          page.sourceMap().sourceEnd(words.end()));
      assertThat(Parser.unescapeEntities(source, false)).as("source of %s", words.group()).isEqualTo(words.group());
      if (!source.contains("&")) {
        assertThat(source).isEqualTo(words.group());
      }
      count++;
    }
    assertThat(count).isEqualTo(42);
    int at = page.text().indexOf("AT&T’s");
    assertThat(PAGE.substring(page.sourceMap().sourceStart(at), page.sourceMap().sourceEnd(at + 6)))
        .isEqualTo("AT&amp;T&#8217;s");
  }

  @Test
  void theSourceMapSurvivesTheMetadataRoundTrip() {
    SourceMap map = HtmlText.page(PAGE).sourceMap();
    SourceMap back = SourceMap.fromMetadata(map.toMetadata());
    assertThat(back.size()).isEqualTo(map.size());
    assertThat(back.sourceStart(30)).isEqualTo(map.sourceStart(30));
    assertThat(back.sourceEnd(31)).isEqualTo(map.sourceEnd(31));
  }

  @Test
  void withoutAnArticleTheDensestBlockOfParagraphsIsTheBody() {
    HtmlText page = HtmlText.page("""
        <html><head><title>Flu season ends</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Health Wire"},
          {"@type": "NewsArticle", "headline": "Flu season winds down", "datePublished": "2024-03-02",
           "author": [{"@type": "Person", "name": "A. Smith"}], "publisher": {"name": "Health Wire"}}]}</script>
        </head><body>
        <div class="menu"><p><a href="/1">A link that is long enough to count as a paragraph</a></p></div>
        <div class="col"><div class="story">
          <p>The flu season is winding down, and it has killed 105 children so far.</p>
          <p>Officials said the vaccine worked better than last year across all ages.</p>
        </div></div>
        <div class="footer-links"><p>Contact us at the newsroom for corrections please.</p></div>
        </body></html>""");
    assertThat(page.text()).isEqualTo("The flu season is winding down, and it has killed 105 children so far.\n\n"
        + "Officials said the vaccine worked better than last year across all ages.");
    assertThat(page.title()).isEqualTo("Flu season winds down");
    assertThat(page.published()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(page.byline()).isEqualTo("A. Smith");
    assertThat(page.siteName()).isEqualTo("Health Wire");
  }

  @Test
  void pageDatesAreReadInTheFormsSitesWriteThem() {
    assertThat(HtmlText.parseDate("2023-12-11T23:30:00.000-0500")).isEqualTo(LocalDate.of(2023, 12, 11));
    assertThat(HtmlText.parseDate("Mon, 11 Dec 2023 09:30:00 GMT")).isEqualTo(LocalDate.of(2023, 12, 11));
    assertThat(HtmlText.parseDate("December 11, 2023")).isEqualTo(LocalDate.of(2023, 12, 11));
    assertThat(HtmlText.parseDate("yesterday")).isNull();
  }
}
