package org.dyad.engine.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * The one factory of {@link Document}s: every door (the CLI's {@code extract} and {@code ingest}, the store's
 * {@code Ingest}, the server's posted articles, the Spark job) makes its documents here, so that the same input
 * gives the same document, id, anchor date and warnings whichever door it comes in by. Each outcome is a
 * {@link Read}; a document read becomes an extraction by {@link Read.Ok#extractedBy}, its warnings problems.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(null, LocalDate.now());
 * reader.read("news/", System.in, read -> ...);                    // files, directories, "-" for stdin
 * Read text = reader.text("http:/api/extract", "api-1", article);  // one plain-text article
 * Read line = reader.jsonLine("feed.jsonl:3", json, "feed-3");      // one JSON record
 * }</pre>
 *
 * <p>Files, directories and standard input are read by the file name:
 *
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: JSON Lines, one article per line;
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}: an HTML page, its article body found by {@link HtmlText};
 *   <li>{@code .rss}, {@code .atom}, and {@code .xml} holding a feed: one article per item ({@link FeedInput});
 *   <li>{@code .warc}, {@code .warc.gz}: one article per HTML response record, streamed ({@link WarcInput});
 *   <li>anything else: HTML or a feed when its content starts like one, else plain text, one article per file.
 * </ul>
 *
 * <p>A file ending in {@code .gz} is decompressed first and then read by the rest of its name
 * ({@code a.jsonl.gz}), up to a bound on what it inflates to (as a WARC record and its HTTP body are); of a JSON
 * Lines file cut short, the complete lines before the cut are read and the cut is reported. Directories are read
 * recursively in name order, skipping hidden files.
 *
 * <p>The anchor date of a document is, in order: the override given here, the date the input's metadata gives
 * (the {@code date} field of a JSON record, a page's published-time meta tag, a feed item's {@code pubDate}, a
 * WARC record's WARC-Date), the date line in the text, and last the day of reading (with a warning).
 *
 * <p>What no store can hold never leaves here: a NUL anywhere (raw, or the JSON escape of U+0000) becomes a
 * space and a lone surrogate U+FFFD, in the text, id, title, credit and metadata, one character for one so that
 * offsets stay right, with a warning that names the document ({@link Storable}).
 */
public final class DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXT_FIELDS = List.of("text", "body");

  /** What a compressed file or record may inflate to: 128 MiB, far beyond a file of news, far below a heap. */
  public static final int DEFAULT_MAX_INFLATED = 128 << 20;

  private final @Nullable LocalDate override;
  private final LocalDate today;
  private final int maxInflated;

  /**
   * A reader with the {@link #DEFAULT_MAX_INFLATED} bound on what compressed input inflates to.
   *
   * @param override the anchor date for every document ({@code --date}), or null to find one per document
   * @param today the date used when nothing else gives one
   */
  public DocumentReader(@Nullable LocalDate override, LocalDate today) {
    this(override, today, DEFAULT_MAX_INFLATED);
  }

  /**
   * @param maxInflated the most bytes a {@code .gz} file, a WARC record or its compressed HTTP body inflates to;
   *     inflating stops there and the input is reported (a gzip bomb never reaches the heap)
   */
  public DocumentReader(@Nullable LocalDate override, LocalDate today, int maxInflated) {
    if (maxInflated < 1) {
      throw new IllegalArgumentException("the inflated size limit is at least 1 byte, not " + maxInflated);
    }
    this.override = override;
    this.today = today;
    this.maxInflated = maxInflated;
  }

  /**
   * All of {@code in}, which inflates compressed input, up to {@link #maxInflated} bytes.
   *
   * @throws IOException past that bound, saying so, or when {@code in} fails
   */
  byte[] inflated(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(maxInflated);
    if (in.read() >= 0) {
      throw new IOException("it inflates past the limit of " + maxInflated + " bytes");
    }
    return bytes;
  }

  /**
   * All of {@code in} as {@link #inflated(InputStream)} gives it, written into {@code out} as it comes, so that what
   * inflated before a failure ({@code EOFException} for a file cut short) is there to take.
   */
  private byte[] inflated(InputStream in, ByteArrayOutputStream out) throws IOException {
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + n > maxInflated) {
        throw new IOException("it inflates past the limit of " + maxInflated + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Reads {@code source} ({@code -} for standard input) and hands each outcome to {@code sink}. */
  public void read(String source, InputStream stdin, Consumer<Read> sink) {
    if (source.equals("-")) {
      try {
        readBytes("stdin", stdin.readAllBytes(), false, sink);
      } catch (IOException e) {
        sink.accept(new Read.Failed("stdin", "cannot read: " + e.getMessage()));
      }
      return;
    }
    Path path = Path.of(source);
    if (!Files.exists(path)) {
      sink.accept(new Read.Failed(source, "no such file or directory"));
    } else if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        Iterator<Path> it = files.filter(Files::isRegularFile)
            .filter(p -> !path.relativize(p).toString().matches("(.*/)?\\..*"))
            .sorted()
            .iterator();
        while (it.hasNext()) {
          readFile(it.next(), sink);
        }
      } catch (IOException | UncheckedIOException e) {
        sink.accept(new Read.Failed(source, "cannot list directory: " + e.getMessage()));
      }
    } else {
      readFile(path, sink);
    }
  }

  private void readFile(Path file, Consumer<Read> sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      WarcInput.read(file, this, sink);
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.accept(new Read.Failed(file.toString(), "cannot read: " + e.getMessage()));
      return;
    }
    read(file.toString(), bytes, sink);
  }

  /**
   * Reads the whole content of the file {@code origin} (a path or URI, whose name says the format as for
   * {@link #read(String, InputStream, Consumer)}; not a WARC file, see {@link #readWarc}) from {@code bytes}.
   */
  public void read(String origin, byte[] bytes, Consumer<Read> sink) {
    String name = Path.of(origin).getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = inflated(in, out);
      } catch (EOFException e) {
        // A file cut short (a download or a copy that stopped): its complete lines are read, the rest told.
        byte[] head = out.toByteArray();
        int lines = isJsonLines(name) ? lastNewline(head) + 1 : 0;
        sink.accept(new Read.Failed(origin, "cannot decompress: the file is cut short after " + head.length
            + " bytes" + (lines > 0 ? "; the complete lines before the cut are read" : "")));
        if (lines == 0) {
          return;
        }
        bytes = Arrays.copyOf(head, lines);
      } catch (IOException e) {
        sink.accept(new Read.Failed(origin, "cannot decompress: " + e.getMessage()));
        return;
      }
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      sink.accept(page(origin, idOf(origin), HtmlText.decode(bytes, null), null, Map.of()));
    } else if (name.endsWith(".rss") || name.endsWith(".atom")) {
      FeedInput.read(origin, idOf(origin), bytes, this, sink);
    } else if (name.endsWith(".xml")) {
      String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
      if (FeedInput.looksLikeFeed(head)) {
        FeedInput.read(origin, idOf(origin), bytes, this, sink);
      } else if (HtmlText.looksLikeHtml(head)) {
        sink.accept(page(origin, idOf(origin), HtmlText.decode(bytes, null), null, Map.of()));
      } else {
        sink.accept(new Read.Failed(origin, "an XML file that is neither an RSS or Atom feed nor HTML"));
      }
    } else {
      readBytes(origin, bytes, isJsonLines(name), sink);
    }
  }

  /** Whether a file of this name holds JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}, before any {@code .gz}). */
  public static boolean isJsonLines(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
  }

  /** Whether a file of this name is a WARC file ({@code .warc}, {@code .warc.gz}). */
  public static boolean isWarc(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * Reads the WARC file {@code origin} from {@code channel}, streaming, as a {@code .warc} file is read (see
   * {@link WarcInput}); the channel is closed at the end.
   */
  public void readWarc(String origin, SeekableByteChannel channel, Consumer<Read> sink) {
    WarcInput.read(origin, channel, this, sink);
  }

  private void readBytes(String origin, byte[] bytes, boolean jsonLinesByName, Consumer<Read> sink) {
    String text;
    try {
      text = decode(bytes);
    } catch (IllegalArgumentException e) {
      sink.accept(new Read.Failed(origin, e.getMessage()));
      return;
    }
    if (text.isBlank()) {
      sink.accept(new Read.Failed(origin, "empty input"));
      return;
    }
    boolean jsonl = jsonLinesByName || (origin.equals("stdin") && text.stripLeading().startsWith("{"));
    String start = text.stripLeading();
    if (jsonl) {
      readJsonLines(origin, text, sink);
    } else if (HtmlText.looksLikeHtml(text)) {
      sink.accept(page(origin, idOf(origin), text, null, Map.of()));
    } else if (start.startsWith("<") && FeedInput.looksLikeFeed(start)) {
      FeedInput.read(origin, idOf(origin), bytes, this, sink);
    } else {
      sink.accept(text(origin, idOf(origin), text));
    }
  }

  /**
   * Decodes strict UTF-8, or UTF-16 of either byte order when a byte order mark says so, rejecting binary data
   * and malformed bytes with the byte offset.
   */
  static String decode(byte[] bytes) {
    boolean bigEndian = bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF;
    boolean littleEndian = bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
        && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0); // FF FE 00 00 is UTF-32's mark
    if (bigEndian || littleEndian) {
      return utf16(bytes, bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    }
    int controls = 0;
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new IllegalArgumentException("binary file (NUL byte at offset " + i + ")");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > 32) {
      throw new IllegalArgumentException("binary file (" + controls + " control bytes in the first 8 KiB)");
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (MalformedInputException e) {
      throw new IllegalArgumentException("invalid UTF-8 at byte " + malformedOffset(bytes));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("invalid UTF-8: " + e.getMessage());
    }
  }

  /** The text after a UTF-16 byte order mark, strictly decoded. */
  private static String utf16(byte[] bytes, java.nio.charset.Charset order) {
    try {
      return order.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("invalid " + order.name() + " (after its byte order mark)");
    }
  }

  private static int malformedOffset(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  /**
   * A plain-text article, read as a plain-text file is: the whole text is the document's, its title, date line
   * and credit found in it ({@link Layout}); a date line without a year anchors with a warning.
   *
   * @param origin where it came from, for messages ({@code http:/api/extract})
   * @param id its id (see {@link TextHash#id} for one made from the text)
   */
  public Read text(String origin, String id, String text) {
    return article(origin, id, null, text, null, null, Map.of());
  }

  /**
   * The document of an HTML page: its article text, title, byline, site name and date from {@link HtmlText},
   * and in the metadata its url, byline and source map ({@code offsets}, see {@link SourceMap}).
   *
   * @param crawled the date to use when the page gives none (a WARC record's date), or null
   * @param extra more metadata (the url and record id of a WARC record)
   */
  Read page(String origin, String id, String html, @Nullable LocalDate crawled, Map<String, Object> extra) {
    HtmlText page = HtmlText.page(html);
    if (page.text().isBlank()) {
      return new Read.Failed(origin, "no article text found in the page");
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("format", "html");
    if (page.url() != null) {
      metadata.put("url", page.url());
    }
    metadata.putAll(extra);
    if (page.byline() != null) {
      metadata.put("byline", page.byline());
    }
    metadata.put("offsets", page.sourceMap().toMetadata());
    return article(origin, id, page.title(), page.text(), page.published() != null ? page.published() : crawled,
        page.siteName(), metadata);
  }

  /**
   * A document: the date is the override, else {@code metaDate}, else the text's date line, else today; the
   * title and the credit are the ones given, else the text's own (a plain-text article gives neither).
   */
  Read article(String origin, String id, @Nullable String title, String text, @Nullable LocalDate metaDate,
      @Nullable String credit, Map<String, Object> metadata) {
    Layout layout = Layout.of(text, override != null ? override : today);
    List<String> warnings = new ArrayList<>();
    Anchor anchor = anchor(layout, metaDate, true, warnings);
    return ok(id, title != null ? title : layout.title(), text, anchor,
        credit != null ? Outlets.standard().credit(credit) : layout.credit(), origin, metadata, warnings);
  }

  private record Anchor(LocalDate date, DateSource source) {}

  /**
   * The anchor date: the override, else {@code metaDate}, else the text's date line (one without a year only
   * when {@code yearlessDateline}, with a warning), else today with a warning.
   */
  private Anchor anchor(Layout layout, @Nullable LocalDate metaDate, boolean yearlessDateline,
      List<String> warnings) {
    if (override != null) {
      return new Anchor(override, DateSource.OVERRIDE);
    }
    if (metaDate != null) {
      return new Anchor(metaDate, DateSource.METADATA);
    }
    LocalDate line = layout.date();
    if (line != null && (yearlessDateline || !layout.dateYearGuessed())) {
      if (layout.dateYearGuessed()) {
        warnings.add("the date line gives no year; assumed " + line.getYear());
      }
      return new Anchor(line, DateSource.DATELINE);
    }
    warnings.add("no date found; relative dates are anchored on today, " + today + " (use --date)");
    return new Anchor(today, DateSource.TODAY);
  }

  private void readJsonLines(String origin, String text, Consumer<Read> sink) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      sink.accept(jsonLine(origin + ":" + (i + 1), lines[i], idOf(origin) + "-" + (i + 1)));
    }
  }

  /**
   * One line of a JSON Lines file, read as {@code dyad ingest} reads it: a record named {@code where}
   * ({@code file:line}), whose id is its {@code id} field, else {@code fallbackId} (the file's {@link #idOf}, a
   * dash and the line number).
   */
  public Read jsonLine(String where, String line, String fallbackId) {
    try {
      return jsonRecord(where, JSON.readTree(line.strip()), fallbackId);
    } catch (JsonProcessingException e) {
      return new Read.Failed(where, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * A record given as a JSON object ({@code id}, {@code date}, {@code title}, {@code text} or {@code body},
   * {@code credit}; every other field kept as metadata), read as a line of JSON Lines is.
   */
  public Read jsonRecord(String where, JsonNode node, String fallbackId) {
    try {
      return record(where, node, fallbackId);
    } catch (IllegalArgumentException e) {
      return new Read.Failed(where, e.getMessage());
    }
  }

  private Read record(String where, JsonNode node, String fallbackId) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + node.getNodeType());
    }
    String text = null;
    String textField = null;
    for (String f : TEXT_FIELDS) {
      JsonNode v = node.get(f);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        text = v.asText();
        textField = f;
        break;
      }
    }
    String title = node.hasNonNull("title") ? node.get("title").asText() : null;
    List<String> warnings = new ArrayList<>();
    if (text == null && title != null && !title.isBlank()) {
      // A headline-only item (a wire "brief"): the headline is all there is to read.
      text = title;
      textField = "title";
      warnings.add("no \"text\" or \"body\": the title is the text");
    }
    if (text == null) {
      throw new IllegalArgumentException("no \"text\", \"body\" or \"title\" field with text");
    }
    JsonNode idNode = node.get("id");
    if (idNode != null && !idNode.isNull()
        && !(idNode.isIntegralNumber() || idNode.isTextual() && !idNode.asText().isBlank())) {
      // an object or a list would be read as an empty id, and a second such record taken for a duplicate
      throw new IllegalArgumentException("\"id\" must be a string or a whole number, not " + idNode);
    }
    String id = node.hasNonNull("id") ? idNode.asText() : fallbackId;
    Layout layout = Layout.of(text, override != null ? override : today);
    LocalDate metaDate = null;
    if (node.hasNonNull("date")) {
      metaDate = parseDate(node.get("date").asText());
      if (metaDate == null) {
        warnings.add("unreadable date \"" + node.get("date").asText() + "\"");
      }
    }
    // A record's text is a body: a year-less dateline in it is too weak to anchor on.
    Anchor anchor = anchor(layout, metaDate, false, warnings);
    String credit = node.hasNonNull("credit") && !node.get("credit").asText().equals("None")
        ? Outlets.standard().credit(node.get("credit").asText())
        : layout.credit();
    Map<String, Object> metadata = new LinkedHashMap<>();
    var fields = node.fields();
    while (fields.hasNext()) {
      var f = fields.next();
      String k = f.getKey();
      if (k.equals("id") || k.equals("title") || k.equals("date") || k.equals(textField) || f.getValue().isNull()) {
        continue;
      }
      metadata.put(k, JSON.convertValue(f.getValue(), Object.class));
    }
    return ok(id, title, text, anchor, credit, where, metadata, warnings);
  }

  /**
   * Where every document is made: its strings (and the warnings, which quote the input) cleaned of what a store
   * cannot hold ({@link Storable}, one character for one, so offsets stay right), with a warning when the
   * document's were.
   */
  private static Read.Ok ok(String id, @Nullable String title, String text, Anchor anchor, @Nullable String credit,
      String origin, Map<String, Object> metadata, List<String> warnings) {
    Storable s = new Storable();
    Document d = new Document(s.clean(id), s.cleanOrNull(title), s.clean(text), anchor.date(), anchor.source(),
        s.cleanOrNull(credit), origin, s.clean(metadata));
    Storable quoted = new Storable();
    List<String> all = new ArrayList<>();
    warnings.forEach(w -> all.add(quoted.clean(w)));
    String cleaned = s.warning();
    if (cleaned != null) {
      all.add(cleaned);
    }
    return new Read.Ok(d, all);
  }

  /**
   * The day of a record's {@code date} field: an ISO date or date-time ({@code 2023-12-11},
   * {@code 1987-02-26T15:01:01}, with or without zone); null when it is none of those.
   */
  public static @Nullable LocalDate parseDate(String s) {
    String v = s.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      // try the date-time forms below
    }
    try {
      return LocalDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // and with a zone
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The id that the documents of a file are named by when they have none: its name without extensions. */
  public static String idOf(String origin) {
    String name = Path.of(origin).getFileName().toString().replaceFirst("(?i)\\.gz$", "");
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
