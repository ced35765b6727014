package org.dyad.model;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One article as read: its text never changes after this point, and every offset indexes into it.
 *
 * @param id a stable identifier (the input's id, or one derived from the file name and line)
 * @param title the headline, when the input has one
 * @param text the full text that all offsets index into
 * @param date the anchor date that relative time expressions resolve against
 * @param dateSource where {@code date} came from
 * @param credit the news agency or outlet credited ("Reuters", "AP"), when found
 * @param origin where the document was read from (file, line), for messages
 * @param metadata other input fields, kept as they came
 */
public record Document(
    String id,
    @Nullable String title,
    String text,
    LocalDate date,
    DateSource dateSource,
    @Nullable String credit,
    String origin,
    Map<String, Object> metadata) {
  public Document {
    metadata = Metadata.copy(metadata);
  }
}
