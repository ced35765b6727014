package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 2 and 7: a feed may name an external DTD (RSS 0.91's Netscape DOCTYPE) and is read; a feed that
 * declares entities (an external one, XXE, or an entity bomb) is refused in one line, and nothing is fetched.
 */
class HostileFeedTest {
  private static final DocumentReader READER = new DocumentReader(null, LocalDate.of(2023, 12, 11));
  private static final String ITEM = "<item><title>Leaders meet</title><link>http://example.org/1</link>"
      + "<description>Japan's prime minister visited Seoul on Sunday.</description></item>";

  private static List<String> read(String name, String xml) {
    List<String> out = new ArrayList<>();
    READER.read(name, xml.getBytes(StandardCharsets.UTF_8), r -> out.add(r instanceof Read.Ok ok
        ? "ok " + ok.document().id() + ": " + ok.document().text()
        : "failed " + r.origin() + ": " + ((Read.Failed) r).message()));
    return out;
  }

  @Test
  void anRss091FeedWithTheNetscapeDoctypeIsRead() {
    assertThat(read("wire.rss", "<?xml version=\"1.0\"?>\n<!-- a wire -->\n<!DOCTYPE rss PUBLIC \"-//Netscape "
        + "Communications//DTD RSS 0.91//EN\"\n \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
        + "<rss version=\"0.91\"><channel><title>Wire</title><link>http://example.org/</link><description>d"
        + "</description><language>en</language>" + ITEM + "</channel></rss>"))
        .containsExactly("ok http://example.org/1: Japan's prime minister visited Seoul on Sunday.");
  }

  @Test
  void aFeedDeclaringAnExternalEntityIsRefusedAndTheFileIsNotRead() {
    assertThat(read("xxe.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">"
        + "]>\n<rss version=\"2.0\"><channel><title>&xxe;</title>" + ITEM + "</channel></rss>"))
        .singleElement().asString().startsWith("failed xxe.rss: malformed feed: ").contains("DOCTYPE");
  }

  @Test
  void anEntityBombIsRefusedInOneLine() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"lol\">");
    for (char c = 'b'; c <= 'j'; c++) {
      xml.append("<!ENTITY ").append(c).append(" \"").append(("&" + (char) (c - 1) + ";").repeat(10)).append("\">");
    }
    xml.append("]>\n<rss version=\"2.0\"><channel><title>&j;</title>").append(ITEM).append("</channel></rss>");
    assertThat(read("bomb.rss", xml.toString())).singleElement().asString()
        .startsWith("failed bomb.rss: malformed feed: ").doesNotContain("\n");
  }

  @Test
  void aDoctypeAfterTheRootElementIsNotTouched() {
    byte[] bytes = ("<rss version=\"2.0\"><channel><!DOCTYPE x PUBLIC \"a\" \"b\"></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(FeedInput.withoutExternalDoctype(bytes)).isSameAs(bytes);
  }
}
