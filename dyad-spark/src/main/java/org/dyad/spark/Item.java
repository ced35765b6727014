package org.dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.engine.read.Read;
import org.dyad.engine.read.TextHash;
import org.dyad.model.DateSource;
import org.dyad.model.Document;
import org.jspecify.annotations.Nullable;

/**
 * One record of the input on its way through the job: a document read, or a record that could not be read.
 * Serializable, since Spark moves it between executors; the metadata travels as JSON text.
 */
sealed interface Item extends Serializable permits Item.Doc, Item.Bad {
  /** Where the record came from. */
  Source source();

  /**
   * Where a record came from.
   *
   * @param file the input file (a Hadoop path or URI)
   * @param offset the byte offset of the record in the file (JSON Lines, WARC; in the decompressed stream of a
   *     {@code .gz} file), the row number in a Parquet file, 0 for a file that is one document
   * @param origin where the record is, as {@code dyad ingest} reports it ({@code file:line}, {@code file@offset})
   * @param order the record's place in the input: the input argument, the file's path, then the offset; the job
   *     numbers documents in this order, as {@code dyad ingest} does
   * @param added when the file was last written: the records' {@code ingested_at}, the same on every run
   */
  record Source(String file, long offset, String origin, String order, LocalDateTime added) implements Serializable {
    /** The order of {@code offset} within the file {@code fileOrder}, sorting as numbers do. */
    static String order(String fileOrder, long offset) {
      return fileOrder + "\u0000" + String.format(java.util.Locale.ROOT, "%019d", offset);
    }
  }

  /**
   * A document read: the fields of a {@link Document}, the metadata as JSON, its {@link TextHash}, and the
   * reader's warnings about it.
   */
  record Doc(Source source, String id, @Nullable String title, String text, LocalDate date, DateSource dateSource,
      @Nullable String credit, String metadata, String textHash, List<String> warnings) implements Item {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Doc {
      warnings = List.copyOf(warnings);
    }

    static Doc of(Source source, Read.Ok read) {
      Document d = read.document();
      try {
        return new Doc(source, d.id(), d.title(), d.text(), d.date(), d.dateSource(), d.credit(),
            JSON.writeValueAsString(d.metadata()), TextHash.of(d.text()), read.warnings());
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("metadata of " + d.id() + " is not JSON: " + e.getOriginalMessage(), e);
      }
    }

    /** The document as the reader gave it, with its warnings. */
    Read.Ok read() {
      Map<String, Object> metadata;
      try {
        metadata = JSON.readValue(this.metadata, new TypeReference<LinkedHashMap<String, Object>>() {});
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("metadata written by Doc.of is JSON", e);
      }
      return new Read.Ok(new Document(id, title, text, date, dateSource, credit, source.origin(), metadata), warnings);
    }
  }

  /**
   * A record that could not be read or extracted.
   *
   * @param docId the document's id when it was read
   * @param stage {@code read}, {@code size} (over the limits) or {@code extract}
   */
  record Bad(Source source, @Nullable String docId, String stage, String message) implements Item {}
}
