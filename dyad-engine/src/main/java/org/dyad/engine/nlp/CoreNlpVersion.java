package org.dyad.engine.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The versions of CoreNLP and of its English models on the class path, for {@code dyad --version}. */
public final class CoreNlpVersion {
  /** A file of the CoreNLP English models jar, whose name carries the models' version. */
  private static final String MODELS_FILE = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private CoreNlpVersion() {}

  /** {@code CoreNLP 4.5.10, models 4.5.10}: "unknown" for a version not found, "missing" for no models jar. */
  public static String describe() {
    String corenlp = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return "CoreNLP " + (corenlp == null ? "unknown" : corenlp) + ", models " + models();
  }

  /** The version in the name of the jar the models come from ({@code stanford-corenlp-4.5.10-models.jar}). */
  private static String models() {
    URL url = StanfordCoreNLP.class.getClassLoader().getResource(MODELS_FILE);
    if (url == null) {
      return "missing";
    }
    Matcher m = Pattern.compile("stanford-corenlp-([0-9][^/!]*)-models\\.jar").matcher(url.toString());
    return m.find() ? m.group(1) : "unknown";
  }
}
