package org.dyad.engine.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransitionParserTest {
  private static final List<CoreMap> SENTENCES = new ArrayList<>();
  private static StanfordCoreNLP coreNlp;

  @BeforeAll
  static void parseGoldenArticlesWithCoreNlp() throws IOException {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=true");
    props.setProperty("depparse.extradependencies", "NONE");
    coreNlp = new StanfordCoreNLP(props);
    try (Stream<Path> cases = Files.list(Path.of("src/test/resources/golden"))) {
      for (Path dir : cases.sorted().toList()) {
        Path txt = dir.resolve("input.txt");
        String text = Files.exists(txt) ? Files.readString(txt)
            : new ObjectMapper().readTree(Files.readString(dir.resolve("input.jsonl"))).path("text").asText();
        Annotation doc = new Annotation(text);
        coreNlp.annotate(doc);
        SENTENCES.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
      }
    }
  }

  @Test
  void parsesEverySentenceOfTheGoldenArticlesExactlyAsCoreNlpsParserDoes() {
    TransitionParser parser = TransitionParser.shared();
    assertThat(SENTENCES).hasSizeGreaterThan(50);
    for (CoreMap s : SENTENCES) {
      TransitionParser.Parse ours = parser.parse(words(s), tags(s));
      assertThat(render(ours.heads(), ours.relations())).as(String.join(" ", words(s))).isEqualTo(coreNlp(s));
    }
  }

  @Test
  void givesTheSameParseWhateverTheThreadParsedBefore() throws Exception {
    TransitionParser parser = TransitionParser.shared();
    CoreMap first = SENTENCES.get(0);
    String alone = render(parser.parse(words(first), tags(first)));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> after = pool.submit(() -> {
        for (CoreMap s : SENTENCES) {
          parser.parse(words(s), tags(s));
        }
        return render(parser.parse(words(first), tags(first)));
      });
      assertThat(after.get()).isEqualTo(alone);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void marksTheSubjectOfAPassiveVerbAsAPassiveSubject() {
    TransitionParser.Parse p = TransitionParser.shared().parse(
        new String[] {"The", "talks", "were", "postponed", "."}, new String[] {"DT", "NNS", "VBD", "VBN", "."});
    assertThat(p.relations()).containsExactly("det", "nsubj:pass", "aux:pass", "root", "punct");
    assertThat(p.heads()).containsExactly(1, 3, 3, -1, 3);
  }

  private static String coreNlp(CoreMap s) {
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    int n = words(s).length;
    int[] heads = new int[n];
    String[] rels = new String[n];
    Arrays.fill(heads, -1);
    for (IndexedWord root : graph.getRoots()) {
      rels[root.index() - 1] = "root";
    }
    for (SemanticGraphEdge e : graph.edgeListSorted()) {
      heads[e.getDependent().index() - 1] = e.getGovernor().index() - 1;
      rels[e.getDependent().index() - 1] = e.getRelation().toString();
    }
    return render(heads, rels);
  }

  private static String render(TransitionParser.Parse p) {
    return render(p.heads(), p.relations());
  }

  private static String render(int[] heads, String[] rels) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < heads.length; i++) {
      b.append(i).append('<').append(heads[i]).append(':').append(rels[i]).append(' ');
    }
    return b.toString();
  }

  private static String[] words(CoreMap s) {
    return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toArray(String[]::new);
  }

  private static String[] tags(CoreMap s) {
    return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toArray(String[]::new);
  }
}
