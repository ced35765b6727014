package org.dyad.engine.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The lean CoreNLP pipeline: tokenize, ssplit (two newlines break a sentence), pos, lemma, 3-class NER
 * without fine-grained NER, numeric classifiers or SUTime, and CoreNLP's UD dependency parsing model run by
 * dyad's {@link TransitionParser}. Models load once, in the constructor; {@link #parse} is safe to call from
 * many threads.
 *
 * <p>The annotators run one by one, so each can be timed, and the dependency parser, the dearest step,
 * runs only on the sentences the caller's selector picks (the engine asks its stages: those that may hold an
 * event or a reported-speech frame); the others come out with {@link Sentence#parsed()} false.
 */
public final class CoreNlpParser implements Parser {
  private static final List<String> TAGGERS = List.of("tokenize", "ssplit", "pos", "lemma", "ner");

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  /**
   * A line that is only a date ("October 13, 2005", "Monday, 13 October 2005"): the date line under a title,
   * a sentence of its own though neither it nor the title ends with a full stop.
   */
  private static final Pattern DATE_LINE = Pattern.compile(
      "\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s*,?\\s*)?(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?"
          + "|\\d{1,2}\\s+" + MONTH + ")\\s*,?\\s*\\d{4}\\s*");

  /** The longest sentence tagged and named, in tokens: five times the parser's default limit. */
  public static final int MAX_TAGGED_TOKENS = 2_000;

  private final List<StanfordCoreNLP> taggers = new ArrayList<>();
  private final TransitionParser depparse;

  /** Loads the models (seconds): make one per process and share it. */
  public CoreNlpParser() {
    Properties props = new Properties();
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=true");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    // A run of thousands of tokens without a full stop is no sentence of news (a table, a list, a page of quotation
    // marks): its tokens keep their offsets, untagged (X) and unnamed (O), and tagging 75,000 of them no longer
    // takes a minute (issue 13).
    props.setProperty("pos.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
    props.setProperty("ner.maxlen", Integer.toString(MAX_TAGGED_TOKENS));
    // The models load in parallel, the parser's (the slowest) first: start-up is the longest load, not the sum.
    ExecutorService loaders = Executors.newFixedThreadPool(3, r -> {
      Thread t = new Thread(r, "dyad-model-loader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<TransitionParser> parser = loaders.submit(TransitionParser::shared);
      List<Future<StanfordCoreNLP>> loading = new ArrayList<>();
      for (String name : TAGGERS) {
        loading.add(loaders.submit(() -> annotator(props, name)));
      }
      for (Future<StanfordCoreNLP> f : loading) {
        taggers.add(f.get());
      }
      depparse = parser.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the CoreNLP models", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot load the CoreNLP models: " + e.getCause(), e.getCause());
    } finally {
      loaders.shutdown();
    }
  }

  /** A one-annotator pipeline; CoreNLP's annotator cache shares the models between pipelines. */
  private static StanfordCoreNLP annotator(Properties props, String name) {
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("annotators", name);
    return new StanfordCoreNLP(p, false);
  }

  @Override
  public List<Sentence> parse(String text, Predicate<Sentence> worthParsing, ObjLongConsumer<String> elapsed) {
    Annotation doc = new Annotation(text);
    for (int i = 0; i < TAGGERS.size(); i++) {
      long t0 = System.nanoTime();
      taggers.get(i).annotate(doc);
      if (TAGGERS.get(i).equals("ssplit")) {
        splitAtDateLines(text, doc);
      }
      elapsed.accept("nlp." + TAGGERS.get(i), System.nanoTime() - t0);
    }
    long t0 = System.nanoTime();
    List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = new ArrayList<>(maps.size());
    List<Integer> selected = new ArrayList<>();
    for (CoreMap s : maps) {
      Sentence unparsed = sentence(text, out.size(), s);
      if (worthParsing.test(unparsed)) {
        selected.add(out.size());
      }
      out.add(unparsed);
    }
    elapsed.accept("nlp.select", System.nanoTime() - t0);
    if (!selected.isEmpty()) {
      t0 = System.nanoTime();
      for (int index : selected) {
        CoreMap s = maps.get(index);
        out.set(index, withParse(out.get(index), depparse.parse(words(s), tags(s))));
      }
      elapsed.accept("nlp.depparse", System.nanoTime() - t0);
    }
    return out;
  }

  /** Makes each {@link #DATE_LINE} inside a sentence a sentence of its own, as ssplit breaks only at two newlines. */
  private static void splitAtDateLines(String text, Annotation doc) {
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int from = 0;
      for (int i = 1; i <= tokens.size(); i++) {
        int end = tokens.get(i - 1).endPosition();
        boolean last = i == tokens.size();
        int next = last ? end : tokens.get(i).beginPosition();
        if (!last && (text.substring(end, next).indexOf('\n') < 0
            || !isDateLine(text, text.lastIndexOf('\n', end - 1) + 1) && !isDateLine(text, next))) {
          continue;
        }
        List<CoreLabel> part = tokens.subList(from, i);
        CoreMap piece = s;
        if (from > 0 || !last) {
          int begin = part.get(0).beginPosition();
          int first = s.get(CoreAnnotations.TokenBeginAnnotation.class) + from;
          piece = new Annotation(text.substring(begin, end));
          piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
          piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
          piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(part));
          piece.set(CoreAnnotations.TokenBeginAnnotation.class, first);
          piece.set(CoreAnnotations.TokenEndAnnotation.class, first + part.size());
        }
        piece.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
        for (int k = 0; k < part.size(); k++) {
          part.get(k).setIndex(k + 1);
          part.get(k).setSentIndex(out.size());
        }
        out.add(piece);
        from = i;
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  private static boolean isDateLine(String text, int lineStart) {
    int lineEnd = text.indexOf('\n', lineStart);
    return DATE_LINE.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)).matches();
  }

  /** The words the parser reads: the tokenizer's normalised forms, as CoreNLP's parser reads them. */
  private static String[] words(CoreMap s) {
    return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toArray(String[]::new);
  }

  private static String[] tags(CoreMap s) {
    return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toArray(String[]::new);
  }

  /** A sentence as the taggers left it: no heads, no relations. */
  private static Sentence sentence(String text, int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel l = labels.get(i);
      int b = l.beginPosition();
      int e = l.endPosition();
      String ner = l.ner();
      tokens.add(new Token(i, b, e, text.substring(b, e), l.tag(), l.lemma(), ner == null ? "O" : ner, -1, ""));
    }
    return new Sentence(index, tokens.get(0).start(), tokens.get(n - 1).end(), tokens, false);
  }

  /** {@code s} with the heads and relations of its parse. */
  private static Sentence withParse(Sentence s, TransitionParser.Parse parse) {
    List<Token> tokens = new ArrayList<>(s.size());
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.index(), t.start(), t.end(), t.text(), t.pos(), t.lemma(), t.ner(),
          parse.heads()[t.index()], parse.relations()[t.index()]));
    }
    return new Sentence(s.index(), s.start(), s.end(), tokens, true);
  }
}
