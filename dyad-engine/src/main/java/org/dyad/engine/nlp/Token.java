package org.dyad.engine.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param text the document text at {@code [start, end)}
 * @param pos Penn Treebank part-of-speech tag
 * @param ner 3-class NER tag: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION} or {@code O}
 * @param head index of the governing token in the sentence, {@code -1} for the root or when not parsed
 * @param rel Universal Dependencies relation to the head ({@code nsubj}, {@code obl:to} ...), {@code root}, or
 *     empty when not parsed
 */
public record Token(
    int index, int start, int end, String text, String pos, String lemma, String ner, int head, String rel) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }
}
