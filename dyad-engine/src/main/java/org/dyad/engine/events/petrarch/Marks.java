package org.dyad.engine.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.engine.events.petrarch.PetrarchCoder.Phrase;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/**
 * What the dictionaries name in one sentence: its words and lemmas in upper case, the actor and agent phrases
 * found at each token (the longest phrase first, left to right; an agent only where no actor stands), and the
 * verb lines that take a token.
 */
final class Marks {
  private final PetrarchCoder coder;
  final Sentence s;
  final String[] words;
  final String[] lemmas;
  /** Actor mention id per token, -1 for none; codes by id. */
  final int[] actorAt;
  /** Agent mention id per token, -1 for none; entries by id. */
  final int[] agentAt;
  final List<String> actorCodes = new ArrayList<>();
  final List<Agent> agentEntries = new ArrayList<>();

  Marks(PetrarchCoder coder, Sentence s, LocalDate date) {
    this.coder = coder;
    this.s = s;
    int n = s.size();
    words = new String[n];
    lemmas = new String[n];
    for (Token t : s.tokens()) {
      words[t.index()] = PetrarchCoder.upper(t.text());
      lemmas[t.index()] = PetrarchCoder.upper(t.lemma());
    }
    actorAt = new int[n];
    agentAt = new int[n];
    Arrays.fill(actorAt, -1);
    Arrays.fill(agentAt, -1);
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
      Phrase<Actor> best = longest(coder.actors, parts, i);
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
      Phrase<Agent> best = actorAt[partToken.get(i)] >= 0 ? null : longest(coder.agents, parts, i);
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

  boolean is(int i, String word) {
    return i >= 0 && i < words.length && (words[i].equals(word) || lemmas[i].equals(word));
  }

  /**
   * Where the dictionary's verb word stands for a verb token: the token itself, else, for a multi-word verb
   * whose verb word the tagger took for a noun ("wire tap" as VB NN for {@code WIRE_+TAP}), the neighbour
   * whose verb line takes the token in; -1 for none.
   */
  int verbWord(int v) {
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
  List<VerbPattern> patterns(int i, Verb verb) {
    List<VerbPattern> out = new ArrayList<>(verb.block().patterns());
    for (String key : List.of(words[i], lemmas[i])) {
      List<Verb> listed = coder.verbs.getOrDefault(key, List.of());
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

  @Nullable Verb verbAt(int i) {
    Verb best = null;
    for (String key : List.of(words[i], lemmas[i])) {
      for (Verb v : coder.verbs.getOrDefault(key, List.of())) {
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
}
