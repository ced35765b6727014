package org.dyad.engine.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.actors.Dictionary;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.dyad.model.Span;
import org.dyad.model.Speaker;
import org.dyad.model.Via;
import org.jspecify.annotations.Nullable;

/**
 * Turns speakers' noun phrases into {@link Speaker}s, the attributions of a document taken in text order.
 *
 * <p>The entity is the one {@link Entities#at} finds at the phrase's head word (the head, not the whole phrase, so
 * that a name's apposition such as "a professor at Korea University" cannot win). A relative pronoun ("who said")
 * is the noun phrase it stands for, named where the pronoun stands. A pronoun that no entity covers takes the
 * speaker of an earlier attribution within the last {@value #LOOKBACK} sentences (outside quotations) that agrees
 * with it, since news goes on quoting one speaker ("LDP officials said ... They said ..."): "they" a plural noun,
 * "it" a singular one that is not a person, "he" and "she" a person or a singular noun whose gender, where its
 * mentions show one ("he", "Mrs."), agrees; that speaker wins over the entity the actor stage gave the pronoun
 * when that entity was only spoken of in the earlier attribution's content. A plural noun is no person's entity
 * ("the analysts" after "Richard May, senior analyst"), and a head with a name in apposition is that name ("one,
 * Finance Minister Michael Wilson, said"). A definite role alone with no entity of its own ("the minister said",
 * "the ministry said"; roles as the actor stage's dictionary lists them) is the person or organisation last named
 * with that word, and a person's role takes "he" and "she" whatever entity it names. Else "he" and "she" fall back
 * to the nearest person named before them in that window, outside quotations (an entity of type person; or, when
 * there is no entity at all, a run of tokens the tagger marked PERSON). Otherwise the speaker has no entity and
 * the phrase's text is its name ("sources", "officials").
 */
final class SpeakerResolver {
  private static final int LOOKBACK = 4;
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself", "mr.", "mr");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself", "mrs.", "mrs", "ms.", "ms");

  private final String text;
  private final List<Sentence> sentences;
  private final Entities entities;
  private final List<Span> marks;

  /** {@code marks}: the document's quotations, whose sentences do not count in the window. */
  SpeakerResolver(String text, List<Sentence> sentences, Entities entities, List<Span> marks) {
    this.text = text;
    this.sentences = sentences;
    this.entities = entities;
    this.marks = marks;
  }

  /** The speaker of every attribution of {@code found} that names one. */
  Map<Attribution, Speaker> speakers(List<Attribution> found) {
    List<Attribution> ordered = new ArrayList<>(found);
    ordered.sort(Comparator.comparingInt(Attribution::cueStart));
    Map<Attribution, Speaker> out = new HashMap<>();
    List<Attribution> earlier = new ArrayList<>();
    for (Attribution a : ordered) {
      Phrase np = a.speaker();
      if (np == null) {
        continue;
      }
      out.put(a, speaker(np, earlier, out));
      earlier.add(a);
    }
    return out;
  }

  private Speaker speaker(Phrase np, List<Attribution> earlier, Map<Attribution, Speaker> resolved) {
    Mention mention = Mention.of(text, np.start(), np.end());
    if (np.antecedent() != null) {
      Speaker meant = speaker(np.antecedent(), earlier, resolved);
      return new Speaker(meant.entity(), meant.name(), meant.country(), mention);
    }
    Token head = np.sentence().token(np.head());
    Token appos = np.sentence().tree().child(head, "appos");
    if (appos != null && appos.isProperNoun() && !head.isProperNoun()) {
      head = appos; // "one, Canadian Finance Minister Michael Wilson, said"
    }
    boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
    Entity entity = entities.at(head.start(), head.end())
        .filter(e -> !(plural && e.type() == EntityType.PERSON)) // "the analysts" are not one analyst
        .orElse(null);
    String pronoun = head.pos().equals("PRP") ? head.text().toLowerCase(Locale.ROOT) : "";
    Attribution before = switch (pronoun) {
      case "he", "she", "they", "it" -> previous(np, pronoun, earlier, resolved);
      default -> null;
    };
    if (entity != null && (before == null || !spokenOf(entity, before, resolved.get(before)))) {
      return new Speaker(entity.id(), entity.name(), entity.country(), mention);
    }
    if (before != null) {
      Speaker s = resolved.get(before);
      return new Speaker(s.entity(), s.name(), s.country(), mention);
    }
    Entity titled = entity == null ? titled(np, head) : null;
    if (titled != null) {
      return new Speaker(titled.id(), titled.name(), titled.country(), mention);
    }
    boolean male = pronoun.equals("he");
    if (male || pronoun.equals("she")) {
      Entity e = antecedentEntity(np.sentence(), head.start(), male);
      if (e != null) {
        return new Speaker(e.id(), e.name(), e.country(), mention);
      }
      if (entities.all().isEmpty()) {
        String name = taggedPerson(np.sentence(), head.start(), male);
        if (name != null) {
          return new Speaker(null, name, null, mention);
        }
      }
    }
    return new Speaker(null, mention.text(), null, mention);
  }

  /**
   * Whether entity {@code e} is only spoken of in attribution {@code a}: it is named in the content and is not
   * its speaker. A pronoun right after it names the speaker, not the one spoken of ("The spokesperson said
   * Jadhav is ... He said ...").
   */
  private static boolean spokenOf(Entity e, Attribution a, Speaker s) {
    return !e.id().equals(s.entity())
        && e.mentions().stream().anyMatch(m -> m.start() >= a.start() && m.end() <= a.end());
  }

  /** The latest attribution before {@code np}, in the window, whose speaker {@code pronoun} can refer to. */
  private @Nullable Attribution previous(Phrase np, String pronoun, List<Attribution> earlier,
      Map<Attribution, Speaker> resolved) {
    int first = windowStart(np.sentence());
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Attribution a = earlier.get(i);
      Phrase p = a.speaker();
      if (a.sentence().index() < first) {
        return null;
      }
      Speaker s = resolved.get(a);
      if (p == null || s == null || p.antecedent() != null) {
        continue;
      }
      Token head = p.sentence().token(p.head());
      Entity e = s.entity() == null ? null : entities.require(s.entity());
      // a person's role is a person whatever the entity it names ("Foreign Office spokesman said ... He said")
      boolean person = personRole(head)
          || (e != null ? e.type() == EntityType.PERSON : head.ner().equals("PERSON"));
      boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS")
          || head.pos().equals("PRP") && head.text().equalsIgnoreCase("they");
      boolean fits = switch (pronoun) {
        case "they" -> plural;
        case "it" -> !plural && !person && !head.pos().equals("PRP") && (head.isNoun());
        default -> !plural && (person || e == null && head.pos().equals("NN")
            || head.text().equalsIgnoreCase(pronoun)) && (e == null || genderFits(e, pronoun.equals("he")));
      };
      if (fits) {
        return a;
      }
    }
    return null;
  }

  /**
   * The one a definite title alone stands for ("the minister said", "the spokesperson said"): the person or
   * organisation named last before it with that word in one of its mentions ("Foreign Minister Taro Kono",
   * "the Foreign Ministry" for "the ministry").
   */
  private @Nullable Entity titled(Phrase np, Token head) {
    Sentence s = np.sentence();
    boolean bare = np.from() == np.head() - 1 && s.token(np.from()).text().equalsIgnoreCase("the");
    if (!bare || !head.pos().equals("NN")) {
      return null;
    }
    String word = head.text().toLowerCase(Locale.ROOT);
    if (Dictionary.standard().role(word).isEmpty()) {
      return null;
    }
    Entity best = null;
    int bestEnd = -1;
    for (Entity e : entities.all()) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= np.start() && m.end() > bestEnd
            && List.of(m.text().toLowerCase(Locale.ROOT).split("[\\s-]+")).contains(word)) {
          best = e;
          bestEnd = m.end();
        }
      }
    }
    return best;
  }

  /** Whether {@code t} is a singular noun that names a person's role ("spokesman", "Foreign Minister"). */
  private static boolean personRole(Token t) {
    return (t.pos().equals("NN") || t.pos().equals("NNP"))
        && Dictionary.standard().role(t.text().toLowerCase(Locale.ROOT)).filter(r -> !r.body()).isPresent();
  }

  Via via(Phrase np) {
    Mention mention = Mention.of(text, np.start(), np.end());
    Token head = np.sentence().token(np.head());
    Optional<Entity> entity = entities.at(head.start(), head.end());
    return entity
        .map(e -> new Via(e.id(), e.name(), mention))
        .orElseGet(() -> new Via(null, mention.text(), mention));
  }

  private @Nullable Entity antecedentEntity(Sentence s, int before, boolean male) {
    int earliest = sentences.get(windowStart(s)).start();
    Entity best = null;
    int bestEnd = -1;
    for (Entity e : entities.all()) {
      if (e.type() != EntityType.PERSON || !genderFits(e, male)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= before && m.start() >= earliest && m.end() > bestEnd && !quoted(m.span())) {
          best = e;
          bestEnd = m.end();
        }
      }
    }
    return best;
  }

  /**
   * The first sentence of the window that ends with {@code s}: the {@value #LOOKBACK} sentences before it, not
   * counting those inside a quotation, so that a speaker named before a long quotation still covers the "he
   * said" after it.
   */
  private int windowStart(Sentence s) {
    int first = s.index();
    for (int counted = 0; first > 0 && counted < LOOKBACK; first--) {
      Sentence before = sentences.get(first - 1);
      counted += quoted(new Span(before.start(), before.end())) ? 0 : 1;
    }
    return first;
  }

  /** Whether {@code span} lies inside a quotation: one named there is spoken of, not speaking. */
  private boolean quoted(Span span) {
    return marks.stream().anyMatch(m -> m.contains(span));
  }

  private static boolean genderFits(Entity e, boolean male) {
    boolean isMale = false;
    boolean isFemale = false;
    for (Mention m : e.mentions()) {
      String first = m.text().split("\\s+")[0].toLowerCase(Locale.ROOT);
      isMale |= MALE.contains(first);
      isFemale |= FEMALE.contains(first);
    }
    return isMale == isFemale || (male ? isMale : isFemale);
  }

  /** The last run of PERSON-tagged tokens before {@code before}, gender permitting. */
  private @Nullable String taggedPerson(Sentence s, int before, boolean male) {
    for (int si = s.index(); si >= windowStart(s); si--) {
      Sentence cur = sentences.get(si);
      for (int i = cur.size() - 1; i >= 0; i--) {
        Token t = cur.token(i);
        if (t.end() > before || !t.ner().equals("PERSON") || quoted(new Span(t.start(), t.end()))) {
          continue;
        }
        int from = i;
        while (from > 0 && cur.token(from - 1).ner().equals("PERSON")) {
          from--;
        }
        String title = from > 0 ? cur.token(from - 1).text().toLowerCase(Locale.ROOT) : "";
        boolean wrong = male ? FEMALE.contains(title) : MALE.contains(title);
        if (!wrong) {
          return text.substring(cur.token(from).start(), t.end());
        }
        i = from;
      }
    }
    return null;
  }
}
