package org.dyad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A query of {@link SearchIndex} as Lucene runs it: the words of Lucene's classic syntax over the title and the
 * text, every word required, with the filters added. A word outside quotes searches the stemmed fields (any form of
 * it); a quoted phrase, or a quoted single word, searches the {@code _exact} copies (those words as written, in
 * that order), as does a title filter.
 */
final class QueryReader {
  private static final String EXACT = "_exact";

  private QueryReader() {}

  /** The parser of one query (a parser keeps state, so each query has its own). */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer words) {
      super(new String[] {"title", "text"}, words);
      setDefaultOperator(QueryParser.Operator.AND);
    }

    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
        throws ParseException {
      return super.newFieldQuery(analyzer, quoted && Words.STEMMED.contains(field) ? exact(field) : field, queryText,
          quoted);
    }
  }

  /** The field that holds {@code field}'s words as written. */
  static String exact(String field) {
    return field + EXACT;
  }

  /**
   * The query for {@code text} (blank: every article) and {@code filters}.
   *
   * @throws SearchException when the text cannot be read, saying where and how to escape
   */
  static Query of(String text, Filters filters, Analyzer words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    if (text.isBlank()) {
      all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      try {
        all.add(new Parser(words).parse(text), BooleanClause.Occur.MUST);
      } catch (ParseException e) {
        String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("")
            .replaceFirst("^Cannot parse '.*?': ", "").replaceFirst("\\s*\\(in lexical state \\d+\\)", "").strip();
        throw new SearchException("cannot read the query (" + why + "): a phrase goes between double quotes, and"
            + " + - ! ( ) { } [ ] ^ \" ~ * ? : \\ / are escaped with \\", e);
      }
    }
    QueryBuilder phrases = new QueryBuilder(words);
    String[][] fields = {{exact("title"), filters.title()}, {"credit", filters.credit()}, {"actor", filters.actor()}};
    for (String[] f : fields) {
      if (f[1] != null && !f[1].isBlank()) {
        Query phrase = phrases.createPhraseQuery(f[0], f[1]);
        all.add(phrase == null ? new MatchNoDocsQuery("no words in " + f[0]) : phrase, BooleanClause.Occur.FILTER);
      }
    }
    if (filters.from() != null || filters.to() != null) {
      all.add(LongPoint.newRangeQuery("date", filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay(),
          filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay()), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }
}
