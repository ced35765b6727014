package org.dyad.engine.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.engine.quotes.Attribution.Phrase;
import org.dyad.model.Entity;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.dyad.model.Speaker;
import org.dyad.model.Via;
import org.jspecify.annotations.Nullable;

/**
 * Turns a speaker's noun phrase into a {@link Speaker}.
 *
 * <p>The entity is the one {@link Entities#at} finds at the phrase's head word (the head, not the whole
 * phrase, so that a name's apposition such as "a professor at Korea University" cannot win). A personal
 * pronoun that no entity covers ("he said") falls back to the nearest person named before it within the
 * last {@value #LOOKBACK} sentences: an entity's mention of type person whose gender, where its mentions show
 * one ("he", "Mrs."), agrees; or, when no entity is there at all, a run of tokens the tagger marked PERSON.
 * Otherwise the speaker has no entity and the phrase's text is its name ("sources", "officials").
 */
final class SpeakerResolver {
  private static final int LOOKBACK = 3;
  private static final Set<String> MALE = Set.of("he", "him", "his", "himself", "mr.", "mr");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself", "mrs.", "mrs", "ms.", "ms");

  private final String text;
  private final List<Sentence> sentences;
  private final Entities entities;

  SpeakerResolver(String text, List<Sentence> sentences, Entities entities) {
    this.text = text;
    this.sentences = sentences;
    this.entities = entities;
  }

  Speaker speaker(Phrase np) {
    Mention mention = Mention.of(text, np.start(), np.end());
    Token head = np.sentence().token(np.head());
    Optional<Entity> entity = entities.at(head.start(), head.end());
    if (entity.isPresent()) {
      Entity e = entity.get();
      return new Speaker(e.id(), e.name(), e.country(), mention);
    }
    String pronoun = head.text().toLowerCase(Locale.ROOT);
    boolean male = pronoun.equals("he");
    boolean female = pronoun.equals("she");
    if (male || female) {
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

  Via via(Phrase np) {
    Mention mention = Mention.of(text, np.start(), np.end());
    Token head = np.sentence().token(np.head());
    Optional<Entity> entity = entities.at(head.start(), head.end());
    return entity
        .map(e -> new Via(e.id(), e.name(), mention))
        .orElseGet(() -> new Via(null, mention.text(), mention));
  }

  private @Nullable Entity antecedentEntity(Sentence s, int before, boolean male) {
    int earliest = sentences.get(Math.max(0, s.index() - LOOKBACK)).start();
    Entity best = null;
    int bestEnd = -1;
    for (Entity e : entities.all()) {
      if (e.type() != EntityType.PERSON || !genderFits(e, male)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= before && m.start() >= earliest && m.end() > bestEnd) {
          best = e;
          bestEnd = m.end();
        }
      }
    }
    return best;
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
    for (int si = s.index(); si >= Math.max(0, s.index() - LOOKBACK); si--) {
      Sentence cur = sentences.get(si);
      for (int i = cur.size() - 1; i >= 0; i--) {
        Token t = cur.token(i);
        if (t.end() > before || !t.ner().equals("PERSON")) {
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
