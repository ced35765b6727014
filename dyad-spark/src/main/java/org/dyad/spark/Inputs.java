package org.dyad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.jspecify.annotations.Nullable;

/**
 * The input files, found on the driver and read on the executors through Hadoop's file systems, with dyad's
 * own readers ({@link DocumentReader}): JSON Lines line by line, WARC record by record, any other file (plain
 * text, HTML, RSS/Atom) whole. Parquet files are read by Spark ({@link ParquetInput}).
 */
final class Inputs {
  private static final Pattern RECORD_AT = Pattern.compile("[@#](\\d+)$");

  private Inputs() {}

  /**
   * An input file.
   *
   * @param argument which of the job's inputs named it (0, 1 ...)
   * @param path its full path
   * @param length its size in bytes
   * @param modified when it was last written (epoch milliseconds)
   */
  record InputFile(int argument, String path, long length, long modified) implements Serializable {
    /** Where the file comes in the input: by argument, then by path, as {@code dyad ingest} reads a folder. */
    String order() {
      return String.format(Locale.ROOT, "%05d", argument) + "\u0000" + path;
    }

    /** When it was written, to the second: the {@code ingested_at} of its documents. */
    LocalDateTime added() {
      return LocalDateTime.ofInstant(Instant.ofEpochMilli(modified - Math.floorMod(modified, 1000)), ZoneOffset.UTC);
    }

    /** The day it was written: the anchor date of its documents that give none. */
    LocalDate day() {
      return added().toLocalDate();
    }

    boolean parquet() {
      return path.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    Item.Source source(long offset, String origin) {
      return new Item.Source(path, offset, origin, Item.Source.order(order(), offset), added());
    }
  }

  /**
   * The files that {@code sources} name: files, folders (read recursively, leaving out names that start with
   * {@code .} or {@code _}), or glob patterns, on any Hadoop file system.
   *
   * @throws IllegalArgumentException when a source names nothing
   */
  static List<InputFile> list(Configuration conf, List<String> sources) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Path pattern = new Path(sources.get(i));
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("no input at " + sources.get(i));
      }
      List<InputFile> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          String root = m.getPath().toUri().getPath();
          RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
          while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (!hidden(f.getPath().toUri().getPath().substring(root.length()))) {
              files.add(new InputFile(i, f.getPath().toString(), f.getLen(), f.getModificationTime()));
            }
          }
        } else {
          files.add(new InputFile(i, m.getPath().toString(), m.getLen(), m.getModificationTime()));
        }
      }
      files.sort(Comparator.comparing(InputFile::path));
      out.addAll(files);
    }
    return out;
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** The records of one file (not Parquet), read as it streams in. */
  static Streamed<Item> read(InputFile file, Configuration conf, Settings settings) {
    return new Streamed<>(file.path(), sink -> {
      DocumentReader reader = new DocumentReader(settings.date(), file.day());
      try {
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(conf);
        String name = path.getName();
        if (DocumentReader.isWarc(name)) {
          reader.readWarc(file.path(), new HadoopChannel(fs.open(path), file.length()), r -> sink.accept(item(file, r)));
        } else if (DocumentReader.isJsonLines(name)) {
          try (InputStream in = open(fs, path)) {
            jsonLines(file, in, reader, settings.maxRecordBytes(), sink);
          }
        } else if (file.length() > settings.maxRecordBytes()) {
          sink.accept(new Item.Bad(file.source(0, file.path()), null, "size", "a file of " + file.length()
              + " bytes, over the limit of " + settings.maxRecordBytes() + " for one document"));
        } else {
          byte[] bytes;
          try (FSDataInputStream in = fs.open(path)) {
            bytes = in.readAllBytes();
          }
          reader.read(file.path(), bytes, r -> sink.accept(item(file, r)));
        }
      } catch (IOException | RuntimeException e) {
        sink.accept(new Item.Bad(file.source(0, file.path()), null, "read", "cannot read: " + e));
      }
    });
  }

  private static InputStream open(FileSystem fs, Path path) throws IOException {
    FSDataInputStream in = fs.open(path);
    return path.getName().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** A record read, placed in the file by the offset its origin ends in ({@code file@offset}, {@code file#item}). */
  private static Item item(InputFile file, Read read) {
    Matcher m = RECORD_AT.matcher(read.origin());
    long offset = m.find() ? Long.parseLong(m.group(1)) : 0;
    return item(file.source(offset, read.origin()), read);
  }

  static Item item(Item.Source source, Read read) {
    if (read instanceof Read.Ok ok) {
      return Item.Doc.of(source, ok);
    }
    Read.Failed f = (Read.Failed) read;
    return new Item.Bad(source, null, "read", f.message());
  }

  /**
   * JSON Lines, line by line as {@code dyad ingest} reads them (blank lines skipped, line numbers counted from
   * 1), each line's byte offset kept; a line over {@code maxBytes} or not UTF-8 is a bad record.
   */
  private static void jsonLines(InputFile file, InputStream in, DocumentReader reader, long maxBytes,
      Consumer<Item> sink) throws IOException {
    String id = DocumentReader.idOf(file.path());
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long offset = 0;
    long start = 0;
    int number = 1;
    boolean over = false;
    int n;
    while ((n = in.read(buf)) > 0) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          if (!over) {
            line.write(buf, from, i - from);
            over = line.size() > maxBytes;
          }
          jsonLine(file, reader, id, number++, start, line.toByteArray(), maxBytes, over, sink);
          line.reset();
          over = false;
          from = i + 1;
          start = offset + i + 1;
        }
      }
      if (!over) {
        line.write(buf, from, n - from);
        over = line.size() > maxBytes;
        if (over) {
          line.reset();
        }
      }
      offset += n;
    }
    if (over || line.size() > 0) {
      jsonLine(file, reader, id, number, start, line.toByteArray(), maxBytes, over, sink);
    }
  }

  private static void jsonLine(InputFile file, DocumentReader reader, String id, int number, long offset,
      byte[] bytes, long maxBytes, boolean over, Consumer<Item> sink) {
    String where = file.path() + ":" + number;
    Item.Source source = file.source(offset, where);
    if (over) {
      sink.accept(new Item.Bad(source, null, "size", "a line over the limit of " + maxBytes + " bytes for one record"));
      return;
    }
    String text = utf8(bytes);
    if (text == null) {
      sink.accept(new Item.Bad(source, null, "read", "invalid UTF-8"));
    } else if (!text.isBlank()) {
      String record = number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
      sink.accept(item(source, reader.jsonLine(where, record, id + "-" + number)));
    }
  }

  private static @Nullable String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
