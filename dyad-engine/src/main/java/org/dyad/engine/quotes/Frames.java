package org.dyad.engine.quotes;

import static org.dyad.engine.quotes.Syntax.content;
import static org.dyad.engine.quotes.Syntax.nounPhrase;
import static org.dyad.engine.quotes.Syntax.subject;

import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * The contents that are no reported clause ({@link CueLexicon.Content}): a verb's object, a request, the
 * name a speaker gives something, what is called for, and a cue noun's "that" clause. Each needs a speaker
 * and an active cue, so that "was called a success" and "the so-called reforms" report nothing.
 */
final class Frames {
  /** Prepositions that bring what something is called: "described X as Y", "accused X of Y". */
  private static final Set<String> NAMING_CASES = Set.of("as", "of", "for");
  /** Relations by which the parser hangs a second complement on the object instead of on the verb. */
  private static final Set<String> ON_OBJECT = Set.of("appos", "dep", "acl", "amod", "nmod");

  private Frames() {}

  /** "announced a ceasefire": the direct object after the cue. */
  static @Nullable Attribution object(Sentence s, Token t, @Nullable Phrase via) {
    Phrase speaker = subject(s, t);
    Token o = after(s, t, "obj");
    if (speaker == null || o == null || s.tree().passive(t)) {
      return null;
    }
    return content(s, s.tree().subtreeFirst(o.index()), s.tree().subtreeLast(o.index()), t, speaker, via, false);
  }

  /**
   * "urged voters to turn out": the hearer and the infinitive; without an infinitive, what is asked for
   * ("demanded an apology"), unless the object is the hearer ("asked reporters").
   */
  static @Nullable Attribution request(Sentence s, Token t, @Nullable Phrase via) {
    Phrase speaker = subject(s, t);
    if (speaker == null || s.tree().passive(t)) {
      return null;
    }
    Token x = after(s, t, "xcomp");
    if (x != null) {
      Token o = after(s, t, "obj");
      if (o == null || o.index() > x.index()) {
        o = after(s, t, "iobj");
      }
      int from = o != null && o.index() < x.index() ? s.tree().subtreeFirst(o.index()) : s.tree().subtreeFirst(x.index());
      return content(s, from, s.tree().subtreeLast(x.index()), t, speaker, via, false);
    }
    return Syntax.HEARER.contains(t.lemma().toLowerCase(Locale.ROOT)) ? null : object(s, t, via);
  }

  /**
   * "called for a ban", "called on Iran to stop", "called for Trump to drop out": everything the cue governs
   * after its preposition (token {@code p}), up to a participle after a comma.
   */
  static @Nullable Attribution preposition(Sentence s, Token t, int p, @Nullable Phrase via) {
    Phrase speaker = subject(s, t);
    if (speaker == null) {
      return null;
    }
    int to = p;
    for (Token c : s.dependents(t.index())) {
      if (c.index() > p && !c.rel().equals("punct") && !c.rel().equals("conj") && !c.rel().equals("cc")) {
        to = Math.max(to, s.tree().subtreeLast(c.index()));
      }
    }
    for (int k = p + 1; k < to && k < p + 60; k++) {
      if (s.token(k).text().equals(",") && s.token(k + 1).pos().equals("VBG")) {
        to = k - 1; // "..., calling him “a disgrace”" is an attribution of its own
      }
    }
    return to <= p ? null : content(s, p + 1, to, t, speaker, via, false);
  }

  /**
   * "called him “a disgrace”", "described the plan as a failure", "accused Moscow of meddling": the object and
   * what it is called, a second complement of the cue (or of the object, where the parser hangs it there).
   */
  static @Nullable Attribution naming(Sentence s, Token t, @Nullable Phrase via) {
    Phrase speaker = subject(s, t);
    Token o = after(s, t, "obj");
    if (speaker == null || o == null || s.tree().passive(t)) {
      return null;
    }
    int end = -1;
    for (Token c : s.dependents(t.index())) {
      String r = c.rel();
      boolean predicate = r.equals("xcomp") || r.equals("obj") || r.equals("iobj") || r.equals("ccomp")
          || r.equals("dep") || (r.startsWith("obl") || r.equals("advcl")) && s.tree().hasCaseIn(c, NAMING_CASES);
      if (c.index() > o.index() && predicate) {
        end = Math.max(end, s.tree().subtreeLast(c.index()));
      }
    }
    for (Token c : s.dependents(o.index())) {
      boolean predicate = ON_OBJECT.contains(c.rel()) && !(c.rel().equals("nmod") && !s.tree().hasCaseIn(c, NAMING_CASES));
      if (end < 0 && c.index() > o.index() && predicate) {
        end = s.tree().subtreeLast(c.index());
      }
    }
    return end < 0 ? null : content(s, s.tree().subtreeFirst(o.index()), end, t, speaker, via, false);
  }

  /**
   * "Zelensky's statement that Ukraine would decide ...", "the officials expressed doubt that ...": the "that"
   * clause of a cue noun, said by the noun's possessor, by the agent of "by", or by the subject of the verb
   * whose object the noun is.
   */
  static @Nullable Attribution noun(Sentence s, Token n) {
    Token clause = null;
    for (Token c : s.dependents(n.index())) {
      if (c.index() > n.index() && clause == null && s.dependents(c.index()).stream()
          .anyMatch(m -> m.rel().equals("mark") && m.text().equalsIgnoreCase("that"))) {
        clause = c;
      }
    }
    if (clause == null) {
      return null;
    }
    Phrase speaker = null;
    for (Token c : s.dependents(n.index())) {
      if (c.rel().equals("nmod:poss") || c.rel().startsWith("nmod") && s.tree().hasCase(c, "by")) {
        speaker = nounPhrase(s, c.index());
      }
    }
    if (speaker == null && n.rel().equals("obj") && n.head() >= 0) {
      speaker = subject(s, s.token(n.head()));
    }
    if (speaker == null) {
      return null;
    }
    int from = s.tree().subtreeFirst(clause.index());
    while (from < clause.index() && (s.token(from).text().equalsIgnoreCase("that") || Syntax.isPunct(s.token(from)))) {
      from++;
    }
    return content(s, from, s.tree().subtreeLast(clause.index()), n, speaker, null, false);
  }

  /** The first dependent of {@code t} after it in relation {@code rel}, or null. */
  private static @Nullable Token after(Sentence s, Token t, String rel) {
    for (Token c : s.dependents(t.index())) {
      if (c.index() > t.index() && c.rel().equals(rel)) {
        return c;
      }
    }
    return null;
  }
}
