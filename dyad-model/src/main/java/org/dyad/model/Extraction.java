package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything dyad extracted from one document. Offsets index into {@link #text()}. Its JSON form is described by
 * the JSON Schema {@code extraction.schema.json} beside this class, whose version it carries ({@link
 * #schemaVersion}).
 */
@JsonPropertyOrder({
  "schemaVersion", "id", "title", "date", "dateSource", "credit", "text", "entities", "timexes", "quotes", "events",
  "problems", "metadata"
})
public record Extraction(
    String id,
    @Nullable String title,
    LocalDate date,
    DateSource dateSource,
    @Nullable String credit,
    String text,
    List<Entity> entities,
    List<Timex> timexes,
    List<Quote> quotes,
    List<Event> events,
    List<Problem> problems,
    Map<String, Object> metadata) {
  public Extraction {
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    problems = List.copyOf(problems);
    metadata = Metadata.copy(metadata);
  }

  /** The version of {@code extraction.schema.json}: it rises when a field is added, removed or changes meaning. */
  public static final int SCHEMA_VERSION = 2;

  /** The version of the JSON Schema this extraction's JSON form follows, {@link #SCHEMA_VERSION}. */
  @JsonProperty("schemaVersion")
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** This extraction with {@code more} problems after its own (for instance warnings from reading). */
  public Extraction withProblems(List<Problem> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.addAll(more);
    return new Extraction(id, title, date, dateSource, credit, text, entities, timexes, quotes, events, all,
        metadata);
  }

  /** The entity with this id. */
  public Entity requireEntity(String entityId) {
    return entities.stream()
        .filter(e -> e.id().equals(entityId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entity " + entityId + " in " + id));
  }
}
