package org.dyad.engine.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.Mention;
import org.jspecify.annotations.Nullable;

/** Questions about a predicate's clause that every part of the reading asks, and the clause as evidence. */
final class Clauses {
  private static final Set<String> LIGHT_VERBS = Words.set("light_verb");
  private static final Set<String> QUANTITY_NOUNS = Words.set("quantity_noun");
  private static final Set<String> APPEAL_VERBS = Words.set("appeal");
  /** The subject pronouns that take a verb's singular form: with a base form, a subjunctive. */
  private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "it");
  private static final Set<String> CALLED_ON = Set.of("on", "upon");

  private Clauses() {}

  /** The predicate's clause, trimmed of punctuation: what the code was read from. */
  static Mention evidence(String text, Sentence s, Token p) {
    Token top = p;
    if (p.isNoun() && p.rel().equals("obj") && p.head() >= 0
        && LIGHT_VERBS.contains(s.token(p.head()).lemma().toLowerCase(Locale.ROOT))) {
      top = s.token(p.head());
    }
    List<Token> tokens = clause(s, top);
    int start = p.start();
    int end = p.end();
    for (Token t : tokens) {
      if (t.pos().matches("[.,:``'']+|-LRB-|-RRB-|HYPH|NFP")) {
        continue;
      }
      start = Math.min(start, t.start());
      end = Math.max(end, t.end());
    }
    return Mention.of(text, start, end);
  }

  /** The tokens of {@code p}'s subtree, not crossing into parenthetical or paratactic clauses. */
  static List<Token> clause(Sentence s, Token p) {
    return s.tree().reach(p, (t, c) -> !(c.rel().equals("parataxis") || c.rel().equals("acl:relcl")
        || t != p && (c.rel().equals("advcl") || c.rel().equals("ccomp"))
        || t == p && p.isVerb() && c.rel().equals("ccomp")));
  }

  /** The subject's head; for a quantity ("thousands of protesters") the counted noun. */
  static @Nullable Token subjectToken(Sentence s, Token p) {
    Token c = s.tree().child(p, "nsubj");
    if (c != null) {
      if (QUANTITY_NOUNS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        for (Token d : s.dependents(c.index())) {
          if (d.rel().startsWith("nmod") && s.tree().hasCase(d, "of")) {
            return d;
          }
        }
      }
      return c;
    }
    if (p.head() >= 0 && (p.rel().equals("xcomp") || p.rel().equals("conj"))) {
      return subjectToken(s, s.token(p.head()));
    }
    return null;
  }

  /**
   * Whether {@code p} is a mandative subjunctive: a base-form verb with a subject and no auxiliary in a clause
   * said or asked for ("insisted that the union agree to", "demanded that Japan open"), an act demanded, not
   * done. Only a singular subject tells it from the present tense ("said they urge"), and only "that" from a
   * bare clause ("helped Ford secure").
   */
  static boolean subjunctive(Sentence s, Token p) {
    // A base form after a singular subject is tagged VB or, as if plural present, VBP.
    if (!(p.pos().equals("VB") || p.pos().equals("VBP")) || !p.rel().equals("ccomp")
        || s.tree().hasChild(p, "aux") || !marked(s, p, "that")) {
      return false;
    }
    // Any subject: the parser may give a name and its head noun apart ("the United Auto Workers (UAW) union
    // agree", two subjects, "Workers" and "union").
    for (Token subject : s.tree().children(p)) {
      if (subject.rel().equals("nsubj") && (subject.pos().equals("NN") || subject.pos().equals("NNP")
          || SINGULAR_PRONOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code p} stands as an infinitive ("to impose"). */
  static boolean infinitive(Sentence s, Token p) {
    return marked(s, p, "to");
  }

  /** Whether {@code p}'s clause is introduced by the marker {@code word} ("to impose", "that Japan open"). */
  private static boolean marked(Sentence s, Token p, String word) {
    return s.dependents(p.index()).stream()
        .anyMatch(c -> c.rel().equals("mark") && c.lemma().equalsIgnoreCase(word));
  }

  /**
   * The verb of appeal that asks for act {@code p} when the parser took the one called on for the act's subject:
   * "Egypt called on Israel to halt" read as "called [on Israel to halt]", with "Israel" the subject of "halt"
   * and "on" its case marker or the clause's. {@code null} when {@code p} is no such act.
   */
  static @Nullable Token calledOn(Sentence s, Token p) {
    if (!p.isVerb() || p.head() < 0 || !infinitive(s, p)) {
      return null;
    }
    Token head = s.token(p.head());
    Token subject = s.tree().child(p, "nsubj");
    return subject != null && APPEAL_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))
        && (s.tree().hasCaseIn(subject, CALLED_ON) || s.dependents(p.index()).stream()
            .anyMatch(c -> c.rel().equals("mark") && CALLED_ON.contains(c.lemma().toLowerCase(Locale.ROOT))))
        ? head : null;
  }
}
