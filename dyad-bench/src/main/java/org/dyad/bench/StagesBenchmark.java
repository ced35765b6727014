package org.dyad.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.engine.actors.ActorResolver;
import org.dyad.engine.actors.Dictionary;
import org.dyad.engine.actors.Entities;
import org.dyad.engine.nlp.CoreNlpParser;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.quotes.QuoteFinder;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.engine.time.TimeTagger;
import org.dyad.model.Document;
import org.dyad.model.Quote;
import org.dyad.model.Timex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per article of each pure-Java stage, on one article (default: the example article, 414 tokens)
 * parsed once by CoreNLP in the set-up. Run from the repository root, where {@code article} resolves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class StagesBenchmark {
  @Param("examples/seed-article.txt")
  public String article;

  private String text = "";
  private LocalDate anchor = LocalDate.EPOCH;
  private List<Sentence> sentences = List.of();
  private Entities entities = new Entities(List.of());
  private final ActorResolver actors = new ActorResolver(Dictionary.standard());
  private final TimeTagger time = new TimeTagger();
  private final QuoteFinder quotes = new QuoteFinder();

  @Setup
  public void parse() {
    List<Document> docs = new ArrayList<>();
    new DocumentReader(null, LocalDate.now()).read(Path.of(article).toString(), System.in, r -> {
      if (r instanceof Read.Ok ok) {
        docs.add(ok.document());
      } else {
        throw new IllegalArgumentException(article + ": " + ((Read.Failed) r).message());
      }
    });
    Document doc = docs.get(0);
    text = doc.text();
    anchor = doc.date();
    sentences = new CoreNlpParser().parse(text);
    entities = actors.resolve(text, sentences, anchor);
  }

  @Benchmark
  public List<Timex> timeTag() {
    return time.tag(text, anchor, sentences);
  }

  @Benchmark
  public Entities actorResolve() {
    return actors.resolve(text, sentences, anchor);
  }

  @Benchmark
  public List<Quote> quoteFind() {
    return quotes.find(text, sentences, entities);
  }
}
