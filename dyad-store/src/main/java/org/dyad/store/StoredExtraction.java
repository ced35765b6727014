package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.DateSource;
import org.dyad.model.CountrySource;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventDateSource;
import org.dyad.model.Extraction;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.dyad.model.Quote;
import org.dyad.model.Speaker;
import org.dyad.model.Timex;
import org.dyad.model.TimexType;
import org.dyad.model.Via;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stored document back as the {@link Extraction} it was stored from. Problems are not stored, so the
 * extraction read back has none; everything else (entities with their mentions, timexes, quotes, events with
 * their mentions, places and modality) comes back as it was put.
 */
final class StoredExtraction {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredExtraction() {}

  static Optional<Extraction> read(Connection db, String id) throws SQLException {
    String text;
    Extraction head;
    try (PreparedStatement p = db.prepareStatement(
        "SELECT id, title, date, date_source, credit, text, CAST(metadata AS VARCHAR) FROM documents WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        text = r.getString(6);
        head = new Extraction(r.getString(1), r.getString(2), r.getDate(3).toLocalDate(),
            DateSource.valueOf(r.getString(4)), r.getString(5), text, List.of(), List.of(), List.of(), List.of(),
            List.of(), metadata(r.getString(7)));
      }
    }
    return Optional.of(new Extraction(head.id(), head.title(), head.date(), head.dateSource(), head.credit(), text,
        entities(db, id, text), timexes(db, id, text), quotes(db, id, text), events(db, id, text, head.date()), List.of(),
        head.metadata()));
  }

  private static Map<String, Object> metadata(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      Map<String, Object> m = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
      m.values().removeIf(v -> v == null);
      return m;
    } catch (JsonProcessingException e) {
      throw new StoreException("stored metadata is not a JSON object: " + e.getOriginalMessage());
    }
  }

  private static List<Entity> entities(Connection db, String id, String text) throws SQLException {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT entity_id, start_char, end_char FROM mentions WHERE doc_id = ? ORDER BY entity_id, n")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(Mention.of(text, r.getInt(2), r.getInt(3)));
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT entity_id, name, type, country, role, actor, country_source, place_name, place_country, place_lat,"
            + " place_lon, place_kind, place_admin1, place_geonameid FROM entities WHERE doc_id = ?"
            + " ORDER BY length(entity_id), entity_id")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String source = r.getString(7);
          out.add(new Entity(r.getString(1), r.getString(2), EntityType.valueOf(r.getString(3)), r.getString(4),
              source == null ? null : CountrySource.valueOf(source), r.getString(5), r.getString(6),
              mentions.getOrDefault(r.getString(1), List.of()), place(r, 8, 12)));
        }
      }
    }
    return out;
  }

  private static List<Timex> timexes(Connection db, String id, String text) throws SQLException {
    List<Timex> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT start_char, end_char, timex_text, type, value, modifier,"
        + " anchor_start, anchor_end, points_to FROM timexes WHERE doc_id = ? ORDER BY n")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Timex(r.getInt(1), r.getInt(2), r.getString(3), TimexType.valueOf(r.getString(4)),
              r.getString(5), r.getString(6), span(r, 7, text), r.getString(9)));
        }
      }
    }
    return out;
  }

  private static List<Quote> quotes(Connection db, String id, String text) throws SQLException {
    List<Quote> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT start_char, end_char, quote_text, direct, cue, cue_start, cue_end, speaker_entity, speaker_name,"
            + " speaker_country, speaker_start, speaker_end, via_entity, via_name, via_start, via_end"
            + " FROM quotes WHERE doc_id = ? ORDER BY n")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String speakerName = r.getString(9);
          Speaker speaker = speakerName == null ? null
              : new Speaker(r.getString(8), speakerName, r.getString(10), span(r, 11, text));
          String viaName = r.getString(14);
          Via via = viaName == null ? null : new Via(r.getString(13), viaName, span(r, 15, text));
          out.add(new Quote(r.getInt(1), r.getInt(2), r.getString(3), r.getBoolean(4), r.getString(5),
              span(r, 6, text), speaker, via));
        }
      }
    }
    return out;
  }

  private static List<Event> events(Connection db, String id, String text, LocalDate date) throws SQLException {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT event_id, start_char, end_char FROM event_mentions WHERE doc_id = ? ORDER BY event_id, n")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(Mention.of(text, r.getInt(2), r.getInt(3)));
        }
      }
    }
    List<Event> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT event_id, code, root, name, plover, plover_mode, goldstein, quad_class, source_entity, source_actor,"
            + " source_country, target_entity, target_actor, target_country, date, date_source, place_name,"
            + " place_country, place_lat, place_lon, modality, historical, evidence_start, evidence_end, rule,"
            + " place_kind, place_admin1, place_geonameid, act"
            + " FROM events WHERE doc_id = ? ORDER BY event_no")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          EventActor source = new EventActor(r.getString(9), r.getString(10), r.getString(11));
          EventActor target = r.getString(12) == null && r.getString(13) == null && r.getString(14) == null ? null
              : new EventActor(r.getString(12), r.getString(13), r.getString(14));
          Place place = place(r, 17, 26);
          List<Modality> modality = new ArrayList<>();
          for (String m : r.getString(21).split(",")) {
            if (!m.isBlank()) {
              modality.add(Modality.valueOf(m.strip().toUpperCase(Locale.ROOT)));
            }
          }
          out.add(new Event(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getString(6), r.getDouble(7), r.getInt(8), source, target, r.getString(15),
              EventDateSource.valueOf(r.getString(16)), place, modality, r.getBoolean(22),
              mentions.getOrDefault(r.getString(1), List.of()), Mention.of(text, r.getInt(23), r.getInt(24)),
              r.getString(25), r.getString(29)));
        }
      }
    }
    return out;
  }

  private static @Nullable Mention span(ResultSet r, int at, String text) throws SQLException {
    int start = r.getInt(at);
    if (r.wasNull()) {
      return null;
    }
    return Mention.of(text, start, r.getInt(at + 1));
  }

  /**
   * The place of a row: its name, country, latitude and longitude in four columns from {@code name}, its kind,
   * admin1 code and GeoNames id in three from {@code kind}; null when it has no name.
   */
  private static @Nullable Place place(ResultSet r, int name, int kind) throws SQLException {
    String placeName = r.getString(name);
    return placeName == null ? null
        : new Place(placeName, r.getString(name + 1), nullableDouble(r, name + 2), nullableDouble(r, name + 3),
            r.getString(kind) == null ? null : PlaceKind.valueOf(r.getString(kind)), r.getString(kind + 1),
            r.getObject(kind + 2) == null ? null : r.getLong(kind + 2));
  }

  private static @Nullable Double nullableDouble(ResultSet r, int at) throws SQLException {
    double d = r.getDouble(at);
    return r.wasNull() ? null : d;
  }
}
