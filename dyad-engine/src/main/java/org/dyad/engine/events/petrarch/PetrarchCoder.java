package org.dyad.engine.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * Codes sentences with a PETRARCH dictionary set over dyad's dependency parse: who did what to whom, in the
 * dictionaries' own actor and event codes. Immutable and thread-safe.
 *
 * <pre>{@code
 * PetrarchCoder coder = new PetrarchCoder(DictionaryReader.readDirectory(dir));
 * List<PetrarchCoder.Coded> events = coder.code(sentences, LocalDate.of(1995, 1, 1));
 * }</pre>
 */
public final class PetrarchCoder {
  /** Relations that leave a noun phrase's core: its other arguments and clauses. */
  private static final Set<String> NOT_CORE = Set.of("conj", "cc", "acl", "acl:relcl", "appos", "punct", "advcl",
      "parataxis", "dep", "ccomp", "xcomp", "nsubj", "obj", "cop", "aux", "mark");
  /** Relations that leave a verb's clause. */
  private static final Set<String> OTHER_CLAUSE = Set.of("advcl", "ccomp", "parataxis", "acl:relcl", "csubj");
  /** Prepositions through which an agent finds its actor ("the ambassadors of Arnor"). */
  private static final Set<String> AGENT_CASES = Set.of("of", "in", "from", "at");
  /** Relations of a clause whose events give way to those of the verb it depends on. */
  private static final Set<String> SUBORDINATE = Set.of("advcl");
  /** Relations of a clause embedded in another's verb phrase, where a pronoun finds its antecedent. */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "xcomp", "advcl");
  /** Prepositions of a passive verb's agent, in order of preference. */
  private static final List<String> PASSIVE_AGENT_CASES = List.of("by", "from");

  private final Map<String, List<Verb>> verbs = new HashMap<>();
  private final Map<String, List<Phrase<Actor>>> actors = new HashMap<>();
  private final Map<String, List<Phrase<Agent>>> agents = new HashMap<>();
  private final List<Discard> discards;
  private final boolean requireDyad;

  /** A dictionary phrase, indexed by its first word. */
  private record Phrase<T>(List<String> words, T entry) {}

  /**
   * One coded event.
   *
   * @param source the source's actor code, with agents ("ARNGOV", "---GOV" for an agent of no known country)
   * @param target the target's
   * @param code the event code from the dictionary
   * @param start document offset of the verb
   * @param end document offset after the verb
   * @param sentenceStart document offset of the verb's sentence, the event's evidence
   * @param sentenceEnd document offset after the sentence
   * @param rule the dictionary line that gave the code
   */
  public record Coded(
      String source, String target, String code, int start, int end, int sentenceStart, int sentenceEnd,
      String rule) {}

  public PetrarchCoder(Dictionaries d) {
    this(d, true);
  }

  /**
   * @param requireDyad PETRARCH's {@code require_dyad} option: when false, an event whose target cannot be
   *     found is still coded, with the target {@code ---} ("---GOV --- 023" for "..., the official news agency
   *     said")
   */
  public PetrarchCoder(Dictionaries d, boolean requireDyad) {
    this.requireDyad = requireDyad;
    for (Verb v : d.verbs()) {
      for (String f : v.forms()) {
        verbs.computeIfAbsent(f, k -> new ArrayList<>()).add(v);
      }
    }
    for (Actor a : d.actors()) {
      for (List<String> p : a.phrases()) {
        actors.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(new Phrase<>(p, a));
      }
    }
    for (Agent a : d.agents()) {
      agents.computeIfAbsent(a.phrase().get(0), k -> new ArrayList<>()).add(new Phrase<>(a.phrase(), a));
    }
    this.discards = d.discards();
  }

  /** The events of one document's sentences, nothing when a story discard phrase stands in one of them. */
  public List<Coded> code(List<Sentence> sentences, LocalDate date) {
    List<Coded> out = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.parsed()) {
        continue;
      }
      Discard d = discarded(s);
      if (d != null && d.story()) {
        return List.of();
      }
      if (d == null) {
        out.addAll(new Pass(s, date).code());
      }
    }
    return out;
  }

  private @Nullable Discard discarded(Sentence s) {
    for (Discard d : discards) {
      for (int i = 0; i + d.phrase().size() <= s.size(); i++) {
        boolean all = true;
        for (int j = 0; j < d.phrase().size() && all; j++) {
          all = upper(s.token(i + j).text()).equals(d.phrase().get(j));
        }
        if (all) {
          return d;
        }
      }
    }
    return null;
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** The coder's pass over one sentence. */
  private final class Pass {
    private final Sentence s;
    private final String[] words;
    private final String[] lemmas;
    /** Actor mention id per token, -1 for none; codes by id. */
    private final int[] actorAt;
    private final int[] agentAt;
    private final List<String> actorCodes = new ArrayList<>();
    private final List<Agent> agentEntries = new ArrayList<>();
    /** Each verb token's code, once chosen; {@code null} while being chosen and for no verb. */
    private final Map<Integer, @Nullable Choice> choices = new HashMap<>();

    Pass(Sentence s, LocalDate date) {
      this.s = s;
      int n = s.size();
      words = new String[n];
      lemmas = new String[n];
      for (Token t : s.tokens()) {
        words[t.index()] = upper(t.text());
        lemmas[t.index()] = upper(t.lemma());
      }
      actorAt = new int[n];
      agentAt = new int[n];
      java.util.Arrays.fill(actorAt, -1);
      java.util.Arrays.fill(agentAt, -1);
      // Dictionary phrases are matched word by word, and a token joined with underscores ("Dol_Amroth") is
      // its words, as in the dictionaries themselves; a hyphenated word the tokenizer split ("Barad - dur") is
      // one word again, as the dictionaries write it.
      List<String> parts = new ArrayList<>();
      List<Integer> partToken = new ArrayList<>();
      List<Integer> partLast = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        int last = t;
        StringBuilder word = new StringBuilder(words[t]);
        while (last + 2 < n && words[last + 1].equals("-") && joined(last) && joined(last + 1)) {
          word.append('-').append(words[last + 2]);
          last += 2;
        }
        for (String w : word.toString().split("_+")) {
          if (!w.isEmpty()) {
            parts.add(w);
            partToken.add(t);
            partLast.add(last);
          }
        }
        t = last;
      }
      for (int i = 0; i < parts.size(); ) {
        Phrase<Actor> best = longest(actors, parts, i);
        Optional<String> code = best == null ? Optional.empty() : best.entry().codeOn(date);
        if (code.isEmpty()) {
          i++;
          continue;
        }
        int id = actorCodes.size();
        actorCodes.add(code.get());
        int end = i + best.words().size();
        for (int k = partToken.get(i); k <= partLast.get(end - 1); k++) {
          actorAt[k] = id;
        }
        i = end;
      }
      for (int i = 0; i < parts.size(); ) {
        Phrase<Agent> best = actorAt[partToken.get(i)] >= 0 ? null : longest(agents, parts, i);
        if (best == null) {
          i++;
          continue;
        }
        int id = agentEntries.size();
        agentEntries.add(best.entry());
        int end = i + best.words().size();
        for (int k = partToken.get(i); k <= partLast.get(end - 1); k++) {
          agentAt[k] = id;
        }
        i = end;
      }
    }

    /** Whether token {@code t} and the next are written together, with no space between. */
    private boolean joined(int t) {
      return s.token(t).end() == s.token(t + 1).start();
    }

    private static <T> @Nullable Phrase<T> longest(Map<String, List<Phrase<T>>> index, List<String> parts, int i) {
      Phrase<T> best = null;
      for (Phrase<T> p : index.getOrDefault(parts.get(i), List.of())) {
        if ((best == null || p.words().size() > best.words().size()) && i + p.words().size() <= parts.size()
            && parts.subList(i, i + p.words().size()).equals(p.words())) {
          best = p;
        }
      }
      return best;
    }

    private boolean is(int i, String word) {
      return i >= 0 && i < words.length && (words[i].equals(word) || lemmas[i].equals(word));
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
      int at = verbWord(v.index());
      if (at < 0) {
        return null;
      }
      Verb verb = verbAt(at);
      int first = at - verb.before().size();
      int last = at + verb.after().size();
      Slots best = null;
      for (VerbPattern p : patterns(at, verb)) {
        if (best != null && p.length() <= best.pattern.length() || !readable(p.code())) {
          continue;
        }
        Slots slots = new Slots(p);
        List<Integer> before = new ArrayList<>();
        for (int i = first - 1; i >= 0; i--) {
          before.add(i);
        }
        List<Integer> after = clause(v.index(), true).stream().filter(i -> i > last).toList();
        if (match(p.before(), 0, before, 0, first, -1, slots) && match(p.after(), 0, after, 0, last, 1, slots)) {
          best = slots;
        }
      }
      Choice c = new Choice(best == null ? verb.code() : best.pattern.code(),
          best == null ? "verb " + verb.block().name() : best.pattern.where(), best);
      choices.put(v.index(), c);
      return c;
    }

    /**
     * Where the dictionary's verb word stands for a verb token: the token itself, else, for a multi-word verb
     * whose verb word the tagger took for a noun ("wire tap" as VB NN for {@code WIRE_+TAP}), the neighbour
     * whose verb line takes the token in; -1 for none.
     */
    private int verbWord(int v) {
      if (verbAt(v) != null) {
        return v;
      }
      for (int j = Math.max(0, v - 2); j <= Math.min(s.size() - 1, v + 2); j++) {
        Verb other = j == v || s.token(j).isVerb() ? null : verbAt(j);
        if (other != null && j - other.before().size() <= v && v <= j + other.after().size()) {
          return j;
        }
      }
      return -1;
    }

    /**
     * The patterns of a verb, with those of the other blocks that list the same verb (PETRARCH keeps one entry per
     * verb word, so the patterns of its blocks add up).
     */
    private List<VerbPattern> patterns(int i, Verb verb) {
      List<VerbPattern> out = new ArrayList<>(verb.block().patterns());
      for (String key : List.of(words[i], lemmas[i])) {
        List<Verb> listed = verbs.getOrDefault(key, List.of());
        if (listed.contains(verb)) {
          for (Verb other : listed) {
            if (other.block() != verb.block() && other.before().equals(verb.before())
                && other.after().equals(verb.after())) {
              out.addAll(other.block().patterns());
            }
          }
          break;
        }
      }
      return out;
    }

    private @Nullable Verb verbAt(int i) {
      Verb best = null;
      for (String key : List.of(words[i], lemmas[i])) {
        for (Verb v : verbs.getOrDefault(key, List.of())) {
          int size = v.before().size() + v.after().size();
          if (best != null && size <= best.before().size() + best.after().size()) {
            continue;
          }
          boolean ok = true;
          for (int j = 0; j < v.before().size() && ok; j++) {
            ok = is(i - v.before().size() + j, v.before().get(j));
          }
          for (int j = 0; j < v.after().size() && ok; j++) {
            ok = is(i + 1 + j, v.after().get(j));
          }
          if (ok) {
            best = v;
          }
        }
        if (best != null) {
          return best;
        }
      }
      return null;
    }

    private void emit(Token v, String code, String rule, @Nullable Slots slots, List<Coded> out) {
      String[] parts = code.split(":", -1);
      String primary = parts[0].strip();
      String secondary = parts.length > 1 ? parts[1].strip() : "";
      if (none(primary) && none(secondary)) {
        return;
      }
      List<String[]> pairs = new ArrayList<>();
      boolean compound = slots != null && !slots.compound.isEmpty();
      List<String> sources = compound && slots.compoundBefore ? slots.compound
          : slots != null && !slots.source.isEmpty() ? slots.source : sources(v, 0);
      List<String> targets = compound && !slots.compoundBefore ? slots.compound
          : slots != null && !slots.target.isEmpty() ? slots.target : targets(v, true);
      if (sources.isEmpty() && !compound && passive(v) && byAgent(v) == null) {
        // A passive without an agent reads as TABARI reads it: its subject acts on the actor after the verb
        // ("Arnor was criticized over its dispute with Gondor"), but not on the place it happened in.
        List<String> others = slots != null && !slots.target.isEmpty() ? slots.target : targets(v, false);
        for (Token c : others.isEmpty() ? List.<Token>of() : s.dependents(v.index())) {
          List<String> subject = c.rel().equals("nsubj:pass") ? nounPhrase(c.index(), 0) : List.of();
          if (!subject.isEmpty() && !subject.equals(others)) {
            sources = subject;
            targets = others;
          }
        }
      }
      if (compound && (sources.isEmpty() || targets.isEmpty())) {
        pairs.addAll(among(slots.compound));
      } else {
        if (targets.isEmpty() && sources.size() > 1 && (cooperation(primary) || cooperation(secondary))) {
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
        if (!none(primary)) {
          out.add(new Coded(p[0], p[1], primary, v.start(), v.end(), s.start(), s.end(), rule));
        }
        if (!none(secondary)) {
          out.add(new Coded(p[1], p[0], secondary, v.start(), v.end(), s.start(), s.end(), rule));
        }
      }
    }

    /**
     * Whether a code is no event: empty, {@code ---}, or one of TABARI's placeholders without a digit ({@code +++}
     * for its "complex" events, {@code ###}, {@code xxy}), which PETRARCH does not code.
     */
    private static boolean none(String code) {
      return code.isEmpty() || code.equals("---") || code.chars().noneMatch(Character::isDigit);
    }

    /**
     * Whether a pattern's code is one PETRARCH acts on: an event code or {@code ---} (no event); a pattern with a
     * placeholder code is passed over, so that the verb's other patterns apply.
     */
    private static boolean readable(String code) {
      return code.chars().anyMatch(Character::isDigit) || code.equals("---");
    }

    /**
     * Whether a code is one of cooperation (CAMEO 03 to 06: intend to cooperate, consult, engage, cooperate),
     * which PETRARCH codes among coordinated sources that have no target ("Gondor and Arnor met").
     */
    private static boolean cooperation(String code) {
      return code.matches("0[3-6].*");
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

    // ------------------------------------------------------------ pattern matching

    /** What a pattern matched: the pattern and the actors its slots took. */
    private static final class Slots {
      final VerbPattern pattern;
      List<String> source = List.of();
      List<String> target = List.of();
      List<String> compound = List.of();
      /** Whether the {@code %} stood before the verb, as its source, rather than after it, as its target. */
      boolean compoundBefore;

      Slots(VerbPattern pattern) {
        this.pattern = pattern;
      }
    }

    /**
     * Whether {@code elements} from {@code k} match along {@code window} (token indices walking away from the
     * verb) from position {@code pos}; {@code lastToken} is the token matched last, for adjacency.
     */
    private boolean match(List<Element> elements, int k, List<Integer> window, int pos, int lastToken, int dir,
        Slots slots) {
      if (k == elements.size()) {
        return true;
      }
      Element e = elements.get(k);
      for (int p = pos; p < window.size(); p++) {
        if (e.adjacent() && window.get(p) != lastToken + dir) {
          return false;
        }
        int end = consume(e, window, p, dir, slots);
        if (end > p && match(elements, k + 1, window, end, window.get(end - 1), dir, slots)) {
          return true;
        }
        if (e.adjacent()) {
          return false;
        }
      }
      return false;
    }

    /** The window position after {@code e} matched at {@code p}, or {@code p} when it does not match there. */
    private int consume(Element e, List<Integer> window, int p, int dir, Slots slots) {
      int t = window.get(p);
      switch (e.kind()) {
        case WORDS -> {
          for (List<String> phrase : e.phrases()) {
            int n = phrase.size();
            boolean ok = p + n <= window.size();
            for (int j = 0; j < n && ok; j++) {
              ok = window.get(p + j) == t + dir * j && words[t + dir * j].equals(phrase.get(dir > 0 ? j : n - 1 - j));
            }
            if (ok) {
              return p + n;
            }
          }
          return p;
        }
        case SKIP -> {
          int q = p;
          while (q < window.size() && window.get(q) == t + dir * (q - p) && nominal(s.token(window.get(q)))) {
            q++;
          }
          return q;
        }
        default -> {
          int id = actorAt[t] >= 0 ? actorAt[t] : agentAt[t];
          if (id < 0) {
            return p;
          }
          List<String> codes = nounPhrase(headOf(t), 0);
          if (codes.isEmpty()) {
            return p;
          }
          switch (e.kind()) {
            case SOURCE -> slots.source = codes;
            case TARGET -> slots.target = codes;
            default -> {
              slots.compound = codes;
              slots.compoundBefore = dir < 0;
            }
          }
          int q = p + 1;
          while (q < window.size() && window.get(q) == t + dir * (q - p)
              && (actorAt[window.get(q)] >= 0 && actorAt[window.get(q)] == actorAt[t]
                  || agentAt[window.get(q)] >= 0 && agentAt[window.get(q)] == agentAt[t])) {
            q++;
          }
          return q;
        }
      }
    }

    private static boolean nominal(Token t) {
      return t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("DT") || t.pos().equals("CD")
          || t.pos().equals("PRP$") || t.pos().equals("POS") || t.pos().equals("PRP");
    }

    // ------------------------------------------------------------ actors of noun phrases

    private List<String> sources(Token v, int level) {
      if (level > 3) {
        return List.of();
      }
      Token by = byAgent(v);
      if (by != null) {
        return nounPhrase(by.index(), 0);
      }
      boolean passive = passive(v);
      for (Token c : s.dependents(v.index())) {
        if (!passive && c.rel().equals("nsubj")) {
          if (v.rel().equals("acl:relcl") && c.pos().startsWith("W") && v.head() >= 0) {
            return nounPhrase(v.head(), 0);
          }
          return nounPhrase(c.index(), 0);
        }
      }
      if (passive || v.head() < 0) {
        return List.of();
      }
      if (v.rel().equals("xcomp")) {
        // A passive controls its infinitive: "Obama is scheduled to attend", "Gollum was seen to break in".
        for (Token c : s.dependents(v.head())) {
          if (c.rel().equals("nsubj:pass")) {
            return nounPhrase(c.index(), 0);
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
            List<String> codes = nounPhrase(c.index(), 0);
            if (!codes.isEmpty()) {
              return codes;
            }
          }
        }
      }
      Set<Integer> skip = new java.util.HashSet<>();
      for (Token c : s.dependents(v.index())) {
        if (c.rel().startsWith("nsubj")) {
          skip.addAll(subtree(c.index()));
        }
      }
      Token agent = byAgent(v);
      if (agent != null) {
        skip.addAll(subtree(agent.index()));
      }
      for (Token c : s.dependents(v.index())) {
        if (!passiveSubject && c.rel().startsWith("obl") && hasCase(c, "in")) {
          skip.addAll(subtree(c.index()));
        }
      }
      for (int i : clause(v.index(), true)) {
        if (i > v.index() && !skip.contains(i) && (actorAt[i] >= 0 || agentAt[i] >= 0)) {
          List<String> codes = nounPhrase(headOf(i), 0);
          if (!codes.isEmpty()) {
            return codes;
          }
        }
      }
      return List.of();
    }

    /**
     * The noun phrase a token of a name or modifier belongs to: "Cirith" to "Ungol", "Gondor" to "Gondor's army",
     * "Osgiliath" to the coordination "Gondor and Osgiliath".
     */
    private int headOf(int i) {
      Token t = s.token(i);
      while (t.head() >= 0
          && Set.of("compound", "flat", "amod", "nmod:poss", "det", "nummod", "conj").contains(t.rel())) {
        t = s.token(t.head());
      }
      return t.index();
    }

    /**
     * The actor codes a noun phrase names: its actor with its agents, an agent with the actors of its "of"
     * argument, and the same for each conjunct.
     */
    private List<String> nounPhrase(int head, int level) {
      Set<String> out = new LinkedHashSet<>();
      if (level > 4) {
        return List.of();
      }
      if (s.token(head).pos().equals("PRP") && actorAt[head] < 0 && agentAt[head] < 0) {
        return antecedent(s.token(head), level);
      }
      List<Integer> core = new ArrayList<>();
      collectCore(head, core);
      core.sort(Integer::compare);
      String actor = null;
      List<Agent> found = new ArrayList<>();
      Set<Integer> seenAgents = new java.util.HashSet<>();
      for (int i : core) {
        if (actor == null && actorAt[i] >= 0) {
          actor = actorCodes.get(actorAt[i]);
        }
        if (agentAt[i] >= 0 && seenAgents.add(agentAt[i])) {
          found.add(agentEntries.get(agentAt[i]));
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
              && (found.isEmpty() ? inner.isEmpty() : AGENT_CASES.stream().anyMatch(k -> hasCase(c, k)))) {
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
          Verb verb = governor.isVerb() ? verbAt(governor.index()) : null;
          if (verb != null && !none(verb.code())) {
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
            List<Integer> conjunct = new ArrayList<>();
            collectCore(c.index(), conjunct);
            conjunct.sort(Integer::compare);
            conjunct.stream().filter(j -> actorAt[j] >= 0).findFirst()
                .ifPresent(j -> out.add(actorCodes.get(actorAt[j])));
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
      List<Token> partners = new ArrayList<>();
      if (t.rel().equals("conj") && t.head() >= 0) {
        partners.add(s.token(t.head()));
        partners.addAll(s.dependents(t.head()));
      } else {
        partners.addAll(s.dependents(head));
      }
      for (Token p : partners) {
        if (p.index() == head || p != s.token(t.head()) && !p.rel().equals("conj")) {
          continue;
        }
        List<Integer> core = new ArrayList<>();
        collectCore(p.index(), core);
        core.sort(Integer::compare);
        for (int i : core) {
          if (actorAt[i] >= 0) {
            return List.of(actorCodes.get(actorAt[i]).split("/"));
          }
        }
        List<String> args = new ArrayList<>();
        for (Token c : s.dependents(p.index())) {
          if (c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss")
              && AGENT_CASES.stream().anyMatch(k -> hasCase(c, k))) {
            args.addAll(nounPhrase(c.index(), level + 1));
          }
        }
        if (!args.isEmpty()) {
          return args;
        }
      }
      return List.of();
    }

    private void collectCore(int t, List<Integer> out) {
      out.add(t);
      for (Token c : s.dependents(t)) {
        if (!NOT_CORE.contains(c.rel()) && !(c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss"))
            && !c.rel().startsWith("obl")) {
          collectCore(c.index(), out);
        }
      }
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

    // ------------------------------------------------------------ parse helpers

    /**
     * The verb's clause: its subtree without subordinate, relative and coordinated verb clauses; with
     * {@code complements}, also its complement clauses ("allowed that Mordor isn't a pleasant place") and
     * adverbial infinitives ("signed an accord to supply Gondor"), which a constituency parse keeps inside the
     * verb phrase, unless the clause's own verb codes an event: "said he would attack Gondor" is the attack's,
     * not the saying's.
     */
    private List<Integer> clause(int v, boolean complements) {
      List<Integer> out = new ArrayList<>();
      List<Integer> todo = new ArrayList<>(List.of(v));
      for (int i = 0; i < todo.size(); i++) {
        int t = todo.get(i);
        out.add(t);
        for (Token c : s.dependents(t)) {
          boolean otherVerb = c.rel().equals("conj") && c.isVerb();
          boolean complement = complements && (c.rel().equals("ccomp") || infinitive(c)) && !codesEvent(c);
          if (!OTHER_CLAUSE.contains(c.rel()) && !otherVerb || complement) {
            todo.add(c.index());
          }
        }
      }
      out.sort(Integer::compare);
      return out;
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
      return !none(parts[0].strip()) || parts.length > 1 && !none(parts[1].strip());
    }

    private List<Integer> subtree(int t) {
      List<Integer> out = new ArrayList<>(List.of(t));
      for (int i = 0; i < out.size(); i++) {
        for (Token c : s.dependents(out.get(i))) {
          out.add(c.index());
        }
      }
      return out;
    }

    /**
     * The agent of a passive verb, else {@code null}: its "by" argument ("was criticized by Gondor", "was blown up
     * by a missile"), else, as in PETRARCH, a "from" argument that names an actor ("was freed from Mordor").
     */
    private @Nullable Token byAgent(Token v) {
      if (passive(v)) {
        for (String prep : PASSIVE_AGENT_CASES) {
          for (Token c : s.dependents(v.index())) {
            if (c.rel().startsWith("obl") && hasCase(c, prep)
                && (prep.equals("by") || !nounPhrase(c.index(), 0).isEmpty())) {
              return c;
            }
          }
        }
      }
      return null;
    }

    private boolean passive(Token v) {
      for (Token c : s.dependents(v.index())) {
        if (c.rel().equals("nsubj:pass") || c.rel().equals("aux:pass")) {
          return true;
        }
      }
      return false;
    }

    private boolean hasCase(Token t, String prep) {
      for (Token c : s.dependents(t.index())) {
        if (c.rel().equals("case") && c.lemma().equalsIgnoreCase(prep)) {
          return true;
        }
      }
      return false;
    }
  }
}
