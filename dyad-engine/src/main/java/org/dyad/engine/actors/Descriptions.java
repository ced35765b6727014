package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dyad.model.CountrySource;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * One person however the article names them: a definite description ("the foreign minister", "the Turkish
 * minister", "Japan's foreign minister") is the one person the article names with that office, whether the name comes paragraphs before or
 * after it ("The foreign minister arrived in Ankara ... Foreign Minister Mevlut Cavusoglu said"). Read once
 * the whole article is: the description's entity joins the named person's, and gives them its country when
 * they have none.
 *
 * <p>The description joins only when exactly one named person fits: their title ends in the description's
 * office ("Foreign Minister" for "the foreign minister", any "... Minister" for "the minister"), their countries
 * do not clash, and no sentence names both (there they are two people: "the minister met Cavusoglu").
 */
final class Descriptions {
  private Descriptions() {}

  static void join(Run run) {
    List<Draft> joined = new ArrayList<>();
    for (Draft u : run.drafts.values()) {
      if (u.type != EntityType.PERSON || !u.key.startsWith("UNN:") || u.role == null || u.mentions.isEmpty()
          || !u.mentions.stream().allMatch(m -> definite(run, m))) {
        continue;
      }
      Draft named = theOne(run, u, u.role.toLowerCase(Locale.ROOT).strip());
      if (named != null) {
        u.mentions.forEach(named::add);
        named.country(u.country, Objects.requireNonNullElse(u.source, CountrySource.TEXT));
        joined.add(u);
      }
    }
    run.drafts.values().removeAll(joined);
  }

  /** "the foreign minister", "Japan's foreign minister": a description of one known person, not "a minister". */
  private static boolean definite(Run run, Mention m) {
    return ArticleReferents.afterThe(run.text, m.start()) || m.text().contains("'s ") || m.text().contains("’s ");
  }

  /** The one named person the description fits, or null when none or several do. */
  private static @Nullable Draft theOne(Run run, Draft description, String office) {
    Draft found = null;
    for (Draft p : run.drafts.values()) {
      if (p.type != EntityType.PERSON || !p.key.startsWith("PER:") || p.role == null || !endsWith(p.role, office)
          || p.country != null && description.country != null && !p.country.equals(description.country)) {
        continue;
      }
      if (found != null || sameSentence(run, p, description)) {
        return null;
      }
      found = p;
    }
    return found;
  }

  /** Whether the title ends in the office as whole words: "Foreign Minister" in "minister", not "administer". */
  private static boolean endsWith(String role, String office) {
    String r = role.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
    return r.equals(office) || r.endsWith(" " + office.replace('-', ' '));
  }

  private static boolean sameSentence(Run run, Draft a, Draft b) {
    for (Mention m : a.mentions) {
      for (Mention o : b.mentions) {
        if (run.sentenceOf(m.start()) == run.sentenceOf(o.start())) {
          return true;
        }
      }
    }
    return false;
  }
}
