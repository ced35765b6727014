package org.dyad.engine.actors;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Entity;
import org.dyad.model.Mention;

/**
 * The entities of one document, with look-ups by position for the later stages.
 *
 * @param all every entity, in order of first mention
 */
public record Entities(List<Entity> all) {
  public Entities {
    all = List.copyOf(all);
  }

  /**
   * The entity with a mention overlapping {@code [start, end)}; where several do, the one whose mention is
   * longest (so "South Korean President Yoon Suk Yeol" wins over the country inside it).
   */
  public Optional<Entity> at(int start, int end) {
    Entity best = null;
    int bestLength = -1;
    for (Entity e : all) {
      for (Mention m : e.mentions()) {
        if (m.start() < end && start < m.end() && m.end() - m.start() > bestLength) {
          best = e;
          bestLength = m.end() - m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Every entity with a mention of exactly {@code [start, end)}: more than one where a plural mention stands for
   * a pair ("the two countries" after "Greece and Turkey").
   */
  public List<Entity> exactly(int start, int end) {
    return all.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.start() == start && m.end() == end))
        .toList();
  }

  /** The entity with this id. */
  public Entity require(String id) {
    return all.stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entity " + id));
  }
}
