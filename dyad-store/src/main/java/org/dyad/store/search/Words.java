package org.dyad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The words of the index: maximal runs of letters and digits, lowercased; nothing else is a word and no word is
 * dropped. Separate values of one field (the names of a document's actors) are 100 positions apart, so that a
 * phrase never runs from one name into the next.
 */
final class Words extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
    return new TokenStreamComponents(words, new LowerCaseFilter(words));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }
}
