package org.dyad.engine.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Links third-person singular pronouns to the person they refer to, and "it" to the organisation or country.
 *
 * <p>The rule, a light form of Hobbs' and Lappin and Leass' preferences: candidates are the person mentions
 * before the pronoun in its sentence and the three sentences before; a mention that is an argument of the
 * same verb as the pronoun is excluded ("He has invited Yoon": he is not Yoon); nearer sentences win, then
 * grammatical subjects, then the most recent. Gender must not clash ("she" skips a person already called
 * "he").
 */
final class Coreference {
  private static final int WINDOW = 3;
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''");

  /** A mention of a person already placed, in text order. */
  record Placed(Draft entity, int sentence, int headToken, boolean subject) {}

  private Coreference() {}

  static Draft.@Nullable Gender genderOf(Token pronoun) {
    return switch (pronoun.text().toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> Draft.Gender.MALE;
      case "she", "her", "hers", "herself" -> Draft.Gender.FEMALE;
      default -> null;
    };
  }

  /** The person the pronoun refers to, or null when no candidate fits. */
  static @Nullable Draft resolve(
      Token pronoun, Draft.Gender gender, int sentence, List<Sentence> sentences, List<Placed> placed) {
    Placed best = null;
    int bestScore = Integer.MIN_VALUE;
    Sentence here = sentences.get(sentence);
    for (Placed p : placed) {
      if (p.sentence() > sentence || p.sentence() < sentence - WINDOW || p.entity().type != EntityType.PERSON) {
        continue;
      }
      if (p.sentence() == sentence && p.headToken() >= pronoun.index()) {
        continue;
      }
      if (p.entity().gender != Draft.Gender.UNKNOWN && p.entity().gender != gender) {
        continue;
      }
      if (p.sentence() == sentence && (coArguments(here, p.headToken(), pronoun.index())
          || quotedBefore(here, p.headToken(), pronoun.index()))) {
        continue;
      }
      int distance = sentence - p.sentence();
      int score = -distance * 10_000 + (p.subject() ? 1_000 : 0) + p.headToken();
      // The subject of the main clause is the most salient: "Shays was for Kasich while the Ohio governor
      // ran, he said" is Shays speaking.
      score += rootClause(sentences.get(p.sentence()), p.headToken()) ? 500 : 0;
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best == null ? null : best.entity();
  }

  /**
   * Whether the token is a referring "it" or "its": a possessive, or the subject or object of a verb, not
   * the "it" of "it is expected that" (an expletive, or the subject of a copula or an adjective) or of "when it
   * comes to".
   */
  static boolean isIt(Sentence s, Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    if (!s.parsed() || !(w.equals("it") || w.equals("its"))) {
      return false;
    }
    if (w.equals("its")) {
      return true;
    }
    if (t.head() < 0 || t.rel().equals("expl")) {
      return false;
    }
    Token head = s.token(t.head());
    boolean copula = s.tree().children(head.index()).stream().anyMatch(c -> c.rel().equals("cop"));
    return head.isVerb() && !copula && !head.lemma().equals("be") && !head.lemma().equals("seem")
        && !head.lemma().equals("appear") && !head.lemma().equals("take") && !whenItComesTo(s, t, head);
  }

  /**
   * The "it" of "when it comes to trade" (regarding), not of "when it came to power": "when it" and "come
   * to" read as words, whatever the parse made of them, with no "power" or "office" after.
   */
  private static boolean whenItComesTo(Sentence s, Token it, Token head) {
    int at = head.index();
    return head.lemma().equals("come") && it.index() > 0 && at + 2 < s.size()
        && s.token(it.index() - 1).lemma().equalsIgnoreCase("when")
        && s.token(at + 1).text().equalsIgnoreCase("to")
        && !Set.of("power", "office").contains(s.token(at + 2).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The organisation or country "it" refers to: an organisation, or a country or its capital that was a subject
   * ("Japan said it would", "Athens says it"), placed in its sentence before it or in the two sentences before; the nearest sentence first,
   * then a subject (the subject of a clause that holds "it" before an organisation), then an organisation; null
   * when none is.
   */
  static @Nullable Draft resolveIt(Token it, Sentence here, List<Placed> placed) {
    int sentence = here.index();
    Placed best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Placed p : placed) {
      EntityType type = p.entity().type;
      // A state named by its capital is one too: "Athens says it considers the accord inactive".
      boolean state = type == EntityType.COUNTRY || type == EntityType.LOCATION && p.entity().country != null;
      if (type != EntityType.ORGANIZATION && !(state && p.subject()) || p.sentence() > sentence
          || p.sentence() < sentence - 2 || p.sentence() == sentence && p.headToken() >= it.index()) {
        continue;
      }
      // The nearest sentence wins, then a subject, then an organisation over a country, then the latest.
      int score = (p.sentence() - sentence) * 10_000 + (p.subject() ? 1_000 : 0)
          + (type == EntityType.ORGANIZATION ? 500 : 0) + p.headToken();
      // The subject of a clause that holds the pronoun beats an organisation further out: "the Russian party
      // believes that Chisinau will realise that its actions are counterproductive" is Chisinau's.
      score += p.sentence() == sentence && p.subject() && governs(here, p.headToken(), it.index()) ? 600 : 0;
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best == null ? null : best.entity();
  }

  /** Whether the verb whose subject is {@code subject} dominates token {@code t}. */
  private static boolean governs(Sentence s, int subject, int t) {
    int verb = s.token(subject).head();
    return s.parsed() && verb >= 0 && s.tree().dominates(verb, t);
  }

  /**
   * Whether the candidate stands inside a quotation that closes before the pronoun ("'Trump lost me,' he
   * said": Trump is quoted, not the speaker): an odd number of quotation marks lies between them.
   */
  static boolean quotedBefore(Sentence s, int candidate, int pronoun) {
    int marks = 0;
    for (int i = candidate + 1; i < pronoun; i++) {
      marks += QUOTES.contains(s.token(i).text()) ? 1 : 0;
    }
    return marks % 2 == 1;
  }

  static boolean coArguments(Sentence s, int a, int b) {
    if (!s.parsed()) {
      return false;
    }
    Token ta = s.token(a);
    Token tb = s.token(b);
    int headB = tb.rel().equals("nmod:poss") ? -2 : tb.head();
    return ta.head() >= 0 && ta.head() == headB;
  }

  private static boolean rootClause(Sentence s, int token) {
    int h = s.token(token).head();
    return h >= 0 && s.token(h).rel().equals("root");
  }
}
