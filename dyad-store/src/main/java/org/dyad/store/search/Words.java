package org.dyad.store.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The words of the index: maximal runs of letters and digits, lowercased; nothing else is a word and no word is
 * dropped. In the fields of {@link #STEMMED} (the title and the text as single words search them) each word is
 * also reduced to its English stem (Krovetz's: "tariffs" and "tariff" are "tariff", "trading" is "trade", but
 * "news" stays "news"); in every other field (the {@code _exact} copies that phrases search, credit, actor) the word
 * is kept as written. Separate values of one field (the names of a document's actors) are 100 positions apart, so
 * that a phrase never runs from one name into the next.
 */
final class Words extends Analyzer {
  /** The fields whose words are stemmed. */
  static final Set<String> STEMMED = Set.of("title", "text");

  /** Per field: the analyzer's word streams differ by field, so one field's is never reused for another's. */
  Words() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
    TokenStream lower = new LowerCaseFilter(words);
    return new TokenStreamComponents(words, STEMMED.contains(fieldName) ? new KStemFilter(lower) : lower);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }
}
