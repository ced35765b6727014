package org.dyad.engine.quotes;

import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * What the cue rules share: noun phrases, a cue's subject, the content of an attribution trimmed of punctuation,
 * and the word classes the surface patterns read.
 */
final class Syntax {
  static final Set<String> NP_TAGS =
      Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "HYPH", "CD", "PDT");
  private static final Set<String> BOUNDARY = Set.of(",", "”", "\"", "''", "—", "--", "?", "!");
  private static final Set<String> NP_RELS =
      Set.of("compound", "flat", "flat:name", "amod", "det", "nummod", "nmod:poss", "case", "punct", "cc",
          "conj", "det:predet", "compound:prt");
  /** Relations through which a cue shares the subject of the verb it hangs on ("smiled and said"). */
  private static final Set<String> INHERITS = Set.of("conj", "xcomp", "advcl", "dep");
  private static final Set<String> RELATIVE = Set.of("who", "that", "which");
  private static final Set<String> DASHES = Set.of("—", "–", "--", "-");
  /** Prepositions and markers whose participle is not the clause subject's ("for saying", "as saying", "that"). */
  private static final Set<String> GERUND_OBJECT = Set.of("for", "as", "that", "like", "of", "about", "with");
  /** Verbs whose object is the hearer, not what was said ("told reporters"). */
  static final Set<String> HEARER = Set.of("tell", "inform", "assure", "warn", "remind", "answer", "ask", "urge");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
      "month", "year", "earlier", "later", "last", "this", "next", "recently", "again", "also", "then");

  private Syntax() {}

  /** An attribution with the content trimmed of punctuation at both ends, or null when nothing is left. */
  static @Nullable Attribution content(
      Sentence s, int from, int to, Token cue, @Nullable Phrase speaker, @Nullable Phrase via, boolean colon) {
    int a = from;
    int b = to;
    while (a <= b && isTrimmable(s.token(a))) {
      a++;
    }
    while (b >= a && isTrimmable(s.token(b))) {
      b--;
    }
    if (a <= b && isOpening(s.token(a)) && !closes(s, a + 1, b)) {
      a++;
    }
    if (b - a + 1 < 2) {
      return null;
    }
    return new Attribution(s, s.token(a).start(), s.token(b).end(), cue.lemma().toLowerCase(Locale.ROOT),
        cue.index(), cue.index(), speaker, via, colon);
  }

  /**
   * The subject of cue {@code t}, or of the verb it hangs on when it shares that verb's subject: "smiled and
   * said", "..., saying", "refused to say"; of a passive cue, its agent ("as reported by the government"). A
   * relative pronoun ("Lee, who said ...") comes with the noun phrase
   * it stands for; a participle on a noun ("a statement saying ...") has as subject whoever issued the noun
   * ("she released a statement saying"), or, set off by a comma on an adjunct's noun, the clause's subject
   * ("spoke about the death of X, arguing"), else the noun itself ("the share of voters saying"); a participle on a
   * reported clause ("X noted that ..., adding"), and a cue coordinated with a reported verb ("X said he respects
   * her and calls her ..."), has the reporter's. A subject set off by commas with an
   * apposition right before the cue is that apposition ("..., the capital, Russia's ministry said"), unless the
   * subject is a name ("..., Tom Ruiz, the head of the firm said").
   */
  static @Nullable Phrase subject(Sentence s, Token t) {
    if (!t.pos().equals("VBG") || t.index() < 2) {
      return WordOrder.correct(s, t, subject(s, t, 0));
    }
    Phrase named = namedBefore(s, t);
    if (named != null) {
      return named;
    }
    Token own = s.tree().child(t, "nsubj");
    boolean offset = s.token(t.index() - 1).text().equals(",") && own != null && own.index() < t.index() - 1;
    // "She noted her years as senator, saying ...": a subject the parser gives the participle across its comma
    // is a noun of the clause before
    Phrase parsed = offset ? null : subject(s, t, 0);
    return parsed != null ? parsed : clauseSubjectBefore(s, t);
  }

  /**
   * "footage of Hillary Clinton asking, ...", "a video of Smith saying ...": a participle right after "of" and a
   * name has that name as its speaker, not the recording the parser hangs it on.
   */
  private static @Nullable Phrase namedBefore(Sentence s, Token t) {
    int k = t.index() - 1;
    while (k > 0 && k > t.index() - 5 && s.token(k).isProperNoun()) {
      k--;
    }
    return k < t.index() - 1 && s.token(k).text().equals("of") ? phrase(s, k + 1, t.index() - 1) : null;
  }

  /**
   * A participle the parse leaves without a subject, set off by a comma or after a preposition ("Reid mocked
   * Romney for not releasing his returns, claiming that ...", "began by saying ...", "Ryan, despite admitting
   * that ..."): its speaker is the subject of the clause it stands in, the nearest subject before it. Not after
   * "for", whose participle goes with the object ("criticized him for saying"). The search stops at a closing
   * quotation mark: "“..., you win,” Rubio responded before adding ..." is Rubio's, never a subject quoted.
   */
  private static @Nullable Phrase clauseSubjectBefore(Sentence s, Token t) {
    int k = t.index() - 1;
    while (k > 0 && s.token(k).pos().startsWith("RB")) {
      k--; // "now saying", "not even saying"
    }
    Token before = s.token(k);
    boolean offset = before.text().equals(",")
        || before.pos().equals("IN") && !GERUND_OBJECT.contains(before.text().toLowerCase(Locale.ROOT));
    for (int j = k - 1; offset && j >= 0 && j > t.index() - 60 && !isClosing(s.token(j)); j--) {
      Token d = s.token(j);
      if (d.rel().equals("nsubj") && d.head() > j && d.head() != t.index()
          && !isOpening(s.token(Math.max(0, j - 1)))) {
        Phrase afterDateline = afterDateline(s, d);
        if (afterDateline != null) {
          return afterDateline;
        }
        return RELATIVE.contains(d.text().toLowerCase(Locale.ROOT)) && d.pos().startsWith("W")
            ? relative(s, d, s.token(d.head())) : nounPhrase(s, j);
      }
    }
    return null;
  }

  private static @Nullable Phrase subject(Sentence s, Token t, int depth) {
    boolean infinitive = depth > 0 && t.head() >= 0 && s.dependents(t.index()).stream()
        .anyMatch(d -> d.rel().equals("mark") && d.text().equalsIgnoreCase("to"));
    if (infinitive) {
      // "called for Trump to drop out, calling him ...": not the infinitive's subject but the clause's above it
      return depth >= 3 ? null : subject(s, s.token(t.head()), depth + 1);
    }
    Token nsubj = null;
    for (Token d : s.dependents(t.index())) {
      // Of two subjects the nearest before the cue: "“My hope,” he said, “is ...”", where the parser makes the
      // quotation's opening words a second subject of the cue.
      if (d.rel().equals("nsubj") && (nsubj == null || d.index() < t.index() && d.index() > nsubj.index())) {
        nsubj = d;
      }
    }
    if (nsubj != null) {
      Token d = nsubj;
      if (RELATIVE.contains(d.text().toLowerCase(Locale.ROOT)) && d.pos().startsWith("W")) {
        return relative(s, d, t);
      }
      Phrase afterDateline = afterDateline(s, d);
      if (afterDateline != null) {
        return afterDateline;
      }
      Token appos = s.tree().child(d, "appos");
      int first = s.tree().subtreeFirst(d.index());
      boolean atCue = appos != null && s.tree().subtreeLast(appos.index()) == t.index() - 1;
      if (atCue && !d.isProperNoun() && first > 0 && s.token(first - 1).text().equals(",")) {
        // "Following the move from Chisinau, the capital of Moldova, Russia's Foreign Ministry said"
        return nounPhrase(s, appos.index());
      }
      if (atCue && appos.isProperNoun() && appos.index() > d.index() && namedAfterComma(s, appos)) {
        // "Back when he wrote his book, Mr. McKinley said", "To understand the real Dred Scott, Chief Justice
        // Roberts said": a name set off before the cue is the one speaking, not the noun before its comma
        return nounPhrase(s, appos.index());
      }
      return nounPhrase(s, d.index());
    }
    for (Token d : s.dependents(t.index())) {
      if (d.rel().equals("obj") && d.index() < t.index() && d.pos().equals("WP")
          && d.text().equalsIgnoreCase("who")) {
        return relative(s, d, t); // "McConnell, who in 2010 said ...", "who" read as the object
      }
    }
    for (Token d : s.dependents(t.index())) {
      boolean passive = s.tree().passive(t) || t.pos().equals("VBN") && !s.tree().hasChild(t, "aux");
      if (d.rel().equals("obl:agent") || d.rel().equals("obl") && passive && s.tree().hasCase(d, "by")) {
        return nounPhrase(s, d.index()); // "as reported by the government"
      }
      boolean participle = d.pos().equals("VBN") || d.pos().equals("VBD") || d.pos().equals("VBG");
      Token inner = d.rel().equals("csubj") && participle && d.index() < t.index() ? s.tree().child(d, "nsubj") : null;
      if (inner != null && inner.index() == d.index() - 1) {
        // "People briefed on the move said ...": the parser took the participle for a clausal subject
        Phrase np = nounPhrase(s, inner.index());
        return new Phrase(s, np.head(), np.from(), Math.max(np.to(), s.tree().subtreeLast(d.index())));
      }
    }
    if (depth >= 3 || t.head() < 0) {
      return null;
    }
    Token head = s.token(t.head());
    if (INHERITS.contains(t.rel())) {
      boolean reported = head.rel().equals("ccomp") && head.head() >= 0
          && (t.pos().equals("VBG") || depth == 0 && t.rel().equals("conj"));
      // "Hossain noted that killings took place, adding ..." and "Ruiz said he respects her and calls her ...":
      // the one adding is the one noting
      return subject(s, reported ? s.token(head.head()) : head, depth + 1);
    }
    if (t.rel().equals("mark") && head.head() >= 0) {
      // "..., saying they did not ...": the parser took the participle for the complement's marker
      return subject(s, s.token(head.head()), depth + 1);
    }
    if (t.rel().equals("acl") && t.pos().equals("VBG") && (head.isNoun() || head.pos().equals("CD"))
        && t.index() > head.index()) {
      if (head.pos().equals("CD")) {
        return nounPhrase(s, head.index()); // "postings that included one saying ..."
      }
      if (head.rel().equals("obj") && head.head() >= 0) {
        Phrase issuer = subject(s, s.token(head.head()), depth + 1);
        if (issuer != null) {
          return issuer;
        }
      }
      boolean event = head.ner().equals("O") && !head.pos().startsWith("NNP");
      if (head.rel().startsWith("obl") && head.head() >= 0 && (event || s.token(t.index() - 1).text().equals(","))) {
        // "X spoke about the death of Y in Tulsa, arguing that ...": set off by a comma, the participle goes
        // with the clause, not with the adjunct's noun; so does one on an adjunct that names no one ("she said
        // at a news conference announcing ...")
        Phrase clause = subject(s, s.token(head.head()), depth + 1);
        if (clause != null) {
          return clause;
        }
      }
      return nounPhrase(s, head.index());
    }
    return null;
  }

  /**
   * "WASHINGTON — Sen. Bernie Sanders defended ..." and "Washington (AFP) – Hillary Clinton said ...": the parser
   * takes the dateline for the subject and hangs the subject on it; the speaker is the noun after the dash.
   */
  private static @Nullable Phrase afterDateline(Sentence s, Token subject) {
    if (subject.index() != 0 || !subject.isProperNoun()) {
      return null;
    }
    int k = 1;
    if (k < s.size() && s.token(k).text().equals("(")) {
      while (k < s.size() && k < 6 && !s.token(k).text().equals(")")) {
        k++;
      }
      k++;
    }
    if (k >= s.size() || !DASHES.contains(s.token(k).text())) {
      return null;
    }
    for (Token d : s.dependents(subject.index())) {
      if (d.index() > k && (d.rel().equals("dep") || d.rel().equals("appos")) && d.isNoun()) {
        return nounPhrase(s, d.index());
      }
    }
    return null;
  }

  /** Whether proper noun {@code name}'s phrase opens right after a comma that follows no hyphen ("R-Utah"). */
  private static boolean namedAfterComma(Sentence s, Token name) {
    int first = nounPhrase(s, name.index()).from();
    boolean hyphen = s.token(first).text().equals("-") || first + 1 < s.size() && s.token(first + 1).text().equals("-");
    return first > 1 && s.token(first - 1).text().equals(",") && !hyphen;
  }

  /**
   * The relative pronoun {@code pronoun}, subject of {@code verb}, with the noun phrase it stands for: the noun
   * the relative clause hangs on, else the noun just before the pronoun.
   */
  private static Phrase relative(Sentence s, Token pronoun, Token verb) {
    Phrase antecedent = null;
    if (verb.rel().equals("acl:relcl") && verb.head() >= 0) {
      antecedent = nounPhrase(s, verb.head());
    } else {
      int k = pronoun.index() - 1;
      while (k >= 0 && s.token(k).text().equals(",")) {
        k--;
      }
      if (k >= 0 && (s.token(k).isNoun() || s.token(k).isPronoun())) {
        antecedent = nounPhrase(s, k);
      }
    }
    return new Phrase(s, pronoun.index(), pronoun.index(), pronoun.index(), antecedent);
  }

  /** The noun phrase headed by {@code head}: its compounds, modifiers, determiners and possessors. */
  static Phrase nounPhrase(Sentence s, int head) {
    int from = head;
    int to = head;
    for (Token t : s.tree().reach(s.token(head), (parent, c) -> inNounPhrase(c))) {
      if (!isPunct(t)) {
        from = Math.min(from, t.index());
        to = Math.max(to, t.index());
      }
    }
    return new Phrase(s, head, from, to);
  }

  /** Whether {@code t} hangs on its head by a noun-phrase-internal relation (a case marker only as "'s"). */
  private static boolean inNounPhrase(Token t) {
    return NP_RELS.contains(t.rel()) && !(t.rel().equals("case") && !t.pos().equals("POS"));
  }

  /** A noun phrase read from the surface, tokens {@code from..to}: its head is its last noun or pronoun. */
  static @Nullable Phrase phrase(Sentence s, int from, int to) {
    for (int i = to; i >= from; i--) {
      Token t = s.token(i);
      if (t.isNoun() || t.isPronoun() && !t.pos().equals("PRP$")) {
        return new Phrase(s, i, from, to);
      }
    }
    return null;
  }

  /** A clause's predicate: a verb, or a word with a copula or auxiliary ("was long overdue"). */
  static boolean predicate(Sentence s, Token t) {
    return t.isVerb() || s.dependents(t.index()).stream()
        .anyMatch(d -> d.rel().equals("cop") || d.rel().startsWith("aux"));
  }

  /** A verb form that carries tense, or a modal: what a clause reported without "that" must have. */
  static boolean finite(Token t) {
    String p = t.pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  static boolean isTimeWord(Token t) {
    return TIME_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  static boolean isOpening(Token t) {
    String x = t.text();
    return x.equals("“") || x.equals("``") || (x.equals("\"") || x.equals("''")) && t.pos().equals("``");
  }

  static boolean isClosing(Token t) {
    String x = t.text();
    return x.equals("”") || (x.equals("\"") || x.equals("''")) && t.pos().equals("''");
  }

  static boolean isQuoteMark(Token t) {
    String x = t.text();
    return x.equals("“") || x.equals("”") || x.equals("\"") || x.equals("''") || x.equals("``");
  }

  private static boolean closes(Sentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      String x = s.token(k).text();
      if (x.equals("”") || x.equals("\"") || x.equals("''")) {
        return true;
      }
    }
    return false;
  }

  /** A comma, a dash, "?" or "!", or a closing quotation mark, also one that closes a quotation inside it ("’”"). */
  static boolean isBoundary(Token t) {
    return BOUNDARY.contains(t.text()) || t.text().length() == 2 && t.text().endsWith("”");
  }

  static boolean isPunct(Token t) {
    return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().charAt(0));
  }

  private static boolean isTrimmable(Token t) {
    String x = t.text();
    return x.equals(",") || x.equals(".") || x.equals(";") || x.equals(":") || x.equals("—") || x.equals("--")
        || x.equals("-");
  }
}
