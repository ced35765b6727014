package org.dyad.engine.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.resources.Tsv;
import org.dyad.model.Modality;
import org.jspecify.annotations.Nullable;

/**
 * Nouns that govern an act and give it their modality ({@code governing-nouns.tsv}): what an effort is for
 * ("efforts to reach a ceasefire"), what there is a risk of ("the risk of an attack") and what a fear holds
 * ("fears that Seoul would retaliate") has not happened; what a decision is to do ("the decision to impose
 * tariffs") is planned. Read once per JVM.
 */
final class GoverningNouns {
  /** The construction by which a governing noun holds an act. */
  enum Scope {
    /** The noun's infinitive: "efforts to reach", "the decision to impose". */
    ACT,
    /**
     * The infinitive of the verb the noun is the object of, where the parser often hangs it: "made efforts to
     * sign", "waived its right to impose".
     */
    VERB_ACT,
    /** An event noun after "of": "the risk of an attack". */
    OF,
    /** A content clause: "the perception that Japan had reneged". */
    CLAUSE
  }

  private record Key(String noun, Scope scope) {}

  private static final Map<Key, Modality> TABLE = load();

  private GoverningNouns() {}

  /** The modality {@code noun} gives an act it holds by {@code scope}, or null when it is no such noun. */
  static @Nullable Modality modality(Token noun, Scope scope) {
    return TABLE.get(new Key(noun.lemma().toLowerCase(Locale.ROOT), scope));
  }

  private static Map<Key, Modality> load() {
    Map<Key, Modality> out = new HashMap<>();
    Tsv.of("noun", "modality", "scope", "comment").read(GoverningNouns.class, "governing-nouns.tsv", r -> {
      Modality modality = switch (r.require("modality")) {
        case "hypothetical" -> Modality.HYPOTHETICAL;
        case "planned" -> Modality.PLANNED;
        default -> throw r.error("modality must be hypothetical or planned, not " + r.get("modality"));
      };
      for (String each : r.require("scope").split(";")) {
        Scope scope = switch (each.strip()) {
          case "act" -> Scope.ACT;
          case "verb-act" -> Scope.VERB_ACT;
          case "of" -> Scope.OF;
          case "clause" -> Scope.CLAUSE;
          default -> throw r.error("scope must be act, verb-act, of or clause, not " + each);
        };
        if (out.put(new Key(r.require("noun").toLowerCase(Locale.ROOT), scope), modality) != null) {
          throw r.error("noun " + r.get("noun") + " listed twice for scope " + each);
        }
      }
    });
    return Map.copyOf(out);
  }
}
