package org.dyad.engine.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The article in an HTML page: its body text with the boilerplate removed, and what the page's meta tags say
 * about it.
 *
 * <p>How the body is found: scripts, styles, forms, navigation, headers, footers, asides and elements whose
 * class or id names a known kind of boilerplate ({@code cookie-banner}, {@code ad}, {@code share},
 * {@code related}, ...) are dropped, unless they hold the article. The body is then the element marked
 * {@code itemprop="articleBody"}, else the {@code <article>} with the most paragraph text, else the element
 * whose child paragraphs hold the most text (a paragraph counts fully for its parent and half for its
 * grandparent, minus the text of its links). Its block elements become paragraphs separated by blank lines;
 * whitespace runs become one space; paragraphs that are mostly links, and short ones that are bylines or
 * labels ("Advertisement", "Read more"), are left out.
 *
 * <p>Offsets: {@link #sourceMap()} maps every text offset back to the page source (see {@link SourceMap}).
 *
 * @param text the body text, paragraphs separated by blank lines
 * @param title {@code og:title}, else {@code twitter:title}, else JSON-LD {@code headline}, else
 *     {@code <title>}, else the first {@code <h1>}
 * @param published the publication date from {@code article:published_time}, {@code og:published_time},
 *     {@code date}, {@code DC.date}, {@code pubdate}, {@code datePublished} (meta or JSON-LD), or a
 *     {@code <time datetime>}, in that order
 * @param byline the author: meta {@code author}, {@code article:author}, JSON-LD {@code author}, a
 *     {@code rel="author"} link or an {@code itemprop="author"} element
 * @param siteName {@code og:site_name}, else the JSON-LD publisher's name
 * @param url the canonical link, else {@code og:url}
 * @param sourceMap maps text offsets back to offsets in the page source
 */
public record HtmlText(
    String text,
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String byline,
    @Nullable String siteName,
    @Nullable String url,
    SourceMap sourceMap) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Never article text. */
  private static final String JUNK_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, input,"
          + " textarea, figure, figcaption, dialog, menu, [hidden], [aria-hidden=true], [role=navigation],"
          + " [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog]";
  /** Class or id words of boilerplate ({@code class="share-tools"}, {@code id="ad_top"}). */
  private static final Set<String> JUNK_WORDS = Set.of("ad", "ads", "adv", "advert", "advertisement",
      "banner", "share", "sharing", "social", "related", "recommended", "comment", "comments", "subscribe",
      "subscription", "promo", "menu", "nav", "navbar", "navigation", "footer", "header", "masthead", "byline",
      "author", "tags", "toolbar", "modal", "popup", "newsletter", "sidebar", "breadcrumb", "breadcrumbs",
      "cookie", "cookies", "consent", "gdpr", "paywall", "sponsored", "outbrain", "taboola", "skip");
  /** Parts of class or id names of boilerplate written as one word ({@code cookieBanner}). */
  private static final List<String> JUNK_PARTS =
      List.of("cookie", "consent", "advert", "newsletter", "sidebar", "breadcrumb", "paywall", "popup",
          "outbrain", "taboola", "sponsor");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
      "caption", "address", "hr", "center", "details", "summary", "body");
  /** Short paragraphs that are labels, bylines or time stamps, not article text. */
  private static final Pattern LABEL = Pattern.compile(
      "(?i)(advertisement|sponsored( content)?|read more|read next|share( this( article| story)?)?|"
          + "(by|published|updated|posted|last updated)\\b.*|related:.*|follow us.*|sign up.*|subscribe.*)");
  private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)");
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

  /** Reads a whole page: finds the article body and the meta tags. */
  public static HtmlText page(String html) {
    org.jsoup.nodes.Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    Meta meta = Meta.of(doc);
    removeJunk(doc);
    Element body = articleBody(doc);
    Extraction x = new Extraction(html, meta.title);
    x.collect(body);
    return new HtmlText(x.out.toString(), meta.title, meta.published, meta.byline, meta.siteName, meta.url,
        x.map.build());
  }

  /**
   * Reads an HTML fragment that is all article, such as the content of a feed item: only scripts, styles and
   * forms are dropped, and there are no meta tags.
   */
  public static HtmlText fragment(String html) {
    org.jsoup.nodes.Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    doc.select("script, style, noscript, template, form, iframe, svg, button").remove();
    Extraction x = new Extraction(html, null);
    x.collect(doc.body());
    return new HtmlText(x.out.toString(), null, null, null, null, null, x.map.build());
  }

  /**
   * Decodes the bytes of a page: by a byte-order mark, else the charset declared by the server
   * ({@code declared}, from a {@code Content-Type} header), else a {@code <meta charset>} in the first
   * 4 KiB, else UTF-8, and when the bytes are not valid UTF-8, windows-1252 (what browsers assume).
   */
  static String decode(byte[] bytes, @Nullable String declared) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    String name = declared;
    if (name == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      name = m.find() ? m.group(1) : null;
    }
    if (name != null) {
      try {
        Charset cs = Charset.forName(name.strip());
        if (!cs.equals(StandardCharsets.UTF_8)) {
          return new String(bytes, cs);
        }
      } catch (IllegalArgumentException e) {
        // an unknown charset name: try UTF-8
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** True when {@code text} starts like an HTML page (after any byte-order mark and whitespace). */
  static boolean looksLikeHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024)).replace("\uFEFF", "").stripLeading()
        .toLowerCase(Locale.ROOT);
    while (head.startsWith("<!--") && head.contains("-->")) {
      head = head.substring(head.indexOf("-->") + 3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || (head.startsWith("<?xml") && head.contains("<html"));
  }

  /** A publication date as pages write it: ISO ({@code 2023-12-11T09:30:00+09:00}), RFC 1123, or a date line. */
  static @Nullable LocalDate parseDate(String value) {
    String v = value.strip();
    Matcher iso = ISO_DATE.matcher(v);
    try {
      if (iso.find()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (java.time.DateTimeException e) {
      // not ISO nor RFC 1123: maybe "December 11, 2023"
    }
    Layout l = Layout.of(v, LocalDate.of(2000, 1, 1));
    return l.date() != null && !l.dateYearGuessed() ? l.date() : null;
  }

  private static void removeJunk(org.jsoup.nodes.Document doc) {
    Set<Element> keep = new HashSet<>();
    for (Element e : doc.select("article, main, [role=main], [itemprop=articleBody]")) {
      keep.add(e);
      keep.addAll(e.parents());
    }
    for (Element e : doc.select(JUNK_TAGS)) {
      if (!keep.contains(e)) {
        e.remove();
      }
    }
    for (Element e : doc.body().select("[class], [id], [style]")) {
      if (!keep.contains(e) && e.parent() != null && isJunk(e)) {
        e.remove();
      }
    }
  }

  private static boolean isJunk(Element e) {
    String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    if (style.contains("display:none") || style.contains("visibility:hidden")) {
      return true;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String w : names.split("[\\s_\\-]+")) {
      if (JUNK_WORDS.contains(w)) {
        return true;
      }
    }
    for (String part : JUNK_PARTS) {
      if (names.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static Element articleBody(org.jsoup.nodes.Document doc) {
    Element marked = mostText(doc.select("[itemprop=articleBody]"));
    if (marked != null) {
      return marked;
    }
    Element article = mostText(doc.select("article"));
    if (article != null && paragraphText(article) >= 200) {
      return article;
    }
    Map<Element, Double> score = new HashMap<>();
    for (Element p : doc.body().select("p")) {
      int len = p.text().length() - linkTextLength(p);
      if (len < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, (double) len, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          score.merge(grand, len / 2.0, Double::sum);
        }
      }
    }
    return score.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(article != null ? article : doc.body());
  }

  private static @Nullable Element mostText(Elements candidates) {
    Element best = null;
    int most = 0;
    for (Element e : candidates) {
      int n = paragraphText(e);
      if (best == null || n > most) {
        best = e;
        most = n;
      }
    }
    return best;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n == 0 ? e.text().length() / 4 : n;
  }

  private static int linkTextLength(Element e) {
    int n = 0;
    for (Element a : e.select("a")) {
      n += a.text().length();
    }
    return n;
  }

  /**
   * Builds the text paragraph by paragraph, and its map to the source. A first paragraph that only repeats
   * the title (the page's {@code <h1>}) is left out.
   */
  private static final class Extraction implements NodeVisitor {
    private final String html;
    private final @Nullable String title;
    private final StringBuilder out = new StringBuilder();
    private final SourceMap.Builder map = new SourceMap.Builder();
    private StringBuilder para = new StringBuilder();
    private SourceMap.Builder paraMap = new SourceMap.Builder();
    private int linkChars;
    private int linkDepth;
    private boolean pendingSpace;

    Extraction(String html, @Nullable String title) {
      this.html = html;
      this.title = title;
    }

    void collect(Element root) {
      root.traverse(this);
      flush();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t);
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
          flush();
        } else if (tag.equals("br")) {
          if (para.length() > 0 && para.charAt(para.length() - 1) != '\n') {
            para.append('\n');
          }
          pendingSpace = false;
        } else if (tag.equals("a")) {
          linkDepth++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName())) {
          flush();
        } else if (e.normalName().equals("a")) {
          linkDepth--;
        }
      }
    }

    /** Aligns the decoded text of a node with its raw source, entity by entity. */
    private void text(TextNode t) {
      String decoded = t.getWholeText();
      var range = t.sourceRange();
      if (!range.isTracked()) {
        for (int i = 0; i < decoded.length(); i++) {
          put(decoded.substring(i, i + 1), -1, 0);
        }
        return;
      }
      int j = range.start().pos();
      int end = Math.min(range.end().pos(), html.length());
      int i = 0;
      while (i < decoded.length()) {
        char c = decoded.charAt(i);
        if (j < end && html.charAt(j) == '&') {
          Matcher m = ENTITY.matcher(html).region(j, end);
          if (m.lookingAt()) {
            String value = Parser.unescapeEntities(m.group(), false);
            if (!value.equals(m.group()) && decoded.startsWith(value, i)) {
              put(value, j, m.end() - j);
              i += value.length();
              j = m.end();
              continue;
            }
          }
        }
        if (j < end && html.charAt(j) == c) {
          put(String.valueOf(c), j, 1);
          i++;
          j++;
        } else if (j < end) {
          j++; // a source character the parser dropped, such as the CR of CRLF
        } else {
          put(String.valueOf(c), -1, 0);
          i++;
        }
      }
    }

    /** Appends decoded characters that stand for {@code sourceLength} source characters at {@code source}. */
    private void put(String value, int source, int sourceLength) {
      if (value.isBlank() || value.equals("\u00A0")) {
        pendingSpace = true;
        return;
      }
      if (pendingSpace && para.length() > 0 && para.charAt(para.length() - 1) != '\n') {
        para.append(' ');
      }
      pendingSpace = false;
      if (source >= 0) {
        paraMap.add(para.length(), value.length(), source, sourceLength);
      }
      para.append(value);
      if (linkDepth > 0) {
        linkChars += value.length();
      }
    }

    private void flush() {
      String p = para.toString();
      int len = p.strip().length();
      boolean keep = len > 0 && linkChars * 2 <= len && !(len <= 80 && LABEL.matcher(p.strip()).matches())
          && !(out.length() == 0 && p.strip().equals(title));
      if (keep) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        map.addAll(paraMap, out.length());
        out.append(p.stripTrailing());
      }
      para = new StringBuilder();
      paraMap = new SourceMap.Builder();
      linkChars = 0;
      pendingSpace = false;
    }
  }

  /** What the meta tags, JSON-LD and a few marked elements say about the article. */
  private record Meta(@Nullable String title, @Nullable LocalDate published, @Nullable String byline,
      @Nullable String siteName, @Nullable String url) {

    static Meta of(org.jsoup.nodes.Document doc) {
      Map<String, String> metas = new HashMap<>();
      for (Element m : doc.select("meta[content]")) {
        String key = m.hasAttr("property") ? m.attr("property")
            : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        String content = m.attr("content").strip();
        if (!key.isEmpty() && !content.isEmpty()) {
          metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        }
      }
      JsonNode ld = jsonLd(doc);
      String siteName = first(metas.get("og:site_name"), ldText(ld, "publisher"));
      String h1 = doc.selectFirst("h1") != null ? doc.selectFirst("h1").text() : null;
      String title = first(metas.get("og:title"), metas.get("twitter:title"), ldText(ld, "headline"),
          titleTag(doc, siteName), h1);
      LocalDate published = null;
      for (String k : List.of("article:published_time", "og:published_time", "date", "dc.date",
          "dc.date.issued", "dcterms.date", "pubdate", "datepublished")) {
        if (published == null && metas.containsKey(k)) {
          published = parseDate(metas.get(k));
        }
      }
      if (published == null && ld != null && ld.hasNonNull("datePublished")) {
        published = parseDate(ld.get("datePublished").asText());
      }
      if (published == null) {
        Element time = doc.selectFirst("time[pubdate][datetime], [itemprop=datePublished][datetime], time[datetime]");
        published = time != null ? parseDate(time.attr("datetime")) : null;
      }
      String articleAuthor = metas.get("article:author");
      if (articleAuthor != null && articleAuthor.startsWith("http")) {
        articleAuthor = null;
      }
      Element rel = doc.selectFirst("a[rel=author], [itemprop=author]");
      String byline = first(metas.get("author"), articleAuthor, ldText(ld, "author"),
          rel != null && !rel.text().isBlank() ? rel.text() : null);
      Element canonical = doc.selectFirst("link[rel=canonical][href]");
      String url = first(canonical != null ? canonical.attr("href") : null, metas.get("og:url"));
      return new Meta(title, published, byline, siteName, url);
    }

    private static @Nullable String titleTag(org.jsoup.nodes.Document doc, @Nullable String siteName) {
      String t = doc.title().strip();
      if (t.isEmpty()) {
        return null;
      }
      if (siteName != null) {
        t = t.replaceFirst("\\s*[|\\-–—:]\\s*" + Pattern.quote(siteName) + "$", "");
      }
      return t;
    }

    /** The first JSON-LD object (in a list or an {@code @graph}) with a {@code datePublished} or a headline. */
    private static @Nullable JsonNode jsonLd(org.jsoup.nodes.Document doc) {
      for (Element s : doc.select("script[type=application/ld+json]")) {
        try {
          JsonNode found = articleNode(JSON.readTree(s.data()));
          if (found != null) {
            return found;
          }
        } catch (JsonProcessingException e) {
          // malformed JSON-LD is common; the meta tags may still say enough
        }
      }
      return null;
    }

    private static @Nullable JsonNode articleNode(JsonNode n) {
      if (n.isArray()) {
        for (JsonNode c : n) {
          JsonNode found = articleNode(c);
          if (found != null) {
            return found;
          }
        }
        return null;
      }
      if (n.has("@graph")) {
        return articleNode(n.get("@graph"));
      }
      return n.isObject() && (n.has("datePublished") || n.has("headline")) ? n : null;
    }

    /** A JSON-LD field as text: a string, the {@code name} of an object, or the names of a list, joined. */
    private static @Nullable String ldText(@Nullable JsonNode ld, String field) {
      if (ld == null || !ld.hasNonNull(field)) {
        return null;
      }
      List<String> names = new ArrayList<>();
      JsonNode v = ld.get(field);
      for (JsonNode one : v.isArray() ? v : List.of(v)) {
        String s = one.isTextual() ? one.asText() : one.path("name").asText("");
        if (!s.isBlank()) {
          names.add(s.strip());
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }

    private static @Nullable String first(@Nullable String... values) {
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
      return null;
    }
  }
}
