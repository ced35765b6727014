package org.dyad.engine.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.engine.resources.Tsv;

/**
 * The cue words of {@code cues.tsv}: verbs of saying, fixed phrases such as "according to", and the verbs
 * that cite a further source ("citing"). Immutable; {@link #standard()} is read once per JVM.
 *
 * @param verbs lemmas of speech verbs
 * @param phrases fixed cue phrases, lower case, words separated by one space
 * @param viaVerbs lemmas of verbs that name the source the speaker relies on
 */
record CueLexicon(Set<String> verbs, List<String> phrases, Set<String> viaVerbs) {
  private static final CueLexicon STANDARD = load("cues.tsv");

  CueLexicon {
    verbs = Set.copyOf(verbs);
    phrases = List.copyOf(phrases);
    viaVerbs = Set.copyOf(viaVerbs);
  }

  static CueLexicon standard() {
    return STANDARD;
  }

  private static CueLexicon load(String resource) {
    Set<String> verbs = new HashSet<>();
    Set<String> phrases = new HashSet<>();
    Set<String> via = new HashSet<>();
    Tsv.of("kind", "cue").read(CueLexicon.class, resource, r -> {
      String value = r.require("cue").strip().replaceAll("\\s+", " ");
      switch (r.get("kind")) {
        case "verb" -> verbs.add(value);
        case "phrase" -> phrases.add(value);
        case "via" -> via.add(value);
        default -> throw r.error("unknown kind \"" + r.get("kind") + "\"");
      }
    });
    return new CueLexicon(verbs, List.copyOf(phrases), via);
  }
}
