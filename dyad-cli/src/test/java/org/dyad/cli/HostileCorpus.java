package org.dyad.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hostile inputs of issue 13 into a folder, made here rather than stored so that the repository stays
 * small: every kind the issue lists, each file named for what it is. Each {@link Input} says whether the file as
 * a whole is refused (one line on standard error naming it) or read (some or all of its documents extracted).
 *
 * <pre>{@code
 * List<HostileCorpus.Input> inputs = HostileCorpus.write(dir);
 * }</pre>
 */
final class HostileCorpus {
  private HostileCorpus() {}

  /**
   * One hostile input.
   *
   * @param file its path
   * @param refused a problem naming the file (or {@code file:line}, {@code file#item}, {@code file@offset}) that
   *     stderr must show, or null when every document in it is to be read
   */
  record Input(Path file, String kind, String refused) {}

  private static final String SENTENCE = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk"
      + " Yeol in Seoul on Sunday, officials said.";

  /** Writes every input into {@code dir} and returns them, in the order written. */
  static List<Input> write(Path dir) throws IOException {
    List<Input> in = new ArrayList<>();
    byte[] binary = new byte[4096];
    new java.util.Random(13).nextBytes(binary);
    binary[100] = 0;
    in.add(bytes(dir, "binary-with-nul.bin", binary, "binary file (NUL byte"));
    byte[] controls = new byte[2048];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (1 + i % 7);
    }
    in.add(bytes(dir, "binary-without-nul.dat", controls, "binary file ("));
    in.add(bytes(dir, "empty.txt", new byte[0], "empty input"));
    in.add(text(dir, "long-line-20mb.txt", "Seoul ".repeat(20 * 1024 * 1024 / 6), null));
    in.add(bytes(dir, "invalid-utf8.txt", concat(SENTENCE.getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, '(', (byte) 0xFF}), "invalid UTF-8 at byte"));
    in.add(text(dir, "lone-surrogate.jsonl", "{\"id\": \"s1\", \"text\": \"" + SENTENCE + " \\ud800 and \\udc00.\"}\n",
        null));
    in.add(bytes(dir, "utf16-le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        SENTENCE.getBytes(StandardCharsets.UTF_16LE)), null));
    in.add(bytes(dir, "utf16-be-bom.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        SENTENCE.getBytes(StandardCharsets.UTF_16BE)), null));
    in.add(bytes(dir, "utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        SENTENCE.getBytes(StandardCharsets.UTF_8)), null));
    in.add(bytes(dir, "latin1-undeclared.txt", ("Le Pr\u00e9sident fran\u00e7ais a visit\u00e9 S\u00e3o Paulo.")
        .getBytes(StandardCharsets.ISO_8859_1), "invalid UTF-8 at byte"));
    in.add(text(dir, "cr-only.txt", "Leaders meet\r\r" + SENTENCE + "\r" + SENTENCE + "\r", null));
    in.add(text(dir, "crlf.txt", "Leaders meet\r\n\r\n" + SENTENCE + "\r\n" + SENTENCE + "\r\n", null));
    in.add(text(dir, "nfd-combining.txt", "Pre\u0301sident Franc\u0327ois Hollande visited Sa\u0303o Paulo. "
        + SENTENCE, null));
    in.add(text(dir, "right-to-left.txt", "\u0627\u0644\u0631\u0626\u064a\u0633 \u05e9\u05dc\u05d5\u05dd "
        + SENTENCE + " \u202eevil\u202c", null));
    in.add(text(dir, "emoji-surrogates.txt", "\ud83d\ude00\ud83c\uddef\ud83c\uddf5 " + SENTENCE + " \ud801\udc37.",
        null));
    in.add(text(dir, "zero-width.txt", "Fumio\u200b Kishida\u200d met\u2060 Yoon\ufeff Suk Yeol in Seoul on Sunday.",
        null));
    in.add(bytes(dir, "raw-nul.jsonl", ("{\"id\": \"n1\", \"text\": \"" + SENTENCE + "\u0000\"}\n")
        .getBytes(StandardCharsets.UTF_8), "binary file (NUL byte"));
    in.add(text(dir, "escaped-nul.jsonl", "{\"id\": \"n2\", \"text\": \"" + SENTENCE + " \\u0000 end.\", "
        + "\"title\": \"a\\u0000b\"}\n", null));
    in.add(text(dir, "u2028.jsonl", "{\"id\": \"l1\", \"text\": \"" + SENTENCE + "\u2028" + SENTENCE + "\u2029.\"}\n",
        null));
    in.add(text(dir, "nested-closed.html", "<html><body>" + "<div>".repeat(10_000) + "<p>" + SENTENCE + "</p>"
        + "</div>".repeat(10_000) + "</body></html>", null));
    in.add(text(dir, "nested-unclosed.html", "<html><body>" + "<div><span>".repeat(10_000) + "<p>" + SENTENCE,
        null));
    in.add(bytes(dir, "wrong-charset.html", ("<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>"
        + SENTENCE + " \u00c9lys\u00e9e \u2014 \u201cquoted\u201d.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8), null));
    in.add(text(dir, "script.html", "<html><head><script>alert('x')</script></head><body onload=\"alert(1)\">"
        + "<article><p onclick=\"steal()\">" + SENTENCE + "</p><img src=x onerror=\"alert(2)\">"
        + "<script>document.write('<p>injected</p>')</script></article></body></html>", null));
    in.add(text(dir, "xxe.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
        + "]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>x</title><description>&xxe; " + SENTENCE
        + "</description></item></channel></rss>", "xxe.rss"));
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    laughs.append("]>\n<rss version=\"2.0\"><channel><title>t</title><item><description>&lol9;</description></item>"
        + "</channel></rss>");
    in.add(text(dir, "billion-laughs.rss", laughs.toString(), "billion-laughs.rss"));
    in.add(text(dir, "netscape-rss091.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape "
        + "Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
        + "<rss version=\"0.91\"><channel><title>Wire</title><link>http://example.org/</link><description>d"
        + "</description><language>en</language><item><title>Leaders meet</title><link>http://example.org/1</link>"
        + "<description>" + SENTENCE + "</description></item></channel></rss>", null));
    in.add(bytes(dir, "gzip-bomb.jsonl.gz", gzipBomb(160 << 20), "inflates past the limit"));
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      lines.append("{\"id\": \"t").append(i).append("\", \"text\": \"").append(SENTENCE).append(" Line ").append(i)
          .append(".\"}\n");
    }
    byte[] good = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
    in.add(bytes(dir, "truncated.jsonl.gz", java.util.Arrays.copyOf(good, good.length / 2), "cannot decompress"));
    in.add(text(dir, "not-gzip.txt.gz", SENTENCE, "cannot decompress"));
    in.add(bytes(dir, "lying-length.warc", lyingWarc(), "corrupt WARC record"));
    in.add(text(dir, "line-10mb.jsonl", "{\"id\": \"big\", \"text\": \"" + "Seoul said. ".repeat(10 * 1024 * 1024 / 12)
        + "\"}\n{\"id\": \"after-big\", \"text\": \"" + SENTENCE + "\"}\n", null));
    in.add(text(dir, "deep-nesting.jsonl", "{\"id\": \"d1\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000)
        + ", \"text\": \"" + SENTENCE + "\"}\n{\"id\": \"d2\", \"text\": \"" + SENTENCE + "\"}\n", "deep-nesting.jsonl:1"));
    in.add(text(dir, "wrong-types.jsonl", "{\"id\": \"w1\", \"text\": 12}\n{\"id\": \"w2\", \"text\": \"" + SENTENCE
        + "\", \"date\": \"31 February 2023\"}\n{\"id\": [1], \"text\": \"" + SENTENCE + "\"}\n",
        "wrong-types.jsonl:1"));
    in.add(text(dir, "duplicate-ids.jsonl", ("{\"id\": \"same\", \"text\": \"" + SENTENCE + "\"}\n").repeat(2)
        + "{\"id\": \"same\", \"text\": \"Another text under the same id.\"}\n", null));
    in.add(text(dir, "only-quotes.txt", "\"\u201c\u201d\u00ab\u00bb'".repeat(75 * 1024 / 6), null));
    in.add(text(dir, "unbalanced-quotes.txt", ("\u201cYes, he said\n\u201d\n").repeat(2_500), null));
    in.add(text(dir, "sentence-3000-tokens.txt", words(3_000), null));
    in.add(text(dir, "sentence-20000-tokens.txt", words(20_000), null));
    in.add(text(dir, "name with spaces \u00fc\u00df \u65e5\u672c.txt", SENTENCE, null));
    Path loop = Files.createDirectories(dir.resolve("symlink-loop"));
    Files.writeString(loop.resolve("inside.txt"), SENTENCE);
    Files.createSymbolicLink(loop.resolve("again"), loop);
    in.add(new Input(loop.resolve("inside.txt"), "a directory with a symlink loop", null));
    return in;
  }

  /** A sentence of {@code n} tokens of news words with no punctuation. */
  private static String words(int n) {
    String[] w = {"the", "minister", "of", "Japan", "met", "officials", "in", "Seoul", "and", "talked", "about",
        "trade", "with", "South", "Korea", "on", "Sunday"};
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(w[i % w.length]);
    }
    return s.append('\n').toString();
  }

  /** A WARC of three HTML responses whose second says it is 10 bytes longer than it is. */
  private static byte[] lyingWarc() {
    StringBuilder w = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      String html = "<html><body><article><p>" + SENTENCE + " Record " + i + ".</p></article></body></html>";
      String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
          + html.length() + "\r\n\r\n" + html;
      int declared = http.getBytes(StandardCharsets.UTF_8).length + (i == 2 ? 10 : 0);
      w.append("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/").append(i)
          .append("\r\nWARC-Date: 2023-12-11T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000000").append(i)
          .append("-0000-0000-0000-000000000000>\r\nContent-Type: application/http; msgtype=response\r\n")
          .append("Content-Length: ").append(declared).append("\r\n\r\n").append(http).append("\r\n\r\n");
    }
    return w.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzipBomb(int inflated) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < inflated >> 20; i++) {
        gz.write(zeros);
      }
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static Input text(Path dir, String name, String content, String refused) throws IOException {
    return bytes(dir, name, content.getBytes(StandardCharsets.UTF_8), refused);
  }

  private static Input bytes(Path dir, String name, byte[] content, String refused) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return new Input(f, name, refused);
  }
}
