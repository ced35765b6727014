package org.dyad.engine.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.stage.Guard;
import org.dyad.model.Mention;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.dyad.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Finds direct and reported speech and resolves its speakers. Stateless and thread-safe.
 *
 * <p>Three steps. {@link QuoteMarks} finds the quoted stretches. {@link AttributionFinder} finds, sentence by
 * sentence, every cue with its content and speaker phrase. Then the two are joined: a quotation whose text
 * an attribution's content overlaps (or that opens right after an attribution's colon) becomes a direct
 * quote with that attribution's cue and speaker, and its span is the quoted part only, even where the
 * sentence runs on into paraphrase. An attribution no quotation claims becomes reported speech.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>A quotation nobody is said to have said is not reported: a scare quote ("the so-called
 *       “axis of evil”"), a title. A quotation that opens the paragraph after a quoted one, with no cue
 *       between them, goes on with the earlier one's speaker (news quotes one speaker over paragraphs so).
 *   <li>A quotation that makes up less than half of an attribution's content, or after reported words, is a
 *       fragment quoted inside a paraphrase ("Trump said the press was “very dishonest” and ..."): the
 *       paraphrase is the reported speech and the fragment is not reported on its own.
 *   <li>A cue inside quotation marks is the quoted person's own words, not an attribution.
 * </ul>
 */
public final class QuoteFinder {
  private final AttributionFinder attributions = new AttributionFinder(CueLexicon.standard());

  /**
   * Whether {@code s} may hold reported speech whoever the speaker: a speech verb, a cue phrase or a
   * quotation mark. Needs no parse: the stage asks it to decide which sentences to parse.
   */
  public boolean mayHoldSpeech(Sentence s) {
    return attributions.mayHold(s);
  }

  /** The quotes of a document, a failure in any sentence let through: {@link #find(String, List, Entities, Guard)}. */
  public List<Quote> find(String text, List<Sentence> sentences, Entities entities) {
    return find(text, sentences, entities, Guard.NONE);
  }

  /**
   * The quotes of a document whose parsed sentences are {@code sentences}, speakers resolved among
   * {@code entities}; each sentence's attributions are found under {@code guard}, so that a sentence that fails
   * loses its own attributions only.
   */
  public List<Quote> find(String text, List<Sentence> sentences, Entities entities, Guard guard) {
    List<Span> marks = QuoteMarks.find(text);
    List<Attribution> found = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.parsed()) {
        Sentence before = s.index() > 0 ? sentences.get(s.index() - 1) : null;
        guard.run(s.start(), s.end(), () -> found.addAll(attributions.find(text, s, before, marks)));
      }
    }
    SpeakerResolver resolver = new SpeakerResolver(text, sentences, entities, marks);
    Map<Attribution, Speaker> speakers = resolver.speakers(found);
    List<Quote> out = new ArrayList<>();
    Set<Attribution> used = new HashSet<>();
    List<Span> direct = new ArrayList<>();
    Attribution last = null;
    Span lastQuote = null;
    for (Span q : marks) {
      Attribution a = claim(text, q, found);
      if (a == null && last != null && continues(text, lastQuote, last, q, found)) {
        a = last;
      }
      if (a == null || fragment(text, q, a)) {
        continue;
      }
      used.add(a);
      direct.add(q);
      last = a;
      lastQuote = q;
      out.add(quote(text, q.start(), q.end(), true, a, speakers, resolver));
    }
    for (Attribution a : found) {
      if (used.contains(a) || a.end() == a.start()) {
        continue;
      }
      Span content = new Span(a.start(), a.end());
      if (direct.stream().anyMatch(content::overlaps)) {
        continue;
      }
      out.add(quote(text, a.start(), a.end(), false, a, speakers, resolver));
    }
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return List.copyOf(out);
  }

  /**
   * Whether quotation {@code q} is a fragment inside reported speech rather than the content of attribution
   * {@code a}: it is less than half as long as the content, or it opens inside the content after reported
   * words ("Filip said five diplomats were declared persona non grata “on the grounds of ...”"). After a colon
   * it is the content.
   */
  private static boolean fragment(String text, Span q, Attribution a) {
    if (a.colon()) {
      return false;
    }
    boolean wordsBefore = a.start() < q.start() && q.start() < a.end()
        && text.substring(a.start(), q.start()).chars().anyMatch(Character::isLetterOrDigit);
    return wordsBefore || q.length() * 2 < a.end() - a.start();
  }

  /**
   * Whether quotation {@code q}, which no cue claims, goes on with quotation {@code before} and the attribution
   * {@code said} that claimed it: it opens the paragraph right after the one {@code before} stands in, and no
   * other cue stands between them
   * ("“...,” he said.\n\n“And we will ...”").
   */
  private static boolean continues(String text, Span before, Attribution said, Span q, List<Attribution> found) {
    int lineStart = text.lastIndexOf('\n', q.start()) + 1;
    if (!text.substring(lineStart, q.start()).isBlank()
        || QuoteMarks.paragraphBreaks(text, before.end(), q.start()) != 1) {
      return false;
    }
    for (Attribution a : found) {
      if (a != said && a.cueStart() > before.end() && a.cueStart() < q.start() && a.start() != a.end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The attribution that claims quotation {@code q}: the one whose content overlaps it most; else one whose
   * colon it follows; else the last cue before it in the sentence where it opens ("“A,” he said, “B.”") or in
   * the sentence just before, in the same paragraph ("“A?” she said. “B.”").
   */
  private static @Nullable Attribution claim(String text, Span q, List<Attribution> found) {
    Attribution best = null;
    int bestOverlap = 0;
    for (Attribution a : found) {
      int o = overlap(q, a);
      if (o > bestOverlap && !(q.start() < a.cueStart() && a.cueEnd() < q.end())) {
        best = a;
        bestOverlap = o;
      }
    }
    if (best != null) {
      return best;
    }
    for (Attribution a : found) {
      if (a.colon() && a.start() <= q.start() && text.substring(a.start(), q.start()).isBlank()) {
        return a;
      }
    }
    for (Attribution a : found) {
      if (a.speaker() != null && a.cueStart() >= q.end() && followsDirectly(text, q, a)) {
        return a;
      }
    }
    for (Attribution a : found) {
      Sentence s = a.sentence();
      boolean sameSentence = q.start() < s.end();
      boolean nextSentence = s.end() <= q.start() && text.substring(s.end(), q.start()).isBlank()
          && text.substring(s.end(), q.start()).indexOf('\n') < 0;
      if (a.cueEnd() <= q.start() && (sameSentence || nextSentence) && a.speaker() != null
          && (best == null || a.cueStart() > best.cueStart())) {
        best = a;
      }
    }
    return best;
  }

  /**
   * "“...” Clinton tweeted, quoting ...": the cue stands right after the quotation, in the sentence the
   * quotation closes (or in the sentence the splitter cut off after it), with at most its speaker's phrase
   * and a comma between, so the quotation is its content even where the parser gave the cue another
   * clause. A quotation that ends a sentence before "Trump said that ..." is not claimed this way.
   */
  private static boolean followsDirectly(String text, Span q, Attribution a) {
    int from = q.end();
    int to = a.cueStart();
    if (a.speaker().start() >= q.end() && a.speaker().end() <= a.cueStart()) {
      to = a.speaker().start();
    }
    boolean sameSentence = q.end() > a.sentence().start();
    boolean splitOff = a.start() == a.end() && !a.colon();
    return (sameSentence || splitOff) && to - from <= 3 && text.substring(from, to).replace(",", "").isBlank();
  }

  private static int overlap(Span q, Attribution a) {
    return Math.max(0, Math.min(q.end(), a.end()) - Math.max(q.start(), a.start()));
  }

  private static Quote quote(String text, int start, int end, boolean direct, Attribution a,
      Map<Attribution, Speaker> speakers, SpeakerResolver resolver) {
    Mention cue = Mention.of(text, a.cueStart(), a.cueEnd());
    return new Quote(start, end, text.substring(start, end), direct, a.cue(), cue, speakers.get(a),
        a.via() == null ? null : resolver.via(a.via()));
  }
}
