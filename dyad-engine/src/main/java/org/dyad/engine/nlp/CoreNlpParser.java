package org.dyad.engine.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The lean CoreNLP pipeline: tokenize, ssplit (two newlines break a sentence), pos, lemma, 3-class NER
 * without fine-grained NER, numeric classifiers or SUTime, and the UD dependency parser. Models load once,
 * in the constructor; {@link #parse} is safe to call from many threads.
 */
public final class CoreNlpParser implements Parser {
  private final StanfordCoreNLP pipeline;

  public CoreNlpParser() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=true");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("depparse.extradependencies", "NONE");
    pipeline = new StanfordCoreNLP(props);
  }

  @Override
  public List<Sentence> parse(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      int n = labels.size();
      int[] heads = new int[n];
      String[] rels = new String[n];
      java.util.Arrays.fill(heads, -1);
      java.util.Arrays.fill(rels, "");
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      boolean parsed = graph != null;
      if (parsed) {
        for (IndexedWord root : graph.getRoots()) {
          rels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : graph.edgeListSorted()) {
          int d = e.getDependent().index() - 1;
          heads[d] = e.getGovernor().index() - 1;
          rels[d] = e.getRelation().toString();
        }
      }
      List<Token> tokens = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        int b = l.beginPosition();
        int e = l.endPosition();
        String ner = l.ner();
        tokens.add(new Token(i, b, e, text.substring(b, e), l.tag(), l.lemma(),
            ner == null ? "O" : ner, heads[i], rels[i]));
      }
      out.add(new Sentence(out.size(), tokens.get(0).start(), tokens.get(n - 1).end(), tokens, parsed));
    }
    return out;
  }
}
