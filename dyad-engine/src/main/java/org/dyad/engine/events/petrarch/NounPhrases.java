package org.dyad.engine.events.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The actor codes a noun phrase of one sentence names, PETRARCH's way over dyad's dependency parse: its actor
 * with its agents, an agent with the actors of its arguments or of the nouns coordinated with it, a pronoun
 * with its antecedent (see the package's description).
 */
final class NounPhrases {
  /** Relations that leave a noun phrase's core: its other arguments and clauses. */
  private static final Set<String> NOT_CORE = Set.of("conj", "cc", "acl", "acl:relcl", "appos", "punct", "advcl",
      "parataxis", "dep", "ccomp", "xcomp", "nsubj", "obj", "cop", "aux", "mark");
  /** Relations by which a name's words and modifiers hang on the head of their noun phrase. */
  private static final Set<String> IN_PHRASE = Set.of("compound", "flat", "amod", "nmod:poss", "det", "nummod",
      "conj");
  /** Prepositions through which an agent finds its actor ("the ambassadors of Arnor"). */
  private static final Set<String> AGENT_CASES = Set.of("of", "in", "from", "at");
  /** Relations of a clause embedded in another's verb phrase, where a pronoun finds its antecedent. */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "xcomp", "advcl");

  private final Sentence s;
  private final Marks marks;

  NounPhrases(Marks marks) {
    this.s = marks.s;
    this.marks = marks;
  }

  /**
   * The noun phrase a token of a name or modifier belongs to: "Cirith" to "Ungol", "Gondor" to "Gondor's army",
   * "Osgiliath" to the coordination "Gondor and Osgiliath".
   */
  int headOf(int i) {
    return s.tree().climb(s.token(i), t -> IN_PHRASE.contains(t.rel())).index();
  }

  /**
   * The actor codes a noun phrase names: its actor with its agents, an agent with the actors of its "of"
   * argument, and the same for each conjunct.
   */
  List<String> nounPhrase(int head, int level) {
    Set<String> out = new LinkedHashSet<>();
    if (level > 4) {
      return List.of();
    }
    if (s.token(head).pos().equals("PRP") && marks.actorAt[head] < 0 && marks.agentAt[head] < 0) {
      return antecedent(s.token(head), level);
    }
    List<Integer> core = core(head);
    String actor = null;
    List<Agent> found = new ArrayList<>();
    Set<Integer> seenAgents = new HashSet<>();
    for (int i : core) {
      if (actor == null && marks.actorAt[i] >= 0) {
        actor = marks.actorCodes.get(marks.actorAt[i]);
      }
      if (marks.agentAt[i] >= 0 && seenAgents.add(marks.agentAt[i])) {
        found.add(marks.agentEntries.get(marks.agentAt[i]));
      }
    }
    if (actor != null) {
      List<String> all = new ArrayList<>(List.of(actor));
      all.addAll(coordinatedModifiers(head, core));
      for (String each : all) {
        for (String one : each.split("/")) {
          out.add(compose(one, found));
        }
      }
    } else {
      List<String> inner = new ArrayList<>();
      for (Token c : s.dependents(head)) {
        if (c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss")
            && (found.isEmpty() ? inner.isEmpty() : AGENT_CASES.stream().anyMatch(k -> s.tree().hasCase(c, k)))) {
          inner.addAll(nounPhrase(c.index(), level + 1));
        } else if (c.rel().equals("acl") && found.isEmpty() && inner.isEmpty()) {
          // A participle's arguments count in their place: "the roads leading into Mordor along the pass".
          for (Token d : s.dependents(c.index())) {
            if (inner.isEmpty() && (d.rel().equals("obj") || d.rel().startsWith("obl"))) {
              inner.addAll(nounPhrase(d.index(), level + 1));
            }
          }
        }
      }
      if (!found.isEmpty()) {
        if (inner.isEmpty()) {
          inner.addAll(partnerActors(head, level));
        }
        if (inner.isEmpty()) {
          out.add(compose("---", found));
        }
        inner.forEach(a -> out.add(compose(a, found)));
      } else {
        out.addAll(inner.isEmpty() ? sharedArguments(s.token(head), level) : inner);
      }
    }
    for (Token c : s.dependents(head)) {
      if (c.rel().equals("conj")) {
        out.addAll(nounPhrase(c.index(), level + 1));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The actors a personal pronoun stands for, as PETRARCH finds them: outside the pronoun's own clause, the
   * nearest noun phrase of the clause it is embedded in, the object of its verb before the subject ("Arnor
   * indicated it deplored Gondor": Arnor). Nothing for a pronoun of a main clause, a reflexive one, or one
   * whose clause is embedded under a verb with a code of its own: PETRARCH 2 folds such a clause's event
   * into the governing verb's code ("Obama said he would attack", an intent), which dyad does not do.
   */
  private List<String> antecedent(Token pronoun, int level) {
    String text = pronoun.text().toLowerCase(Locale.ROOT);
    if (text.endsWith("self") || text.endsWith("selves") || pronoun.head() < 0) {
      return List.of();
    }
    Token x = s.token(pronoun.head());
    while (true) {
      if (EMBEDDED.contains(x.rel())) {
        Token governor = s.token(x.head());
        Verb verb = governor.isVerb() ? marks.verbAt(governor.index()) : null;
        if (verb != null && !Codes.none(verb.code())) {
          return List.of();
        }
        for (String rel : List.of("obj", "iobj", "nsubj", "nsubj:pass")) {
          for (Token c : s.dependents(governor.index())) {
            if (c.rel().equals(rel) && c.index() != x.index() && c.index() != pronoun.index()) {
              return nounPhrase(c.index(), level + 1);
            }
          }
        }
        x = governor;
      } else if (x.head() < 0 || x.isVerb()) {
        return List.of();
      } else {
        x = s.token(x.head());
      }
    }
  }

  /**
   * The actors of the arguments a last conjunct shares with the first: UD hangs a modifier that follows a
   * coordination on its first conjunct, a constituency parse on the last ("Ithilen's sheep and goats of
   * Gondor": the goats are Gondor's).
   */
  private List<String> sharedArguments(Token conjunct, int level) {
    if (!conjunct.rel().equals("conj")) {
      return List.of();
    }
    for (Token c : s.dependents(conjunct.head())) {
      if (c.index() > conjunct.index() && c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss")) {
        List<String> codes = nounPhrase(c.index(), level + 1);
        if (!codes.isEmpty()) {
          return codes;
        }
      }
    }
    return List.of();
  }

  /**
   * The actors of the conjuncts of a noun phrase's modifiers, which share its noun: "Eriadori and Calenardhon
   * leaders" are Calenardhon's leaders too.
   */
  private List<String> coordinatedModifiers(int head, List<Integer> core) {
    List<String> out = new ArrayList<>();
    for (int i : core) {
      for (Token c : i == head ? List.<Token>of() : s.dependents(i)) {
        if (c.rel().equals("conj")) {
          List<Integer> conjunct = core(c.index());
          conjunct.stream().filter(j -> marks.actorAt[j] >= 0).findFirst()
              .ifPresent(j -> out.add(marks.actorCodes.get(marks.actorAt[j])));
        }
      }
    }
    return out;
  }

  /**
   * The actors an agent with none of its own shares with the nouns it is coordinated with: "Danish media and
   * government" is the Danish government, "lawmakers and officials in Fornost" Fornost's officials too.
   */
  private List<String> partnerActors(int head, int level) {
    Token t = s.token(head);
    // The noun a conjunct hangs on; none for the root ("Officials and lawmakers." parsed as a fragment).
    @Nullable Token parent = t.head() >= 0 ? s.token(t.head()) : null;
    List<Token> partners = new ArrayList<>();
    if (t.rel().equals("conj") && parent != null) {
      partners.add(parent);
      partners.addAll(s.dependents(parent.index()));
    } else {
      partners.addAll(s.dependents(head));
    }
    for (Token p : partners) {
      if (p.index() == head || p != parent && !p.rel().equals("conj")) {
        continue;
      }
      List<Integer> core = core(p.index());
      for (int i : core) {
        if (marks.actorAt[i] >= 0) {
          return List.of(marks.actorCodes.get(marks.actorAt[i]).split("/"));
        }
      }
      List<String> args = new ArrayList<>();
      for (Token c : s.dependents(p.index())) {
        if (c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss")
            && AGENT_CASES.stream().anyMatch(k -> s.tree().hasCase(c, k))) {
          args.addAll(nounPhrase(c.index(), level + 1));
        }
      }
      if (!args.isEmpty()) {
        return args;
      }
    }
    return List.of();
  }

  /** The token indices of the core of the noun phrase headed by {@code head}, in order: without its arguments. */
  private List<Integer> core(int head) {
    return s.tree().reach(s.token(head), (t, c) -> !NOT_CORE.contains(c.rel())
        && !(c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss")) && !c.rel().startsWith("obl"))
        .stream().map(Token::index).sorted().toList();
  }

  /** An actor code with its agents: {@code NGO~} agents before it, {@code ~GOV} after, none twice. */
  private static String compose(String actor, List<Agent> agents) {
    StringBuilder front = new StringBuilder();
    StringBuilder back = new StringBuilder(actor);
    for (Agent a : agents) {
      if (a.prefix()) {
        front.append(a.code());
      } else if (!back.toString().endsWith(a.code()) && !(back.length() > 3 && back.substring(3).contains(a.code()))) {
        back.append(a.code());
      }
    }
    return front.append(back).toString();
  }
}
