package org.dyad.engine.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.resources.Tsv;

/**
 * The senses that are no political events ({@code senses.tsv}): words in a predicate's subject or complement
 * that rule out the patterns of some codes ("banks fought hard", "fight inflation", "a taste of its own
 * medicine").
 */
final class Senses {
  /**
   * One rule: its words, standing in the subject or in the complement, rule out the codes that start with one
   * of {@code codes}.
   */
  record Rule(List<String> codes, boolean subject, Set<String> words) {
    Rule {
      codes = List.copyOf(codes);
      words = Set.copyOf(words);
    }

    boolean covers(String code) {
      return codes.stream().anyMatch(code::startsWith);
    }
  }

  private final List<Rule> rules;

  private Senses(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static Senses load(WordSets sets) {
    List<Rule> rules = new ArrayList<>();
    Tsv.of("codes", "role", "words", "comment").read(Senses.class, "senses.tsv", r -> {
      String role = r.require("role");
      if (!role.equals("subject") && !role.equals("object")) {
        throw r.error("role must be subject or object, not " + role);
      }
      Set<String> words = new LinkedHashSet<>();
      for (String w : r.list("words")) {
        words.addAll(sets.expand(w.toLowerCase(Locale.ROOT)));
      }
      rules.add(new Rule(r.list("codes"), role.equals("subject"), words));
    });
    return new Senses(rules);
  }

  /** The rules that can rule out {@code code}. */
  List<Rule> rulesFor(String code) {
    return rules.stream().filter(r -> r.covers(code)).toList();
  }
}
