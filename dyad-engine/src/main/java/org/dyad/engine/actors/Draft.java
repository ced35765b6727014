package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CountrySource;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.jspecify.annotations.Nullable;

/** An entity under construction while one document is resolved. Never leaves the package. */
final class Draft {
  /** What the mention's grammar tells about the entity's gender, learnt from titles and pronouns. */
  enum Gender {
    UNKNOWN,
    MALE,
    FEMALE
  }

  final String key;
  final EntityType type;
  String name;
  @Nullable String country;
  @Nullable CountrySource source;
  /**
   * A domestic office or body whose country the text may leave out ("Finance Minister X", "Treasury
   * officials", "the Foreign Ministry"): without one it takes the story's dateline or dominant country.
   */
  boolean domestic;
  /**
   * A role noun with no name ("the foreign ministry") drafted before the story's home side was known: without a
   * country at the end it is no actor.
   */
  boolean unplaced;
  /** A person or group of the story's place ("company spokesmen", "sources"): the dateline's, if any. */
  boolean local;
  /**
   * The body the text ties a person to ("X of the Heritage Foundation", "X, who chairs the committee"): its
   * country is the person's when the text gives them none.
   */
  @Nullable Draft body;
  @Nullable String role;
  @Nullable String sector;
  @Nullable String code;
  Gender gender = Gender.UNKNOWN;
  final List<Mention> mentions = new ArrayList<>();
  /** Name words of a person, for matching "Yoon" to "Yoon Suk Yeol". */
  final List<String> nameWords = new ArrayList<>();

  Draft(String key, EntityType type, String name) {
    this.key = key;
    this.type = type;
    this.name = name;
  }

  /** Sets the country unless one is set already: the first evidence wins. */
  void country(@Nullable String c, CountrySource from) {
    if (country == null && c != null) {
      country = c;
      source = from;
    }
  }

  void add(Mention m) {
    for (Mention have : mentions) {
      if (have.start() == m.start() && have.end() == m.end()) {
        return;
      }
    }
    mentions.add(m);
  }

  int firstOffset() {
    return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
  }
}
