package org.dyad.engine.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed file with Rome: one document per item or entry.
 *
 * <p>Per entry: the id is its {@code guid} or {@code id}, else its link; the date is {@code pubDate} or
 * {@code published}, else {@code updated}, as a UTC day (Rome keeps the instant, not the zone written); the
 * text is the longest of its contents ({@code content:encoded}, Atom {@code content}), else its
 * {@code description} or {@code summary}, HTML converted to text by {@link HtmlText#fragment}; the credit is
 * the feed's title. The link, the feed title and the author are kept in the metadata. The text's offsets index
 * the converted text: the feed item's HTML is not kept, so no source map is stored.
 */
final class FeedInput {
  private FeedInput() {}

  /** True when an XML text's root element is an RSS, RDF (RSS 1.0) or Atom feed. */
  static boolean looksLikeFeed(String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  /** A document type declaration with no internal subset, as RSS 0.91 feeds start ({@code <!DOCTYPE rss PUBLIC ...>}). */
  private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[<>]*>", Pattern.CASE_INSENSITIVE);

  static void read(String origin, String fallbackId, byte[] bytes, DocumentReader reader, Consumer<Read> sink) {
    SyndFeed feed;
    byte[] xmlBytes = withoutExternalDoctype(bytes);
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(xmlBytes), true, StandardCharsets.UTF_8.name())) {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
          : e.getMessage();
      sink.accept(new Read.Failed(origin, "malformed feed: " + why));
      return;
    }
    String feedTitle = blankToNull(feed.getTitle());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.accept(new Read.Failed(origin, "a feed without items"));
    }
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String where = origin + "#" + (i + 1);
      String html = body(e);
      String text = html == null ? "" : HtmlText.fragment(html).text();
      if (text.isBlank()) {
        sink.accept(new Read.Failed(where, "a feed item without text"));
        continue;
      }
      String id = blankToNull(e.getUri());
      if (id == null) {
        id = blankToNull(e.getLink());
      }
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("format", feed.getFeedType() == null ? "feed" : feed.getFeedType());
      putIfPresent(metadata, "link", e.getLink());
      putIfPresent(metadata, "feed", feedTitle);
      putIfPresent(metadata, "author", e.getAuthor());
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate date = when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      sink.accept(reader.article(where, id != null ? id : fallbackId + "-" + (i + 1), blankToNull(e.getTitle()),
          text, date, feedTitle, metadata));
    }
  }

  /**
   * {@code bytes} with a document type declaration that only names an external DTD blanked out (the Netscape
   * DOCTYPE of RSS 0.91): such a declaration declares nothing here, since no DTD is ever loaded, and Rome refuses
   * every DOCTYPE. One with an internal subset (where entities are declared: XXE, entity bombs) stays, and is
   * refused; so is any DOCTYPE in an encoding that is not ASCII-compatible.
   */
  static byte[] withoutExternalDoctype(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = EXTERNAL_DOCTYPE.matcher(head);
    if (!m.find() || !inProlog(head, m.start())) {
      return bytes;
    }
    byte[] copy = bytes.clone();
    java.util.Arrays.fill(copy, m.start(), m.end(), (byte) ' ');
    return copy;
  }

  /** Whether nothing but an XML declaration, comments and white space comes before {@code at}. */
  private static boolean inProlog(String head, int at) {
    String prolog = head.substring(0, at).replaceAll("(?s)<\\?xml.*?\\?>|<!--.*?-->", "").strip();
    return prolog.isEmpty() || prolog.equals("\u00EF\u00BB\u00BF"); // nothing, or a UTF-8 byte order mark
  }

  /** The longest content, else the description. */
  private static @Nullable String body(SyndEntry e) {
    String best = null;
    List<SyndContent> contents = new ArrayList<>(e.getContents());
    for (SyndContent c : contents) {
      String v = value(c);
      if (v != null && (best == null || v.length() > best.length())) {
        best = v;
      }
    }
    return best != null ? best : value(e.getDescription());
  }

  /** The content as HTML: plain text is escaped so that the HTML path keeps it as it is. */
  private static @Nullable String value(@Nullable SyndContent c) {
    if (c == null || c.getValue() == null || c.getValue().isBlank()) {
      return null;
    }
    String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
    boolean plain = type.equals("text") || type.equals("text/plain");
    return plain ? org.jsoup.nodes.Entities.escape(c.getValue()) : c.getValue();
  }

  private static void putIfPresent(Map<String, Object> m, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      m.put(key, value.strip());
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
