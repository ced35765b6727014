package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages, RSS and Atom feeds and WARC files read through {@link DocumentReader}. */
class FormatsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  @TempDir Path dir;

  private List<String> read(Path source) {
    List<String> out = new ArrayList<>();
    new DocumentReader(null, TODAY).read(source.toString(), new ByteArrayInputStream(new byte[0]), r -> {
      if (r instanceof Read.Ok ok) {
        Document d = ok.document();
        out.add("OK " + r.origin().replace(dir.toString(), "") + " " + d.id() + " | " + d.title() + " | " + d.date()
            + " " + d.dateSource() + " | " + d.credit() + " | " + d.text().replace("\n\n", " / ") + " | "
            + d.metadata().keySet().stream().sorted().map(k -> k.equals("offsets") ? k : k + "=" + d.metadata().get(k))
                .toList());
      } else {
        out.add("FAILED " + r.origin().replace(dir.toString(), "") + " " + ((Read.Failed) r).message());
      }
    });
    return out;
  }

  @Test
  void htmlPageBecomesItsArticleWithMetaTagsAndAnOffsetMap() throws IOException {
    Files.writeString(dir.resolve("ties.html"), HtmlTextTest.PAGE);
    assertThat(read(dir.resolve("ties.html"))).containsExactly(
        "OK /ties.html ties | Japan, South Korea agree to deepen security ties | 2023-12-11 METADATA"
            + " | The Daily Courier | SEOUL, Dec 11 (Reuters) - Japan and South Korea agreed on Monday to deepen"
            + " their security cooperation, AT&T’s analysts and officials said. / “We will work together,” the"
            + " minister said. It’s a “new era”, he added. / The talks in Seoul lasted three hours."
            + " | [byline=Jane Doe, format=html, offsets, url=https://courier.example/world/japan-korea-ties]");
  }

  @Test
  void htmlWithoutExtensionIsSniffedAndAPageWithoutTextIsReported() throws IOException {
    Files.writeString(dir.resolve("a"), "<!doctype html><html><body><p>Short story about the talks in Seoul.</p>");
    Files.writeString(dir.resolve("b.htm"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
    assertThat(read(dir)).containsExactly(
        "OK /a a | null | 2026-11-29 TODAY | null | Short story about the talks in Seoul. | [format=html, offsets]",
        "FAILED /b.htm no article text found in the page");
  }

  @Test
  void rssItemsBecomeOneDocumentEachWithTheFeedTitleAsCredit() throws IOException {
    Files.writeString(dir.resolve("world.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Courier World</title><link>https://courier.example/</link><description>World news</description>
            <item>
              <title>Japan, South Korea deepen ties</title>
              <link>https://courier.example/1</link>
              <guid>https://courier.example/?p=1</guid>
              <pubDate>Mon, 11 Dec 2023 09:30:00 GMT</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Japan and South Korea agreed on Monday to deepen ties.</p><p>&ldquo;A new era,&rdquo; he said.</p>]]></content:encoded>
            </item>
            <item>
              <title>Flu season winds down</title>
              <link>https://courier.example/2</link>
              <description>&lt;p&gt;The flu season is winding down &amp;amp; ending.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """);
    assertThat(read(dir.resolve("world.rss"))).containsExactly(
        "OK /world.rss#1 https://courier.example/?p=1 | Japan, South Korea deepen ties | 2023-12-11 METADATA"
            + " | Courier World | Japan and South Korea agreed on Monday to deepen ties. / “A new era,” he said."
            + " | [feed=Courier World, format=rss_2.0, link=https://courier.example/1]",
        "OK /world.rss#2 https://courier.example/2 | Flu season winds down | 2026-11-29 TODAY | Courier World"
            + " | The flu season is winding down & ending. | [feed=Courier World, format=rss_2.0,"
            + " link=https://courier.example/2]");
  }

  @Test
  void atomEntryInAnXmlFileIsSniffedAsAFeed() throws IOException {
    Files.writeString(dir.resolve("feed.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Health Wire</title><id>urn:hw</id><updated>2024-03-02T10:00:00Z</updated>
          <entry>
            <title>Flu season winds down</title>
            <id>urn:hw:flu</id>
            <link href="https://hw.example/flu"/>
            <published>2024-03-02T08:00:00Z</published>
            <updated>2024-03-03T08:00:00Z</updated>
            <author><name>A. Smith</name></author>
            <content type="html">&lt;p&gt;The flu season is winding down.&lt;/p&gt;</content>
          </entry>
        </feed>
        """);
    assertThat(read(dir.resolve("feed.xml"))).containsExactly(
        "OK /feed.xml#1 urn:hw:flu | Flu season winds down | 2024-03-02 METADATA | Health Wire"
            + " | The flu season is winding down. | [author=A. Smith, feed=Health Wire, format=atom_1.0,"
            + " link=https://hw.example/flu]");
  }

  @Test
  void malformedFeedIsReportedAndTheNextFileIsStillRead() throws IOException {
    Files.writeString(dir.resolve("1.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>X</title><item>");
    Files.writeString(dir.resolve("2.txt"), "The talks went on.");
    List<String> out = read(dir);
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).startsWith("FAILED /1.rss malformed feed: ");
    assertThat(out.get(1)).startsWith("OK /2.txt 2 ");
  }

  /** One WARC record by hand: the headers, a blank line, the block, two CRLFs. */
  private static byte[] record(String type, String id, String uri, String block) {
    return record(type, id, uri, block.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] record(String type, String id, String uri, byte[] body) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n"
        + "WARC-Date: 2023-12-12T01:02:03Z\r\nWARC-Target-URI: " + uri + "\r\n"
        + "Content-Type: " + (type.equals("request") ? "application/http; msgtype=request"
            : "application/http; msgtype=response") + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String http(String contentType, String payload) {
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + payload.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + payload;
  }

  private static final String UNDATED_PAGE =
      "<html><head><title>Talks end</title></head><body><article><p>The talks in Seoul ended on Tuesday"
          + " with a joint statement.</p></article></body></html>";

  private static List<byte[]> records() {
    return List.of(
        record("request", "00000000-0000-0000-0000-000000000001", "https://courier.example/world/japan-korea-ties",
            "GET /world/japan-korea-ties HTTP/1.1\r\nHost: courier.example\r\n\r\n"),
        record("response", "00000000-0000-0000-0000-000000000002", "https://courier.example/world/japan-korea-ties",
            http("text/html; charset=utf-8", HtmlTextTest.PAGE)),
        record("response", "00000000-0000-0000-0000-000000000003", "https://courier.example/logo.png",
            http("image/png", "PNG...")),
        record("response", "00000000-0000-0000-0000-000000000004", "https://courier.example/talks-end",
            http("text/html", UNDATED_PAGE)));
  }

  private static final List<String> WARC_DOCUMENTS = List.of(
      "https://courier.example/world/japan-korea-ties | Japan, South Korea agree to deepen security ties"
          + " | 2023-12-11 METADATA | The Daily Courier",
      "https://courier.example/talks-end | Talks end | 2023-12-12 METADATA | null");

  private List<String> warcSummary(Path file) {
    return read(file).stream()
        .map(s -> s.startsWith("OK") ? s.substring(s.indexOf(' ', 3) + 1).replaceFirst(" \\| [^|]*\\| \\[.*$", "") : s)
        .toList();
  }

  @Test
  void warcResponseRecordsWithHtmlBecomeDocumentsAndOtherRecordsAreSkipped() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    records().forEach(warc::writeBytes);
    Files.write(dir.resolve("news.warc"), warc.toByteArray());
    assertThat(warcSummary(dir.resolve("news.warc"))).isEqualTo(WARC_DOCUMENTS);
    assertThat(read(dir.resolve("news.warc")).get(0)).startsWith("OK /news.warc@").endsWith(
        "[byline=Jane Doe, format=html, offsets, url=https://courier.example/world/japan-korea-ties,"
            + " warcRecordId=urn:uuid:00000000-0000-0000-0000-000000000002]");
  }

  @Test
  void gzippedWarcCompressedRecordByRecordIsReadTheSame() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    for (byte[] r : records()) {
      warc.writeBytes(gzip(r));
    }
    Files.write(dir.resolve("news.warc.gz"), warc.toByteArray());
    assertThat(warcSummary(dir.resolve("news.warc.gz"))).isEqualTo(WARC_DOCUMENTS);
  }

  @Test
  void aWarcRecordWhoseCompressedBodyInflatesPastTheLimitIsReportedAndReadingGoesOn() throws IOException {
    byte[] page = gzip(("<html><body><p>" + " ".repeat(100_000) + "Talks.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8));
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
        + page.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] http = new byte[head.length + page.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(page, 0, http, head.length, page.length);
    byte[] bomb = record("response", "00000000-0000-0000-0000-000000000009", "https://bomb.example/", http);
    List<byte[]> rs = records();
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(bomb);
    warc.writeBytes(rs.get(3));
    Files.write(dir.resolve("bomb.warc"), warc.toByteArray());
    List<String> out = new ArrayList<>();
    new DocumentReader(null, TODAY, 50_000).read(dir.resolve("bomb.warc").toString(), System.in, r -> out.add(
        r instanceof Read.Failed f ? "FAILED " + f.message() : "OK " + ((Read.Ok) r).document().id()));
    assertThat(out).containsExactly("FAILED corrupt WARC record: it inflates past the limit of 50000 bytes",
        "OK https://courier.example/talks-end");
  }

  @Test
  void corruptWarcRecordIsReportedWithItsOffsetAndReadingGoesOn() throws IOException {
    List<byte[]> rs = records();
    byte[] bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nxx\r\n\r\n"
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(rs.get(1));
    warc.writeBytes(bad);
    warc.writeBytes(rs.get(3));
    Files.write(dir.resolve("bad.warc"), warc.toByteArray());
    List<String> out = warcSummary(dir.resolve("bad.warc"));
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isEqualTo(WARC_DOCUMENTS.get(0));
    assertThat(out.get(1)).startsWith("FAILED /bad.warc@" + rs.get(1).length + " corrupt WARC record: ");
    assertThat(out.get(2)).isEqualTo(WARC_DOCUMENTS.get(1));
  }

  @Test
  void aWarcStreamThatGivesAFewBytesAtATimeIsReadAsTheFileIs() throws IOException {
    List<byte[]> rs = records();
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(gzip(rs.get(1)));
    warc.writeBytes(gzip("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
    warc.writeBytes(gzip(rs.get(3)));
    Path file = dir.resolve("bad.warc.gz");
    Files.write(file, warc.toByteArray());
    List<String> streamed = new ArrayList<>();
    new DocumentReader(null, TODAY).readWarc(file.toString(), new Trickle(warc.toByteArray(), 7),
        r -> streamed.add(r.origin() + " " + (r instanceof Read.Ok ok ? ok.document().id() : "FAILED")));
    List<String> fromFile = new ArrayList<>();
    new DocumentReader(null, TODAY).read(file.toString(), new ByteArrayInputStream(new byte[0]),
        r -> fromFile.add(r.origin() + " " + (r instanceof Read.Ok ok ? ok.document().id() : "FAILED")));
    assertThat(streamed).hasSize(3).isEqualTo(fromFile);
  }

  @Test
  void truncatedWarcReportsTheCutRecordAndKeepsTheOnesBefore() throws IOException {
    List<byte[]> rs = records();
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(rs.get(3));
    warc.write(rs.get(1), 0, rs.get(1).length / 2);
    Files.write(dir.resolve("cut.warc"), warc.toByteArray());
    List<String> plain = warcSummary(dir.resolve("cut.warc"));
    assertThat(plain).hasSize(2);
    assertThat(plain.get(0)).isEqualTo(WARC_DOCUMENTS.get(1));
    assertThat(plain.get(1)).startsWith("FAILED /cut.warc@" + rs.get(3).length + " corrupt WARC record: ");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    gz.writeBytes(gzip(rs.get(3)));
    byte[] second = gzip(rs.get(1));
    gz.write(second, 0, second.length / 2);
    Files.write(dir.resolve("cut.warc.gz"), gz.toByteArray());
    List<String> out = warcSummary(dir.resolve("cut.warc.gz"));
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isEqualTo(WARC_DOCUMENTS.get(1));
    assertThat(out.get(1)).startsWith("FAILED /cut.warc.gz@" + gzip(rs.get(3)).length + " corrupt WARC record: ");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
