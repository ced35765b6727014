package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.List;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.jspecify.annotations.Nullable;

/** The spans of a sentence that the dictionaries or the NER name: the raw material of actors. */
final class Matches {
  private Matches() {}

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
      if (matched >= 0) {
        out.add(new Span(i, matched, s.token(i).start(), s.token(matched).end()));
        i = matched + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean found(List<Dictionary.Entry> entries, Sentence s, int first, int last) {
    if (entries.isEmpty()) {
      return false;
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
