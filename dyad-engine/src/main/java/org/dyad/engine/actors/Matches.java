package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/** The spans of a sentence that the dictionaries or the NER name: the raw material of actors. */
final class Matches {
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s");

  private Matches() {}

  /** Whether the token is the possessive "'s" ("Japan's", "Labour’s"). */
  static boolean possessive(Token t) {
    return POSSESSIVE.contains(t.text());
  }

  /**
   * The longest dictionary phrases, left to right, that start with a capital (after "the"); a phrase that
   * needs the NER's support (a one-word Phoenix name) only where the NER tagged a name other than a person.
   */
  static List<Span> dictionary(String text, Sentence s, Dictionary dictionary) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      int matched = -1;
      Token first = s.token(i);
      if (Character.isLetterOrDigit(first.text().charAt(0)) || first.text().equals("the")) {
        for (int j = Math.min(s.size() - 1, i + dictionary.longestPhraseWords()); j >= i; j--) {
          String surface = text.substring(first.start(), s.token(j).end());
          if (startsCapitalised(surface) && found(dictionary.lookup(surface), s, i, j)) {
            matched = j;
            break;
          }
        }
      }
      if (matched >= 0 && longerName(text, s, i, matched, dictionary)) {
        matched = -1; // "the Commonwealth of West African States" is no Commonwealth
      }
      if (matched >= 0) {
        out.add(new Span(i, matched, s.token(i).start(), s.token(matched).end()));
        i = matched + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Whether an organisation's phrase from {@code first} to {@code last} heads a longer name the dictionaries do
   * not know: "of" and a capitalised word follow ("the Commonwealth of West African States", "the Commonwealth
   * of Australia").
   */
  private static boolean longerName(String text, Sentence s, int first, int last, Dictionary dictionary) {
    if (last + 2 >= s.size() || !s.token(last + 1).text().equals("of")
        || !Character.isUpperCase(s.token(last + 2).text().charAt(0))) {
      return false;
    }
    String phrase = text.substring(s.token(first).start(), s.token(last).end());
    List<Dictionary.Entry> entries = dictionary.lookup(phrase);
    return !entries.isEmpty() && entries.get(0).kind() == Dictionary.Kind.ORGANIZATION;
  }

  private static boolean found(List<Dictionary.Entry> entries, Sentence s, int first, int last) {
    if (entries.isEmpty()) {
      return false;
    }
    if (entries.get(0).beforeNoun()) {
      // "Karen guerrillas", not "Karen said": a group's name that is also a word only before its noun.
      Token next = last + 1 < s.size() ? s.token(last + 1) : null;
      return next != null && (next.isNoun() || next.pos().startsWith("JJ"))
          && Character.isLowerCase(next.text().charAt(0));
    }
    if (!entries.get(0).needsNer()) {
      return true;
    }
    for (int i = first; i <= last; i++) {
      String ner = s.token(i).ner();
      if (ner.equals("O") || ner.equals("PERSON")) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsCapitalised(String surface) {
    int from = surface.regionMatches(true, 0, "the ", 0, 4) ? 4 : 0;
    return from < surface.length() && !Character.isLowerCase(surface.charAt(from));
  }

  /** Runs of tokens the NER tagged {@code tag}, trimmed of punctuation at their ends. */
  static List<Span> ner(Sentence s, String tag) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      if (!s.token(i).ner().equals(tag)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < s.size() && s.token(j + 1).ner().equals(tag)
          && s.token(j + 1).start() - s.token(j).end() <= 1) {
        j++;
      }
      while (j > i && !Character.isLetterOrDigit(s.token(j).text().charAt(0))) {
        j--;
      }
      if (Character.isLetterOrDigit(s.token(i).text().charAt(0))) {
        out.add(new Span(i, j, s.token(i).start(), s.token(j).end()));
      }
      i = j + 1;
      while (i < s.size() && s.token(i).ner().equals(tag)
          && !Character.isLetterOrDigit(s.token(i).text().charAt(0))) {
        i++;
      }
    }
    return out;
  }

  static @Nullable Span endingAt(List<Span> spans, int last) {
    for (Span sp : spans) {
      if (sp.last() == last) {
        return sp;
      }
    }
    return null;
  }

  static @Nullable Span containing(List<Span> spans, int token) {
    for (Span sp : spans) {
      if (sp.first() <= token && token <= sp.last()) {
        return sp;
      }
    }
    return null;
  }
}
