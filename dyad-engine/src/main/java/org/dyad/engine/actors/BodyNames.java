package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * One body, however the story names it: "the Ministry of Foreign Affairs" is the "Iraqi Foreign Ministry"
 * named elsewhere in the story, and a "Foreign Ministry spokesman" speaks for it. A body or a person's office
 * with no country takes the country of the one body of the same name that has one; two bodies of one name
 * become one entity.
 *
 * <p>A body's name is compared as the set of its words less nations, articles and prepositions and the word
 * "affairs" ("Foreign Affairs Ministry" = "Ministry of Foreign Affairs" = "Foreign Ministry"); it must hold a
 * word of a body of the role list ("ministry", "parliament", "committee").
 */
final class BodyNames {
  private static final Set<String> GLUE = Set.of("the", "of", "for", "and", "on", "affairs", "'s", "s");

  private BodyNames() {}

  static void share(Run run) {
    List<Draft> withCountry = new ArrayList<>();
    for (Draft d : run.drafts.values()) {
      if (d.type == EntityType.ORGANIZATION && d.country != null && !key(run, d.name).isEmpty()) {
        withCountry.add(d);
      }
    }
    List<Draft> merged = new ArrayList<>();
    for (Draft d : run.drafts.values()) {
      if (d.country != null || withCountry.contains(d)) {
        continue;
      }
      // A domestic body of the story's own side is not the body of that name of another country.
      String home = d.domestic ? run.inferred(d.type) : null;
      Draft same = null;
      if (d.type == EntityType.ORGANIZATION) {
        Set<String> k = key(run, d.name);
        same = k.isEmpty() ? null : unique(withCountry, o -> key(run, o.name).equals(k));
        if (same != null && home != null && !home.equals(same.country)) {
          same = null;
        }
        if (same != null && same.code == null && d.code == null) {
          same.mentions.addAll(d.mentions);
          merged.add(d);
          continue;
        }
      } else if (d.type == EntityType.PERSON && d.role != null) {
        Set<String> role = words(d.role);
        same = unique(withCountry, o -> role.containsAll(key(run, o.name)));
      }
      if (same != null && (home == null || home.equals(same.country))) {
        d.country(same.country, same.source);
      }
    }
    run.drafts.values().removeAll(merged);
  }

  private static @Nullable Draft unique(List<Draft> drafts, Predicate<Draft> fits) {
    Draft found = null;
    for (Draft o : drafts) {
      if (fits.test(o)) {
        if (found != null && !found.country.equals(o.country)) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /** The name's words less nations and glue, or empty when it names no body of the role list. */
  static Set<String> key(Run run, String name) {
    Set<String> out = new HashSet<>();
    boolean body = false;
    for (String w : words(name)) {
      if (GLUE.contains(w) || isNation(run, w)) {
        continue;
      }
      body |= run.dictionary.role(w).map(Dictionary.Role::body).orElse(false);
      out.add(w);
    }
    return body ? out : Set.of();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^a-z']+")) {
      if (!w.isEmpty()) {
        out.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
      }
    }
    return out;
  }

  private static boolean isNation(Run run, String word) {
    List<Dictionary.Entry> e = run.dictionary.lookup(word);
    return !e.isEmpty() && e.get(0).kind() != Dictionary.Kind.ORGANIZATION && e.get(0).kind() != Dictionary.Kind.CITY;
  }
}
