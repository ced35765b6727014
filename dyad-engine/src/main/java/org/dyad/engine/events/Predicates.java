package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The pattern match: whether a token is the predicate of some pattern of the coder, with the pattern's
 * marker, subject and object conditions met.
 */
final class Predicates {
  /** Relations along which a pattern's object lemma is looked for; "acl" for an event noun's content ("the threat to impose tariffs"). */
  private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "nsubj:pass",
      "conj", "compound", "acl");
  /**
   * Case markers of circumstances (where, when), never the complement a pattern's objects look for; "in" only
   * on the predicate itself ("urged ... in talks with"), since further down it may hold the thing ("put 300 mln
   * dlrs in tariffs").
   */
  private static final Set<String> CIRCUMSTANCES = Words.set("circumstance");
  /** Event nouns with an economic sense when singular: see {@link #economicSense}. */
  private static final Set<String> ECONOMIC_SENSE = Words.set("economic_sense");

  private final PatternCoder coder;

  Predicates(PatternCoder coder) {
    this.coder = coder;
  }

  /** A pattern matched at a predicate, with the complement token its objects condition claimed. */
  record Match(Pattern pattern, @Nullable Token object) {}

  /**
   * A noun that, singular and without a clause of its own, is an economic quantity, not an event: "domestic
   * demand", "demand for U.S. securities"; "U.S. demands" and "the demand that Japan open its market" are demands.
   */
  static boolean economicSense(Sentence s, Token p) {
    return ECONOMIC_SENSE.contains(p.lemma().toLowerCase(Locale.ROOT)) && !p.pos().equals("NNS")
        && s.dependents(p.index()).stream().noneMatch(c -> c.rel().equals("acl") || c.rel().equals("ccomp"));
  }

  /** The most specific pattern whose conditions {@code p} meets, or null. */
  @Nullable Match match(Sentence s, Token p) {
    for (Pattern pat : coder.patterns(p.lemma())) {
      if (!pat.markers().isEmpty() && !hasMarker(s, p, pat.markers())) {
        continue;
      }
      if (!pat.subjects().isEmpty()) {
        Token subj = Clauses.subjectToken(s, p);
        if (subj == null || !pat.subjects().contains(subj.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
      }
      if (pat.objects().isEmpty()) {
        return new Match(pat, null);
      }
      Token o = findObject(s, p, pat.objects());
      if (o != null) {
        return new Match(pat, o);
      }
    }
    return null;
  }

  /**
   * The token of the predicate's complement whose lemma a pattern names. Circumstances are not the complement
   * ("urged Tokyo ... at Wednesday's meetings" is no appeal for a meeting), and a verb counts only as the
   * predicate's own complement ("asked Japan to help" is an appeal for help; "asked Japan to open its market
   * to help" is not).
   */
  private static @Nullable Token findObject(Sentence s, Token p, Set<String> lemmas) {
    List<Token> level = List.of(p);
    for (int depth = 0; depth < 3; depth++) {
      List<Token> next = new ArrayList<>();
      for (Token t : level) {
        for (Token c : s.dependents(t.index())) {
          if (!COMPLEMENTS.contains(c.rel()) || (c.rel().startsWith("obl") || c.rel().startsWith("nmod"))
              && (s.tree().hasCaseIn(c, CIRCUMSTANCES) || t == p && s.tree().hasCase(c, "in"))) {
            continue;
          }
          boolean named = lemmas.contains(c.lemma().toLowerCase(Locale.ROOT))
              || lemmas.contains(c.text().toLowerCase(Locale.ROOT));
          if (named && (!c.isVerb() || t == p)) {
            return c;
          }
          next.add(c);
        }
      }
      level = next;
    }
    return null;
  }

  private static boolean hasMarker(Sentence s, Token p, Set<String> markers) {
    for (Token c : s.dependents(p.index())) {
      String l = c.lemma().toLowerCase(Locale.ROOT);
      if (c.rel().equals("compound:prt") && markers.contains(l)
          || markers.contains("inf") && c.rel().equals("mark") && l.equals("to")) {
        return true;
      }
      if (c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("obj")
          || c.rel().equals("xcomp") || c.rel().equals("advcl")) {
        for (String m : markers) {
          if (s.tree().hasCase(c, m)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
