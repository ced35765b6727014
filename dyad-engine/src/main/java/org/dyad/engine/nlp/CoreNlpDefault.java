package org.dyad.engine.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's default English pipeline with coreference and quote attribution (tokenize, ssplit, pos, lemma,
 * ner with its fine-grained classes, numeric classifiers and SUTime, the constituency parse, statistical
 * coref, quote with attribution), as a user who asks CoreNLP for quotes and speakers would run it: the
 * yardstick of {@code dyad bench --baseline corenlp}. Not used by the engine. Needs a heap of about 6 GB.
 */
public final class CoreNlpDefault {
  /** The annotators, in CoreNLP's {@code annotators} syntax. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,quote";

  private final StanfordCoreNLP pipeline;

  /** Loads the models (about a minute). */
  public CoreNlpDefault() {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    pipeline = new StanfordCoreNLP(props);
  }

  /** Annotates {@code text} with the whole pipeline and returns its token count. */
  public long annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** CoreNLP's own account of the time each annotator took so far. */
  public String timingInformation() {
    return pipeline.timingInformation();
  }
}
