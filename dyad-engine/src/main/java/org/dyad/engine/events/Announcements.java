package org.dyad.engine.events;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.resources.Tsv;
import org.dyad.model.Modality;
import org.jspecify.annotations.Nullable;

/**
 * Acts announced for later, coded as CAMEO codes them ({@code announcements.tsv}): an expressed intent (03x) for
 * acts of cooperation and concession, a threat (13x) for acts of conflict. "Finland will give Tanzania a grant"
 * is 0331; the act announced, 071, stays beside it ({@code Event#act}). An act is announced when its modality
 * is planned ("will give", "is to visit") or when a word of intent ({@code intents.tsv}: "agreed to lift",
 * "is willing to withdraw") governs it. An act refused ("refused to lift the curfew") is coded as its
 * rejection (12x), by the same table.
 */
final class Announcements {
  /** How a word that governs an act frames it. */
  enum Frame {
    NONE, INTENT, REFUSAL
  }

  private final Map<String, String> byAct;
  private final Map<String, String> refusals;
  private final Map<String, Frame> frames;

  private Announcements(Map<String, String> byAct, Map<String, String> refusals, Map<String, Frame> frames) {
    this.byAct = Map.copyOf(byAct);
    this.refusals = Map.copyOf(refusals);
    this.frames = Map.copyOf(frames);
  }

  static Announcements load(Codebook codebook) {
    Map<String, String> byAct = new HashMap<>();
    Map<String, String> refusals = new HashMap<>();
    Tsv.of("act", "announcement", "refusal", "comment").read(Announcements.class, "announcements.tsv", r -> {
      for (String column : new String[] {"act", "announcement", "refusal"}) {
        if (!r.none(column) && codebook.get(r.get(column)).isEmpty()) {
          throw r.error("unknown CAMEO code " + r.get(column));
        }
      }
      if (byAct.put(r.require("act"), r.require("announcement")) != null) {
        throw r.error("act " + r.get("act") + " listed twice");
      }
      if (!r.none("refusal")) {
        refusals.put(r.get("act"), r.get("refusal"));
      }
    });
    Map<String, Frame> frames = new HashMap<>();
    Tsv.of("word", "kind", "comment").read(Announcements.class, "intents.tsv", r -> {
      Frame kind = switch (r.require("kind")) {
        case "intent" -> Frame.INTENT;
        case "refusal" -> Frame.REFUSAL;
        default -> throw r.error("kind must be intent or refusal, not " + r.get("kind"));
      };
      frames.put(r.require("word").toLowerCase(Locale.ROOT), kind);
    });
    return new Announcements(byAct, refusals, frames);
  }

  /** The code of the announcement of act {@code code}, by its own row or its three-digit parent's; null for none. */
  @Nullable String of(String code) {
    return lookup(byAct, code);
  }

  /** The code of the refusal of act {@code code}, by its own row or its three-digit parent's; null for none. */
  @Nullable String refusalOf(String code) {
    return lookup(refusals, code);
  }

  private static @Nullable String lookup(Map<String, String> table, String code) {
    String a = table.get(code);
    return a != null || code.length() <= 3 ? a : table.get(code.substring(0, 3));
  }

  /** Every announcement and refusal code, for counting what the lexicon reaches. */
  List<String> codes() {
    return java.util.stream.Stream.concat(byAct.values().stream(), refusals.values().stream()).toList();
  }

  /**
   * How a word of {@code intents.tsv} frames predicate {@code p}: as the act it announces ("agreed to lift", "is
   * willing to withdraw") or refuses ("refused to lift"), when {@code p} is its open complement, done by its
   * subject, which no object of the word takes over ("urged Japan to open").
   */
  Frame frame(Sentence s, Token p) {
    if (!p.rel().equals("xcomp") || p.head() < 0) {
      return Frame.NONE;
    }
    Token head = s.token(p.head());
    Frame f = frames.getOrDefault(head.lemma().toLowerCase(Locale.ROOT), Frame.NONE);
    return f != Frame.NONE && s.tree().hasChild(head, "obj") ? Frame.NONE : f;
  }

  /**
   * The modality of a refusal: made now, whatever the act's ("refused to lift" is a refusal made now, though the
   * lifting is negated): neither planned nor negated, asserted unless reported.
   */
  static List<Modality> refused(List<Modality> modality) {
    EnumSet<Modality> out = EnumSet.noneOf(Modality.class);
    out.addAll(modality);
    out.remove(Modality.PLANNED);
    out.remove(Modality.NEGATED);
    if (out.isEmpty()) {
      out.add(Modality.ASSERTED);
    }
    return List.copyOf(out);
  }
}
