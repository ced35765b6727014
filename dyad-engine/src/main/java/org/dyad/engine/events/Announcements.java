package org.dyad.engine.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.resources.Tsv;
import org.jspecify.annotations.Nullable;

/**
 * Acts announced for later, coded as CAMEO codes them ({@code announcements.tsv}): an expressed intent (03x) for
 * acts of cooperation and concession, a threat (13x) for acts of conflict. "Finland will give Tanzania a grant"
 * is 0331; the act announced, 071, stays beside it ({@code Event#act}). An act is announced when its modality
 * is planned ("will give", "is to visit") or when a word of intent ({@code intents.tsv}: "agreed to lift",
 * "is willing to withdraw") governs it.
 */
final class Announcements {
  private final Map<String, String> byAct;
  private final Set<String> intents;

  private Announcements(Map<String, String> byAct, Set<String> intents) {
    this.byAct = Map.copyOf(byAct);
    this.intents = Set.copyOf(intents);
  }

  static Announcements load(Codebook codebook) {
    Map<String, String> byAct = new HashMap<>();
    Tsv.of("act", "announcement", "comment").read(Announcements.class, "announcements.tsv", r -> {
      for (String column : new String[] {"act", "announcement"}) {
        if (codebook.get(r.require(column)).isEmpty()) {
          throw r.error("unknown CAMEO code " + r.get(column));
        }
      }
      if (byAct.put(r.get("act"), r.get("announcement")) != null) {
        throw r.error("act " + r.get("act") + " listed twice");
      }
    });
    Set<String> intents = new HashSet<>();
    Tsv.of("word", "comment").read(Announcements.class, "intents.tsv",
        r -> intents.add(r.require("word").toLowerCase(Locale.ROOT)));
    return new Announcements(byAct, intents);
  }

  /** The code of the announcement of act {@code code}, by its own row or its three-digit parent's; null for none. */
  @Nullable String of(String code) {
    String a = byAct.get(code);
    return a != null || code.length() <= 3 ? a : byAct.get(code.substring(0, 3));
  }

  /** Every announcement code, for counting what the lexicon reaches. */
  Collection<String> codes() {
    return byAct.values();
  }

  /**
   * Whether predicate {@code p} is the act a word of intent announces ("agreed to lift", "is willing to
   * withdraw"): its open complement, done by its subject, which no object of the word takes over ("urged Japan
   * to open").
   */
  boolean intended(Sentence s, Token p) {
    if (!p.rel().equals("xcomp") || p.head() < 0) {
      return false;
    }
    Token head = s.token(p.head());
    return intents.contains(head.lemma().toLowerCase(Locale.ROOT)) && !s.tree().hasChild(head, "obj");
  }
}
