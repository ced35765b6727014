package org.dyad.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DateSource;
import org.dyad.model.Extraction;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  @TempDir Path dir;

  private List<String> read(String source, LocalDate override) {
    List<String> out = new ArrayList<>();
    new DocumentReader(override, TODAY).read(source, new ByteArrayInputStream(new byte[0]), r -> out.add(
        r instanceof Read.Ok ok
            ? "OK " + ok.document().id() + " " + ok.document().date() + " " + ok.document().dateSource()
                + " " + ok.document().title() + " " + ok.warnings()
            : "FAILED " + r.origin().replace(dir.toString(), "") + " " + ((Read.Failed) r).message()));
    return out;
  }

  private List<String> read(String source) {
    return read(source, null);
  }

  @Test
  void jsonLinesKeepOtherFieldsReadHeadlineOnlyItemsAndReportMalformedLinesByNumber() throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), """
        {"id": "x1", "date": "1987-02-26T15:01:01", "title": "COCOA", "body": "Showers continued.", "topics": ["cocoa"]}
        {"id": "x2", "date": "2023-12-11", "text": "Text.
        {"id": "x3", "title": "U.S. SEES NO TRADE WAR", "date": "1987-04-01"}
        {"id": "x4", "topics": []}
        [1, 2]

        {"text": "No id, no date."}
        """);
    assertThat(read(dir.resolve("a.jsonl").toString())).containsExactly(
        "OK x1 1987-02-26 METADATA COCOA []",
        "FAILED /a.jsonl:2 malformed JSON: Unexpected end-of-input: was expecting closing quote for a string value",
        "OK x3 1987-04-01 METADATA U.S. SEES NO TRADE WAR [no \"text\" or \"body\": the title is the text]",
        "FAILED /a.jsonl:4 no \"text\", \"body\" or \"title\" field with text",
        "FAILED /a.jsonl:5 expected a JSON object, found ARRAY",
        "OK a-7 2026-11-29 TODAY null [no date found; relative dates are anchored on today, 2026-11-29 (use --date)]");
  }

  @Test
  void aLineOfJsonLinesOrAFilesBytesReadAloneGiveWhatReadingTheFileGives() throws IOException {
    String line = "{\"title\": \"Talks\", \"text\": \"Seoul, Dec 11: talks began.\", \"url\": \"https://x.example/1\"}";
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, "\n" + line + "\n");
    DocumentReader reader = new DocumentReader(null, TODAY);
    List<Read> fromFile = new ArrayList<>();
    reader.read(file.toString(), new ByteArrayInputStream(new byte[0]), fromFile::add);
    Read alone = reader.jsonLine(file + ":2", line, DocumentReader.idOf(file.toString()) + "-2");
    assertThat(alone).isEqualTo(fromFile.get(0));
    assertThat(((Read.Ok) alone).document().id()).isEqualTo("feed-2");
    List<Read> fromBytes = new ArrayList<>();
    reader.read(file.toString(), Files.readAllBytes(file), fromBytes::add);
    assertThat(fromBytes).isEqualTo(fromFile);
    assertThat(reader.jsonLine("feed.jsonl:3", "{\"text\": ", "feed-3")).hasToString(
        "Failed[origin=feed.jsonl:3, message=malformed JSON: Unexpected end-of-input within/between Object entries]");
  }

  @Test
  void aPlainTextArticleGivenAloneIsReadAsTheSameTextInAFileIs() throws IOException {
    String text = "Seoul ties\n\nSEOUL, Dec 11 (Reuters) - Talks began.\n";
    Path file = dir.resolve("seoul.txt");
    Files.writeString(file, text);
    DocumentReader reader = new DocumentReader(null, TODAY);
    List<Read> fromFile = new ArrayList<>();
    reader.read(file.toString(), new ByteArrayInputStream(new byte[0]), fromFile::add);
    assertThat(reader.text(file.toString(), "seoul", text)).isEqualTo(fromFile.get(0));
    Read.Ok posted = (Read.Ok) reader.text("http:/api/extract", TextHash.id("api-", text), text);
    assertThat(posted.document().id()).matches("api-[0-9a-f]{16}");
    assertThat(posted.document().title() + " " + posted.document().date() + " " + posted.document().credit() + " "
        + posted.warnings()).isEqualTo("Seoul ties 2025-12-11 Reuters [the date line gives no year; assumed 2025]");
  }

  @Test
  void aCreditGivenInAJsonRecordIsPutUnderItsOutletsOneNameAndAnUnknownOneIsKeptAsWritten() {
    DocumentReader reader = new DocumentReader(null, TODAY);
    List<String> credits = new ArrayList<>();
    for (String given : List.of("REUTER", "the Associated Press ", "Radio Kigali")) {
      Read.Ok ok = (Read.Ok) reader.jsonLine("feed.jsonl:1",
          "{\"id\": \"a\", \"date\": \"1987-03-01\", \"credit\": \"" + given + "\", \"text\": \"Talks began.\"}", "a");
      credits.add(ok.document().credit());
    }
    assertThat(credits).containsExactly("Reuters", "AP", "Radio Kigali");
  }

  @Test
  void readingWarningsBecomeProblemsOfStageReadAfterTheExtractorsOwn() {
    Read.Ok ok = (Read.Ok) new DocumentReader(null, TODAY).text("a.txt", "a", "Talks began.");
    Extraction x = ok.extractedBy(d -> new Extraction(d.id(), d.title(), d.date(), d.dateSource(), d.credit(),
        d.text(), List.of(), List.of(), List.of(), List.of(), List.of(new Problem("events", "events failed", 0, 12)),
        d.metadata()));
    assertThat(x.problems()).extracting(p -> p.stage() + ": " + p.message()).containsExactly(
        "events: events failed",
        "read: no date found; relative dates are anchored on today, 2026-11-29 (use --date)");
  }

  @Test
  void theTextHashIgnoresLineWrapsAndWidthButNoOtherChange() {
    String wrapped = "Japan thanked\n  South Korea.";
    assertThat(TextHash.of(wrapped)).isEqualTo(TextHash.of("Japan thanked South\u00a0Korea. ")).hasSize(64);
    assertThat(TextHash.of("Ｊａｐａｎ")).isEqualTo(TextHash.of("Japan"));
    assertThat(TextHash.of(wrapped)).isNotEqualTo(TextHash.of("Japan thanked North Korea."));
    assertThat(TextHash.id("api-", wrapped)).isEqualTo("api-" + TextHash.of(wrapped).substring(0, 16));
  }

  @Test
  void gzipFilesAreReadByTheRestOfTheirNameAndCorruptOnesAreReported() throws IOException {
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("a.jsonl.gz")))) {
      out.write("{\"date\": \"2023-12-11\", \"text\": \"One.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("b.txt.gz")))) {
      out.write("Seoul ties\n\n| 11 December 2023 |\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("c.txt.gz"), new byte[] {31, -117, 8, 0, 1, 2});
    assertThat(read(dir.toString())).containsExactly(
        "OK a-1 2023-12-11 METADATA null []",
        "OK b 2023-12-11 DATELINE Seoul ties []",
        "FAILED /c.txt.gz cannot decompress: the file is cut short after 0 bytes");
  }

  @Test
  void aJsonLinesGzipCutShortKeepsItsCompleteLinesAndReportsTheCut() throws IOException {
    var whole = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(whole)) {
      for (int i = 1; i <= 400; i++) {
        out.write(("{\"id\": \"k" + i + "\", \"date\": \"2023-12-11\", \"text\": \"Line " + i + " of the wire.\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] gz = whole.toByteArray();
    Files.write(dir.resolve("a.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    List<String> reads = read(dir.toString());
    assertThat(reads.get(0)).startsWith("FAILED /a.jsonl.gz cannot decompress: the file is cut short after ")
        .endsWith(" bytes; the complete lines before the cut are read");
    assertThat(reads.subList(1, reads.size())).hasSizeBetween(10, 399).allSatisfy(r -> assertThat(r).startsWith("OK k"));
    assertThat(reads.get(1)).isEqualTo("OK k1 2023-12-11 METADATA null []");
  }

  @Test
  void aGzipBombStopsInflatingAtTheLimitAndTheRestOfTheDirectoryIsRead() throws IOException {
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("a.txt.gz")))) {
      for (int mb = 0; mb <= DocumentReader.DEFAULT_MAX_INFLATED >> 20; mb++) { // a megabyte past the limit
        out.write(spaces);
      }
    }
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("b.txt.gz")))) {
      out.write("Seoul ties\n\n| 11 December 2023 |\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.size(dir.resolve("a.txt.gz"))).isLessThan(1 << 20);
    assertThat(read(dir.toString())).containsExactly(
        "FAILED /a.txt.gz cannot decompress: it inflates past the limit of 134217728 bytes",
        "OK b 2023-12-11 DATELINE Seoul ties []");
    List<String> small = new ArrayList<>();
    new DocumentReader(null, TODAY, 20).read(dir.resolve("b.txt.gz").toString(), System.in,
        r -> small.add(((Read.Failed) r).message()));
    assertThat(small).containsExactly("cannot decompress: it inflates past the limit of 20 bytes");
  }

  @Test
  void metadataFieldsAreKept() throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"x1\", \"body\": \"T.\", \"topics\": [\"cocoa\"], \"n\": null}\n");
    List<Object> meta = new ArrayList<>();
    new DocumentReader(null, TODAY).read(dir.resolve("a.jsonl").toString(), System.in,
        r -> meta.add(((Read.Ok) r).document().metadata()));
    assertThat(meta).hasToString("[{topics=[cocoa]}]");
  }

  @Test
  void metadataFieldsKeepTheInputOrderSoEveryRunWritesTheSameJson() throws IOException {
    StringBuilder line = new StringBuilder("{\"id\": \"x1\", \"body\": \"T.\"");
    List<String> keys = new ArrayList<>();
    for (char c = 'z'; c >= 'a'; c--) {
      keys.add(c + "field");
      line.append(", \"").append(c).append("field\": 1");
    }
    Files.writeString(dir.resolve("a.jsonl"), line.append("}\n"));
    List<Object> meta = new ArrayList<>();
    new DocumentReader(null, TODAY).read(dir.resolve("a.jsonl").toString(), System.in,
        r -> meta.add(List.copyOf(((Read.Ok) r).document().metadata().keySet())));
    assertThat(meta).containsExactly(keys);
  }

  @Test
  void dateOptionOverridesTheDateLine() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "| 11 December 2023, Monday |\n\nTitle of it\n\nBody.");
    assertThat(read(dir.resolve("a.txt").toString(), LocalDate.of(2024, 1, 2)))
        .containsExactly("OK a 2024-01-02 OVERRIDE Title of it []");
  }

  @Test
  void binaryInvalidUtf8AndEmptyFilesAreReportedAndTheRestOfTheDirectoryIsRead() throws IOException {
    Files.write(dir.resolve("1.bin"), new byte[] {1, 2, 0, 3});
    Files.write(dir.resolve("2.txt"), new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'});
    Files.writeString(dir.resolve("3.txt"), "  \n");
    Files.writeString(dir.resolve("4.txt"), "| 11 December 2023, Monday |\n\nA title here\n\nBody.");
    Files.writeString(dir.resolve(".hidden"), "skip me");
    assertThat(read(dir.toString())).containsExactly(
        "FAILED /1.bin binary file (NUL byte at offset 2)",
        "FAILED /2.txt invalid UTF-8 at byte 2",
        "FAILED /3.txt empty input",
        "OK 4 2023-12-11 DATELINE A title here []");
  }

  @Test
  void nulsAndLoneSurrogatesAnywhereAreCleanedCharacterForCharacterWithAWarningOnTheDocument() throws IOException {
    // JSON escapes in every field, and a raw NUL byte far past the first 8 KiB of a text file.
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"n\\u00001\", \"title\": \"Talks\\u0000\", \"text\":"
        + " \"Japan\\u0000\\u0000thanked Korea\\ud800.\", \"tags\": [\"x\\u0000\", {\"k\\u0000\": \"\\udc00\"}]}\n");
    String padding = "Japan thanked South Korea. ".repeat(400);
    Files.write(dir.resolve("b.txt"), (padding + "Seoul\u0000\u0000 replied.").getBytes(StandardCharsets.UTF_8));
    List<String> out = new ArrayList<>();
    List<org.dyad.model.Document> docs = new ArrayList<>();
    new DocumentReader(LocalDate.of(2023, 12, 11), TODAY).read(dir.toString(), System.in, r -> {
      Read.Ok ok = (Read.Ok) r;
      docs.add(ok.document());
      out.add(ok.origin().replace(dir.toString(), "") + " " + ok.warnings());
    });
    assertThat(out).containsExactly(
        "/a.jsonl:1 [6 NUL characters replaced by spaces, 2 lone surrogates replaced by U+FFFD (a store cannot hold them)]",
        "/b.txt [2 NUL characters replaced by spaces (a store cannot hold them)]");
    org.dyad.model.Document json = docs.get(0);
    assertThat(json.id() + "|" + json.title() + "|" + json.text() + "|" + json.metadata())
        .isEqualTo("n 1|Talks |Japan  thanked Korea\uFFFD.|{tags=[x , {k =\uFFFD}]}");
    String original = "Japan\u0000\u0000thanked Korea\ud800.";
    assertThat(json.text()).hasSameSizeAs(original);
    assertThat(json.text().substring(original.indexOf("thanked"), original.indexOf("thanked") + 7)).isEqualTo("thanked");
    String text = docs.get(1).text();
    assertThat(text).doesNotContain("\u0000").hasSize(padding.length() + "Seoul\u0000\u0000 replied.".length());
    assertThat(text.substring(padding.length() + 8, padding.length() + 15)).isEqualTo("replied");
  }

  @Test
  void utf16WithAByteOrderMarkIsDecodedInEitherOrderAndBrokenUtf16IsReported() throws IOException {
    String article = "| 11 December 2023 |\n\nSeoul ties\n\nJapan thanked South Korea.";
    Files.write(dir.resolve("be.txt"), ("\uFEFF" + article).getBytes(StandardCharsets.UTF_16BE));
    Files.write(dir.resolve("le.txt"), ("\uFEFF" + article).getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("odd.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, (byte) 0x00, (byte) 0xDC});
    List<String> texts = new ArrayList<>();
    new DocumentReader(null, TODAY).read(dir.resolve("le.txt").toString(), System.in,
        r -> texts.add(((Read.Ok) r).document().text()));
    assertThat(texts).containsExactly(article);
    assertThat(read(dir.toString())).containsExactly(
        "OK be 2023-12-11 DATELINE Seoul ties []",
        "OK le 2023-12-11 DATELINE Seoul ties []",
        "FAILED /odd.txt invalid UTF-16LE (after its byte order mark)");
  }

  @Test
  void anIdThatIsNoStringOrWholeNumberIsReportedNotReadAsEmpty() throws IOException {
    Files.writeString(dir.resolve("a.jsonl"), """
        {"id": {}, "text": "Japan thanked South Korea."}
        {"id": [1], "text": "Japan thanked South Korea."}
        {"id": " ", "text": "Japan thanked South Korea."}
        {"id": 17, "date": "2023-12-11", "text": "Japan thanked South Korea."}
        {"id": null, "date": "2023-12-11", "text": "Japan thanked South Korea."}
        """);
    assertThat(read(dir.resolve("a.jsonl").toString())).containsExactly(
        "FAILED /a.jsonl:1 \"id\" must be a string or a whole number, not {}",
        "FAILED /a.jsonl:2 \"id\" must be a string or a whole number, not [1]",
        "FAILED /a.jsonl:3 \"id\" must be a string or a whole number, not \" \"",
        "OK 17 2023-12-11 METADATA null []",
        "OK a-5 2023-12-11 METADATA null []");
  }

  @Test
  void missingFileIsReported() {
    assertThat(read(dir.resolve("nope.txt").toString())).containsExactly("FAILED /nope.txt no such file or directory");
  }

  @Test
  void standardInputIsReadAsPlainTextOrJsonLines() {
    List<String> out = new ArrayList<>();
    DocumentReader reader = new DocumentReader(null, TODAY);
    reader.read("-", new ByteArrayInputStream("{\"id\":\"s\",\"text\":\"Hi.\",\"date\":\"2020-01-01\"}\n"
        .getBytes(StandardCharsets.UTF_8)), r -> out.add(((Read.Ok) r).document().id()));
    reader.read("-", new ByteArrayInputStream("SEOUL, March 17, 2023 - Hi.".getBytes(StandardCharsets.UTF_8)),
        r -> out.add(((Read.Ok) r).document().date() + " " + ((Read.Ok) r).document().dateSource()));
    assertThat(out).containsExactly("s", "2023-03-17 " + DateSource.DATELINE);
  }
}
