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
        "FAILED /c.txt.gz cannot decompress: the file is cut short");
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
