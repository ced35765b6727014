package org.dyad.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;
import org.dyad.model.Document;

/**
 * The yardstick of {@code dyad bench --baseline corenlp}: CoreNLP's default English pipeline with
 * coreference and quote attribution (tokenize, ssplit, pos, lemma, ner with its fine-grained classes,
 * numeric classifiers and SUTime, the constituency parse, statistical coref, quote with attribution), as a
 * user who asks CoreNLP for quotes and speakers would run it, on one thread.
 */
final class CoreNlpBaseline {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,quote";

  private CoreNlpBaseline() {}

  /** What the baseline did: articles, its own token count, seconds. */
  record Result(int articles, long tokens, double seconds) {}

  static Result run(List<Document> docs, int warmup, PrintStream out) {
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    double loading = (System.nanoTime() - t0) / 1e9;
    out.printf("%nbaseline: CoreNLP %s, models loaded in %.1f s%n", ANNOTATORS, loading);
    for (int i = 0; i < Math.min(warmup, docs.size()); i++) {
      pipeline.annotate(new Annotation(docs.get(i).text()));
    }
    BenchCommand.Memory memory = BenchCommand.Memory.start();
    long tokens = 0;
    t0 = System.nanoTime();
    for (Document d : docs) {
      Annotation a = new Annotation(d.text());
      pipeline.annotate(a);
      tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    BenchCommand.Memory.Peak peak = memory.stop();
    out.printf("baseline: %d articles (after %d warm-up), %d tokens in %.1f s: %.2f articles/s, %.0f tokens/s%n",
        docs.size(), Math.min(warmup, docs.size()), tokens, seconds, docs.size() / seconds, tokens / seconds);
    out.printf("  peak heap %d MB, GC %d collections %.2f s, peak RSS %s%n", peak.heapMb(), peak.collections(),
        peak.gcSeconds(), peak.rss());
    out.println("  CoreNLP's own timing (warm-up included):");
    for (String line : pipeline.timingInformation().split("\n")) {
      out.println("    " + line);
    }
    return new Result(docs.size(), tokens, seconds);
  }
}
