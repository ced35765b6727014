package org.dyad.engine.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.resources.Tsv;
import org.jspecify.annotations.Nullable;

/**
 * The cue words of {@code cues.tsv}: verbs of saying, believing and showing with what their content is, fixed
 * phrases such as "according to", nouns such as "statement", and the verbs that cite a further source
 * ("citing"). Immutable; {@link #standard()} is read once per JVM.
 *
 * @param verbs the verb cues by lemma; a lemma may have several, one per preposition ("call for", "call on")
 * @param phrases fixed cue phrases, lower case, words separated by one space
 * @param nouns nouns whose clausal complement is what someone said or holds ("statement", "hope")
 * @param viaVerbs lemmas of verbs that name the source the speaker relies on
 */
record CueLexicon(Map<String, List<Verb>> verbs, List<String> phrases, Set<String> nouns, Set<String> viaVerbs) {
  private static final CueLexicon STANDARD = load("cues.tsv");

  /** What a verb cue's content is, beside a clause it introduces. */
  enum Content {
    /** Only a clause: "said (that) ...", "thinks ...". */
    CLAUSE,
    /** Else its object: "announced a ceasefire". */
    OBJECT,
    /** Else the hearer and what they are to do, or the thing asked for: "urged voters to ...", "called for a ban". */
    REQUEST,
    /** Only the object with what it is called: "called him “a disgrace”", "described the plan as a failure". */
    NAMING
  }

  /**
   * One verb cue.
   *
   * @param lemma the verb's lemma
   * @param preposition the preposition that must go with it ("for" in "call for"), or null
   * @param content what its content is
   */
  record Verb(String lemma, @Nullable String preposition, Content content) {}

  CueLexicon {
    Map<String, List<Verb>> copy = new HashMap<>();
    verbs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    verbs = Map.copyOf(copy);
    phrases = List.copyOf(phrases);
    nouns = Set.copyOf(nouns);
    viaVerbs = Set.copyOf(viaVerbs);
  }

  static CueLexicon standard() {
    return STANDARD;
  }

  /** Whether {@code lemma} (lower case) is the lemma of a verb cue. */
  boolean isVerb(String lemma) {
    return verbs.containsKey(lemma);
  }

  private static CueLexicon load(String resource) {
    Map<String, List<Verb>> verbs = new HashMap<>();
    Set<String> phrases = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Set<String> via = new HashSet<>();
    Tsv.of("kind", "cue", "content").read(CueLexicon.class, resource, r -> {
      String value = r.require("cue").strip().replaceAll("\\s+", " ");
      switch (r.get("kind")) {
        case "verb" -> {
          String[] words = value.split(" ");
          if (words.length > 2) {
            throw r.error("a verb cue is a lemma and at most one preposition: \"" + value + "\"");
          }
          Content content = Content.valueOf(r.require("content").toUpperCase(Locale.ROOT));
          verbs.computeIfAbsent(words[0], k -> new ArrayList<>())
              .add(new Verb(words[0], words.length == 2 ? words[1] : null, content));
        }
        case "phrase" -> phrases.add(value);
        case "noun" -> nouns.add(value);
        case "via" -> via.add(value);
        default -> throw r.error("unknown kind \"" + r.get("kind") + "\"");
      }
    });
    return new CueLexicon(verbs, List.copyOf(phrases), nouns, via);
  }
}
