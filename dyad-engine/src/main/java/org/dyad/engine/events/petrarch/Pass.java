package org.dyad.engine.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.events.petrarch.PatternMatch.Slots;
import org.dyad.engine.events.petrarch.PetrarchCoder.Coded;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * The coder's pass over one sentence: each verb's code (its longest matching pattern's, else its own), then
 * the source and target actors of each coded verb, from the pattern's slots or from the parse.
 */
final class Pass {
  /** Relations that leave a verb's clause. */
  private static final Set<String> OTHER_CLAUSE = Set.of("advcl", "ccomp", "parataxis", "acl:relcl", "csubj");
  /** Relations of a clause whose events give way to those of the verb it depends on. */
  private static final Set<String> SUBORDINATE = Set.of("advcl");
  /** Prepositions of a passive verb's agent, in order of preference. */
  private static final List<String> PASSIVE_AGENT_CASES = List.of("by", "from");

  private final Sentence s;
  private final boolean requireDyad;
  private final Marks marks;
  private final NounPhrases phrases;
  private final PatternMatch matcher;
  /** Each verb token's code, once chosen; {@code null} while being chosen and for no verb. */
  private final Map<Integer, @Nullable Choice> choices = new HashMap<>();

  Pass(PetrarchCoder coder, Sentence s, LocalDate date) {
    this.s = s;
    this.requireDyad = coder.requireDyad;
    this.marks = new Marks(coder, s, date);
    this.phrases = new NounPhrases(marks);
    this.matcher = new PatternMatch(marks, phrases);
  }

  List<Coded> code() {
    Map<Integer, List<Coded>> byVerb = new HashMap<>();
    for (Token v : s.tokens()) {
      Choice c = choice(v);
      if (c != null) {
        List<Coded> events = new ArrayList<>();
        emit(v, c.code(), c.rule(), c.slots(), events);
        byVerb.put(v.index(), events);
      }
    }
    // PETRARCH codes the highest verb phrase: the events of a clause subordinate to the verb phrase of a verb
    // that coded one of its own are not looked at ("restored ties with Gondor after crowds burned its embassy").
    List<Coded> out = new ArrayList<>();
    for (Token v : s.tokens()) {
      List<Coded> events = byVerb.getOrDefault(v.index(), List.of());
      if (!(SUBORDINATE.contains(v.rel()) && !byVerb.getOrDefault(v.head(), List.of()).isEmpty())) {
        out.addAll(events);
      }
    }
    return out;
  }

  /** The code a verb token takes: its longest matching pattern's, else the verb's own. */
  private record Choice(String code, String rule, @Nullable Slots slots) {}

  private @Nullable Choice choice(Token v) {
    if (!v.isVerb()) {
      return null;
    }
    if (choices.containsKey(v.index())) {
      return choices.get(v.index());
    }
    choices.put(v.index(), null);
    int at = marks.verbWord(v.index());
    if (at < 0) {
      return null;
    }
    Verb verb = marks.verbAt(at);
    int first = at - verb.before().size();
    int last = at + verb.after().size();
    Slots best = null;
    for (VerbPattern p : marks.patterns(at, verb)) {
      if (best != null && p.length() <= best.pattern.length() || !Codes.readable(p.code())) {
        continue;
      }
      Slots slots = new Slots(p);
      List<Integer> before = new ArrayList<>();
      for (int i = first - 1; i >= 0; i--) {
        before.add(i);
      }
      List<Integer> after = clause(v).stream().filter(i -> i > last).toList();
      if (matcher.match(p.before(), 0, before, 0, first, -1, slots)
          && matcher.match(p.after(), 0, after, 0, last, 1, slots)) {
        best = slots;
      }
    }
    Choice c = new Choice(best == null ? verb.code() : best.pattern.code(),
        best == null ? "verb " + verb.block().name() : best.pattern.where(), best);
    choices.put(v.index(), c);
    return c;
  }

  private void emit(Token v, String code, String rule, @Nullable Slots slots, List<Coded> out) {
    String[] parts = code.split(":", -1);
    String primary = parts[0].strip();
    String secondary = parts.length > 1 ? parts[1].strip() : "";
    if (Codes.none(primary) && Codes.none(secondary)) {
      return;
    }
    List<String[]> pairs = new ArrayList<>();
    boolean compound = slots != null && !slots.compound.isEmpty();
    List<String> sources = compound && slots.compoundBefore ? slots.compound
        : slots != null && !slots.source.isEmpty() ? slots.source : sources(v, 0);
    List<String> targets = compound && !slots.compoundBefore ? slots.compound
        : slots != null && !slots.target.isEmpty() ? slots.target : targets(v, true);
    if (sources.isEmpty() && !compound && s.tree().passive(v) && byAgent(v) == null) {
      // A passive without an agent reads as TABARI reads it: its subject acts on the actor after the verb
      // ("Arnor was criticized over its dispute with Gondor"), but not on the place it happened in.
      List<String> others = slots != null && !slots.target.isEmpty() ? slots.target : targets(v, false);
      for (Token c : others.isEmpty() ? List.<Token>of() : s.dependents(v.index())) {
        List<String> subject = c.rel().equals("nsubj:pass") ? phrases.nounPhrase(c.index(), 0) : List.of();
        if (!subject.isEmpty() && !subject.equals(others)) {
          sources = subject;
          targets = others;
        }
      }
    }
    if (compound && (sources.isEmpty() || targets.isEmpty())) {
      pairs.addAll(among(slots.compound));
    } else {
      if (targets.isEmpty() && sources.size() > 1
          && (Codes.cooperation(primary) || Codes.cooperation(secondary))) {
        pairs.addAll(among(sources));
      }
      for (String src : sources) {
        for (String tgt : targets) {
          if (!src.equals(tgt)) {
            pairs.add(new String[] {src, tgt});
          }
        }
      }
    }
    if (pairs.isEmpty() && !requireDyad) {
      for (String src : sources) {
        pairs.add(new String[] {src, "---"});
      }
    }
    for (String[] p : pairs) {
      if (!Codes.none(primary)) {
        out.add(new Coded(p[0], p[1], primary, v.start(), v.end(), s.start(), s.end(), rule));
      }
      if (!Codes.none(secondary)) {
        out.add(new Coded(p[1], p[0], secondary, v.start(), v.end(), s.start(), s.end(), rule));
      }
    }
  }

  private static List<String[]> among(List<String> actors) {
    List<String[]> out = new ArrayList<>();
    for (String a : actors) {
      for (String b : actors) {
        if (!a.equals(b)) {
          out.add(new String[] {a, b});
        }
      }
    }
    return out;
  }

  private List<String> sources(Token v, int level) {
    if (level > 3) {
      return List.of();
    }
    Token by = byAgent(v);
    if (by != null) {
      return phrases.nounPhrase(by.index(), 0);
    }
    boolean passive = s.tree().passive(v);
    for (Token c : s.dependents(v.index())) {
      if (!passive && c.rel().equals("nsubj")) {
        if (v.rel().equals("acl:relcl") && c.pos().startsWith("W") && v.head() >= 0) {
          return phrases.nounPhrase(v.head(), 0);
        }
        return phrases.nounPhrase(c.index(), 0);
      }
    }
    if (passive || v.head() < 0) {
      return List.of();
    }
    if (v.rel().equals("xcomp")) {
      // A passive controls its infinitive: "Obama is scheduled to attend", "Gollum was seen to break in".
      for (Token c : s.dependents(v.head())) {
        if (c.rel().equals("nsubj:pass")) {
          return phrases.nounPhrase(c.index(), 0);
        }
      }
    }
    if (Set.of("xcomp", "conj", "advcl", "ccomp").contains(v.rel())) {
      return sources(s.token(v.head()), level + 1);
    }
    return List.of();
  }

  /**
   * The actors a verb acts on: its object, with {@code passiveSubject} a passive's subject first, else the first
   * actor after it in its clause, outside its subject and its agent; without {@code passiveSubject} also
   * outside its "in" arguments (where an agentless passive happened: "were killed in Gondor").
   */
  private List<String> targets(Token v, boolean passiveSubject) {
    for (String rel : passiveSubject ? List.of("nsubj:pass", "obj", "iobj") : List.of("obj", "iobj")) {
      for (Token c : s.dependents(v.index())) {
        if (c.rel().equals(rel)) {
          List<String> codes = phrases.nounPhrase(c.index(), 0);
          if (!codes.isEmpty()) {
            return codes;
          }
        }
      }
    }
    List<Token> skipped = new ArrayList<>();
    for (Token c : s.dependents(v.index())) {
      if (c.rel().startsWith("nsubj")) {
        skipped.add(c);
      }
    }
    Token agent = byAgent(v);
    if (agent != null) {
      skipped.add(agent);
    }
    for (Token c : s.dependents(v.index())) {
      if (!passiveSubject && c.rel().startsWith("obl") && s.tree().hasCase(c, "in")) {
        skipped.add(c);
      }
    }
    for (int i : clause(v)) {
      if (i > v.index() && skipped.stream().noneMatch(k -> s.tree().dominates(k.index(), i))
          && (marks.actorAt[i] >= 0 || marks.agentAt[i] >= 0)) {
        List<String> codes = phrases.nounPhrase(phrases.headOf(i), 0);
        if (!codes.isEmpty()) {
          return codes;
        }
      }
    }
    return List.of();
  }

  /**
   * The agent of a passive verb, else {@code null}: its "by" argument ("was criticized by Gondor", "was blown up
   * by a missile"), else, as in PETRARCH, a "from" argument that names an actor ("was freed from Mordor").
   */
  private @Nullable Token byAgent(Token v) {
    if (s.tree().passive(v)) {
      for (String prep : PASSIVE_AGENT_CASES) {
        for (Token c : s.dependents(v.index())) {
          if (c.rel().startsWith("obl") && s.tree().hasCase(c, prep)
              && (prep.equals("by") || !phrases.nounPhrase(c.index(), 0).isEmpty())) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /**
   * The token indices of the verb's clause, in order: its subtree without subordinate, relative and
   * coordinated verb clauses, but with its complement clauses ("allowed that Mordor isn't a pleasant place")
   * and adverbial infinitives ("signed an accord to supply Gondor"), which a constituency parse keeps inside
   * the verb phrase, unless the clause's own verb codes an event: "said he would attack Gondor" is the
   * attack's, not the saying's.
   */
  private List<Integer> clause(Token v) {
    return s.tree().reach(v, (t, c) -> {
      boolean otherVerb = c.rel().equals("conj") && c.isVerb();
      boolean complement = (c.rel().equals("ccomp") || infinitive(c)) && !codesEvent(c);
      return !OTHER_CLAUSE.contains(c.rel()) && !otherVerb || complement;
    }).stream().map(Token::index).sorted().toList();
  }

  /**
   * Whether an adverbial clause is an infinitive ("signed an accord to supply Gondor"), which a constituency
   * parse keeps inside the verb phrase like a complement.
   */
  private boolean infinitive(Token c) {
    if (!c.rel().equals("advcl")) {
      return false;
    }
    for (Token m : s.dependents(c.index())) {
      if (m.rel().equals("mark") && m.pos().equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb codes an event of its own, with its patterns: "enjoyed support" does ([:050]), "drawn"
   * ([---]) does not.
   */
  private boolean codesEvent(Token t) {
    Choice c = choice(t);
    if (c == null) {
      return false;
    }
    String[] parts = c.code().split(":", -1);
    return !Codes.none(parts[0].strip()) || parts.length > 1 && !Codes.none(parts[1].strip());
  }
}
