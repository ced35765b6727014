package org.dyad.engine.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cue words of {@code cues.txt}: verbs of saying, fixed phrases such as "according to", and the verbs
 * that cite a further source ("citing"). Immutable; {@link #standard()} is read once per JVM.
 *
 * @param verbs lemmas of speech verbs
 * @param phrases fixed cue phrases, lower case, words separated by one space
 * @param viaVerbs lemmas of verbs that name the source the speaker relies on
 */
record CueLexicon(Set<String> verbs, List<String> phrases, Set<String> viaVerbs) {
  private static final CueLexicon STANDARD = load("cues.txt");

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
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (entry.isEmpty()) {
          continue;
        }
        int space = entry.indexOf(' ');
        if (space < 0) {
          throw new IllegalStateException(resource + ": no kind in \"" + entry + "\"");
        }
        String kind = entry.substring(0, space);
        String value = entry.substring(space + 1).strip().replaceAll("\\s+", " ");
        switch (kind) {
          case "verb" -> verbs.add(value);
          case "phrase" -> phrases.add(value);
          case "via" -> via.add(value);
          default -> throw new IllegalStateException(resource + ": unknown kind \"" + kind + "\"");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CueLexicon(verbs, List.copyOf(phrases), via);
  }
}
