package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The choice of a code for one predicate token: the first of its lemma's patterns ({@link Lexicon#patterns})
 * whose part of speech, markers, subjects and objects the parse shows there, and whose sense {@code senses.tsv}
 * does not rule out.
 */
final class Predicates {
  /** Relations along which a pattern's object is looked for; "acl" for an event noun's content ("the threat to impose tariffs"). */
  private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "obl", "nmod", "xcomp", "nsubj:pass",
      "conj", "compound", "acl");
  /**
   * Case markers of circumstances (where, when), never the complement a pattern's objects look for unless the
   * object names the preposition ("in:court"); "in" only on the predicate itself ("urged ... in talks with"),
   * since further down it may hold the thing ("put 300 mln dlrs in tariffs").
   */
  private static final Set<String> CIRCUMSTANCES = Words.set("circumstance");
  /** Event nouns with an economic sense when singular: see {@link #economicSense}. */
  private static final Set<String> ECONOMIC_SENSE = Words.set("economic_sense");

  private final PatternCoder coder;

  Predicates(PatternCoder coder) {
    this.coder = coder;
  }

  /**
   * A noun that, singular and without a clause of its own, is an economic quantity, not an event: "domestic
   * demand", "demand for U.S. securities"; "U.S. demands" and "the demand that Japan open its market" are demands.
   */
  static boolean economicSense(Sentence s, Token p) {
    return ECONOMIC_SENSE.contains(p.lemma().toLowerCase(Locale.ROOT)) && !p.pos().equals("NNS")
        && s.dependents(p.index()).stream().noneMatch(c -> c.rel().equals("acl") || c.rel().equals("ccomp"));
  }

  /** Whether {@code p} is an adjective, which is a predicate only by a pattern that asks for one ("critical/a"). */
  static boolean adjective(Token p) {
    return p.pos().startsWith("JJ");
  }

  /** A pattern matched at a predicate, with the complement token its objects claimed. */
  record Match(Pattern pattern, @Nullable Token object) {}

  /** A token of the predicate's complement, with the token it hangs on. */
  private record Entry(Token token, Token parent, int depth, boolean circumstance) {}

  /**
   * The pattern predicate {@code p} takes, or null; a pattern that codes nothing is returned too. Among the
   * matching patterns of the first tier and specificity that match, the one whose object stands nearest the
   * predicate wins ("renewed negotiations on a pullback and their relations" renews negotiations), then the
   * first in order.
   */
  @Nullable Match match(Sentence s, Token p) {
    return match(s, p, null);
  }

  /**
   * The matches of predicate {@code p} on the nouns coordinated with the object of its match {@code m}, each
   * the pattern that takes that noun for its object: "expressed support to Manila and concern over Beijing's
   * actions" is an endorsement and a disapproval, "imposed sanctions on Iran and a ban on Syria" two sanctions.
   */
  List<Match> coordinated(Sentence s, Token p, Match m) {
    Token object = m.object();
    if (object == null || !object.isNoun()) {
      return List.of();
    }
    List<Match> out = new ArrayList<>();
    for (Token c : s.tree().children(object)) {
      if (c.rel().equals("conj") && c.isNoun()) {
        Match other = match(s, p, c);
        if (other != null && !other.pattern().codesNothing()) {
          out.add(other);
        }
      }
    }
    return out;
  }

  /** {@link #match(Sentence, Token)}, among the patterns whose object is {@code only} when it is given. */
  private @Nullable Match match(Sentence s, Token p, @Nullable Token only) {
    List<Pattern> candidates = coder.lexicon().patterns(p.lemma());
    if (candidates.isEmpty()) {
      return null;
    }
    String lemma = p.lemma().toLowerCase(Locale.ROOT);
    List<Entry> complement = null;
    List<String> subjectWords = null;
    Match best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (Pattern pat : candidates) {
      if (best != null && (pat.tier() != best.pattern().tier()
          || pat.specificity() != best.pattern().specificity())) {
        break;
      }
      if (!pat.predicates().get(lemma).admits(p.isVerb(), p.isNoun(), adjective(p))) {
        continue;
      }
      if (!pat.markers().isEmpty() && pat.markers().stream().noneMatch(all -> hasMarkers(s, p, all))) {
        continue;
      }
      if (!pat.subjects().isEmpty() || !pat.notSubjects().isEmpty()) {
        if (subjectWords == null) {
          subjectWords = subjectWords(s, p);
        }
        if (!pat.subjects().isEmpty() && subjectWords.stream().noneMatch(pat.subjects()::contains)
            || subjectWords.stream().anyMatch(pat.notSubjects()::contains)) {
          continue;
        }
      }
      if (complement == null) {
        complement = complement(s, p);
      }
      if (excluded(s, p, complement, pat.notObjects())) {
        continue;
      }
      Entry object = null;
      if (!pat.objects().isEmpty()) {
        for (Pattern.Need need : pat.objects()) {
          Entry found = satisfy(s, p, complement, need);
          if (found != null && (object == null || found.depth() < object.depth())) {
            object = found;
          }
        }
        if (object == null) {
          continue;
        }
      }
      if (only != null && (object == null || object.token() != only)) {
        continue;
      }
      if (!pat.codesNothing() && ruledOut(s, p, complement, pat.code())) {
        continue;
      }
      int depth = object == null ? 0 : object.depth();
      if (best == null || depth < bestDepth) {
        best = new Match(pat, object == null ? null : object.token());
        bestDepth = depth;
      }
    }
    return best;
  }

  private static boolean excluded(Sentence s, Token p, List<Entry> complement, List<Term> terms) {
    for (Term t : terms) {
      if (find(s, p, complement, t) != null) {
        return true;
      }
    }
    return false;
  }

  /** Where the first of a need's things stands, when all of them are found; else null. */
  private static @Nullable Entry satisfy(Sentence s, Token p, List<Entry> complement, Pattern.Need need) {
    Entry first = null;
    for (List<Term> anyOf : need.all()) {
      Entry found = null;
      for (Term t : anyOf) {
        found = find(s, p, complement, t);
        if (found != null) {
          break;
        }
      }
      if (found == null) {
        return null;
      }
      if (first == null) {
        first = found;
      }
    }
    return first;
  }

  /**
   * The complement token that term {@code t} names. A verb counts only as the predicate's own complement
   * ("asked Japan to help" is an appeal for help; "asked Japan to open its market to help" is not); a name
   * never does ("issued by California Credit Card Trust" names no credit).
   */
  private static @Nullable Entry find(Sentence s, Token p, List<Entry> complement, Term t) {
    for (Entry e : complement) {
      Token c = e.token();
      if (!named(c, t.heads())) {
        continue;
      }
      if (c.isVerb() && e.parent() != p || e.circumstance() && t.prep() == null || name(c)) {
        continue;
      }
      if (t.prep() != null && !s.tree().hasCase(c, t.prep())) {
        continue;
      }
      if (t.modifiers().stream().allMatch(m -> modifiedBy(s, c, m))) {
        return e;
      }
    }
    return null;
  }

  /** A word of a name ("Credit" in "California Credit Card Trust"), not a title written in capitals ("Ambassador"). */
  private static boolean name(Token t) {
    return t.isProperNoun() && !t.ner().equals("O") && !t.ner().equals("TITLE");
  }

  private static boolean modifiedBy(Sentence s, Token c, Set<String> words) {
    for (Token d : s.dependents(c.index())) {
      if (!d.rel().equals("case") && !d.rel().equals("det") && !d.rel().equals("punct") && named(d, words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The predicate's complement, three steps deep: its object, prepositional objects, passive subject, the
   * object of its infinitive, and, for an event noun, its modifiers; nearest first.
   */
  private static List<Entry> complement(Sentence s, Token p) {
    List<Entry> out = new ArrayList<>();
    List<Token> level = List.of(p);
    for (int depth = 0; depth < 3; depth++) {
      List<Token> next = new ArrayList<>();
      for (Token t : level) {
        for (Token c : s.dependents(t.index())) {
          boolean modifier = t == p && p.isNoun() && c.rel().equals("amod");
          // a verb coordinated with a verb predicate is a clause of its own: "announced a freeze and is
          // negotiating new loans"
          boolean clause = t == p && p.isVerb() && c.isVerb() && c.rel().equals("conj");
          if (!COMPLEMENTS.contains(c.rel()) && !modifier || clause) {
            continue;
          }
          boolean circumstance = (c.rel().startsWith("obl") || c.rel().startsWith("nmod"))
              && (s.tree().hasCaseIn(c, CIRCUMSTANCES) || t == p && s.tree().hasCase(c, "in"));
          out.add(new Entry(c, t, depth, circumstance));
          if (!circumstance) {
            next.add(c);
          }
        }
      }
      level = next;
    }
    return out;
  }

  /** Whether a rule of {@code senses.tsv} rules {@code code} out at this predicate. */
  private boolean ruledOut(Sentence s, Token p, List<Entry> complement, String code) {
    for (Senses.Rule r : coder.lexicon().senses().rulesFor(code)) {
      if (r.subject()) {
        Token subject = Clauses.subjectToken(s, p);
        if (subject != null && subject.pos().startsWith("NN") && !subject.isProperNoun()
            && r.words().contains(subject.lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
        continue;
      }
      for (Entry e : complement) {
        // the words of an object rule are things ("share" the stake, not "agreed to share information")
        if (e.circumstance() || !e.token().isNoun()) {
          continue;
        }
        if (named(e.token(), r.words())) {
          return true;
        }
        for (Token d : s.dependents(e.token().index())) {
          if ((d.rel().equals("amod") || d.rel().equals("compound")) && named(d, r.words())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code words} names token {@code t}: its lemma, its form, or its form without a plural
   * ending, since the lemmatizer keeps some plurals ("troops", "arms", "talks").
   */
  private static boolean named(Token t, Set<String> words) {
    String form = t.text().toLowerCase(Locale.ROOT);
    if (words.contains(t.lemma().toLowerCase(Locale.ROOT)) || words.contains(form)) {
      return true;
    }
    if (!t.pos().equals("NNS") || !form.endsWith("s")) {
      return false;
    }
    return words.contains(form.substring(0, form.length() - 1))
        || form.endsWith("ies") && words.contains(form.substring(0, form.length() - 3) + "y")
        || form.endsWith("es") && words.contains(form.substring(0, form.length() - 2));
  }

  /**
   * Whether {@code p} governs every one of {@code markers}: particles, case markers, "inf" for "to", "obj" for a
   * noun object ("warned Kyiv").
   */
  private static boolean hasMarkers(Sentence s, Token p, List<String> markers) {
    for (String m : markers) {
      if (!hasMarker(s, p, m)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasMarker(Sentence s, Token p, String marker) {
    for (Token c : s.dependents(p.index())) {
      String l = c.lemma().toLowerCase(Locale.ROOT);
      // a particle after the verb, tagged as one ("crack down") or as an adverb ("sent away the envoy")
      boolean particle = c.rel().equals("compound:prt") || c.rel().equals("advmod") && c.index() > p.index();
      if (particle && l.equals(marker)
          || marker.equals("inf") && c.rel().equals("mark") && l.equals("to")
          || marker.equals("to-inf") && c.rel().equals("xcomp") && Clauses.infinitive(s, c)
          || marker.equals("obj") && (c.rel().equals("obj") || c.rel().equals("iobj")) && c.isNoun()) {
        return true;
      }
      if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("obj")
          || c.rel().equals("xcomp") || c.rel().equals("advcl")) && s.tree().hasCase(c, marker)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of the subject (active or passive, with its titles and modifiers: "President Akayev",
   * "Israeli troops") and of the modifiers before the predicate ("ethnically cleansed").
   */
  private static List<String> subjectWords(Sentence s, Token p) {
    List<Token> heads = new ArrayList<>();
    Token subject = Clauses.subjectToken(s, p);
    if (subject != null) {
      heads.add(subject);
    }
    List<String> out = new ArrayList<>();
    for (Token c : s.dependents(p.index())) {
      if (c.index() < p.index() && (c.rel().equals("advmod") || c.rel().equals("amod") || c.rel().equals("compound"))) {
        add(out, c);
      } else if (c.rel().equals("nsubj:pass")) {
        heads.add(c);
      }
    }
    for (Token h : heads) {
      add(out, h);
      for (Token d : s.dependents(h.index())) {
        if (d.rel().equals("compound") || d.rel().equals("amod")) {
          add(out, d);
        }
      }
    }
    return out;
  }

  private static void add(List<String> words, Token t) {
    words.add(t.lemma().toLowerCase(Locale.ROOT));
    words.add(t.text().toLowerCase(Locale.ROOT));
  }

}
