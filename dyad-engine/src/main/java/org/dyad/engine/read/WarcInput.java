package org.dyad.engine.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} compressed record by record, as Common Crawl's CC-NEWS
 * is) with jwarc, streaming: the file is never held in memory whole.
 *
 * <p>Each {@code response} record whose HTTP status is 2xx and whose payload is HTML becomes one document
 * through {@link HtmlText#page}: its id is the target URI (so the same page crawled twice is one document),
 * else the WARC-Record-ID; its date is the page's published date, else the day of WARC-Date; the url, the
 * record id and the source map (into the payload decoded with its charset) go into the metadata. Other records
 * (requests, metadata, warcinfo, redirects, images) are skipped in silence.
 *
 * <p>A record that cannot be parsed or is cut short becomes a {@link Read.Failed} at {@code file@offset} (the
 * byte offset of the record in the file, compressed when the file is); reading resumes at the next record
 * header ({@code WARC/1.} at a line start, or the next gzip member). A record whose Content-Length runs past its
 * end (into the next record's header) is told at its offset, and the records after it are read.
 */
final class WarcInput {
  private WarcInput() {}

  static void read(Path file, DocumentReader reader, Consumer<Read> sink) {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException | RuntimeException e) {
      sink.accept(new Read.Failed(file.toString(), "cannot read as WARC: " + message(e)));
      return;
    }
    read(file.toString(), channel, reader, sink);
  }

  /** Reads the WARC file {@code origin} from {@code channel} (a file, or a stream of a distributed file system). */
  static void read(String origin, SeekableByteChannel channel, DocumentReader reader, Consumer<Read> sink) {
    try (channel; WarcReader warc = new WarcReader(channel)) {
      boolean gzip = warc.compression() != WarcCompression.NONE;
      long previous = -1; // the offset of the last record returned; -1 before the first
      long resumed = -1; // the offset reading last resumed at after a failure
      @Nullable String failure = null; // what failed before reading resumed at a header, until that header reads
      while (true) {
        Optional<WarcRecord> record;
        try {
          record = warc.next();
        } catch (IOException | RuntimeException e) {
          // Reading went wrong after the previous record: resume at the next header. When that header reads, the
          // previous record's Content-Length lied (or bytes lie between records), and is told; when it fails
          // again, that record is bad, is told, and reading resumes at the header after it.
          long at = previous < 0 ? 0 : nextRecord(channel, previous + 1, gzip);
          if (at > resumed) {
            failure = message(e);
          } else {
            sink.accept(new Read.Failed(origin + "@" + Math.max(resumed, 0), "corrupt WARC record: " + message(e)));
            failure = null;
            at = nextRecord(channel, resumed + 1, gzip);
          }
          if (at < 0) {
            if (failure != null) {
              sink.accept(new Read.Failed(origin + "@" + Math.max(previous, 0), "corrupt WARC record: " + failure));
            }
            break;
          }
          resumed = at;
          warc.position(at);
          continue;
        }
        if (record.isEmpty()) {
          break;
        }
        if (failure != null) {
          sink.accept(new Read.Failed(origin + "@" + Math.max(previous, 0), "corrupt WARC record: " + failure
              + " (its Content-Length does not end at a record; reading resumed at the next, @" + resumed + ")"));
          failure = null;
        }
        previous = warc.position();
        String where = origin + "@" + previous;
        try {
          Read read = record.get() instanceof WarcResponse response ? response(response, where, reader) : null;
          if (read != null) {
            sink.accept(read);
          }
        } catch (IOException | RuntimeException e) {
          sink.accept(new Read.Failed(where, "corrupt WARC record: " + message(e)));
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(new Read.Failed(origin, "cannot read as WARC: " + message(e)));
    }
  }

  /** The document of a response record, or null when the record holds no HTML page. */
  private static @Nullable Read response(WarcResponse record, String where, DocumentReader reader)
      throws IOException {
    long declared = record.body().size();
    byte[] block;
    try (InputStream in = record.body().stream()) {
      block = reader.inflated(in);
    }
    if (block.length < declared) {
      throw new IOException("the record is cut short (" + block.length + " of " + declared + " bytes)");
    }
    MediaType type = record.contentType();
    if (!type.base().toString().equals("application/http")) {
      return null;
    }
    HttpResponse http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
    if (http.status() < 200 || http.status() >= 300) {
      return null;
    }
    byte[] payload;
    try (InputStream in = http.bodyDecoded().stream()) {
      payload = reader.inflated(in);
    }
    MediaType payloadType = http.contentType();
    String base = payloadType.base().toString().toLowerCase(Locale.ROOT);
    String charset = payloadType.parameters().get("charset");
    String html = HtmlText.decode(payload, charset);
    boolean isHtml = base.equals("text/html") || base.equals("application/xhtml+xml")
        || (base.isEmpty() || base.equals("application/octet-stream")) && HtmlText.looksLikeHtml(html);
    if (!isHtml) {
      return null;
    }
    String url = record.target();
    String recordId = record.id().toString();
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("url", url);
    metadata.put("warcRecordId", recordId);
    LocalDate crawled = record.date().atOffset(ZoneOffset.UTC).toLocalDate();
    return reader.page(where, url.isBlank() ? recordId : url, html, crawled, metadata);
  }

  /** The offset of the next record header at or after {@code from}, or -1 at the end of the file. */
  private static long nextRecord(SeekableByteChannel channel, long from, boolean gzip) throws IOException {
    byte[] marker = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    if (from <= 0) {
      return 0;
    }
    long pos = gzip ? from : from - 1;
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    while (pos < channel.size()) {
      buf.clear();
      channel.position(pos);
      while (buf.hasRemaining() && channel.read(buf) > 0) {
        // fill the buffer: a stream may return less than asked
      }
      int n = buf.position();
      if (n < marker.length) {
        return -1;
      }
      byte[] b = buf.array();
      for (int i = 0; i + marker.length <= n; i++) {
        if (startsWith(b, i, marker)) {
          return gzip ? pos + i : pos + i + 1;
        }
      }
      pos += n - marker.length + 1;
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int at, byte[] marker) {
    for (int k = 0; k < marker.length; k++) {
      if (b[at + k] != marker[k]) {
        return false;
      }
    }
    return true;
  }

  private static String message(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
