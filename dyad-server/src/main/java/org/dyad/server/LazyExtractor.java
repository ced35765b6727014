package org.dyad.server;

import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.jspecify.annotations.Nullable;

/**
 * An extractor built on the first article it is given, not before: a server that only reads and searches its store
 * never loads the NLP models (seconds and a gigabyte of heap). The first posts wait for the build; a build that
 * fails is tried again by the next article. {@code /health} tells whether it is built.
 */
public final class LazyExtractor implements Function<Document, Extraction> {
  private final Supplier<Function<Document, Extraction>> build;
  private volatile @Nullable Function<Document, Extraction> built;

  /** An extractor that {@code build} makes when the first article comes. */
  public LazyExtractor(Supplier<Function<Document, Extraction>> build) {
    this.build = build;
  }

  /** True once the extractor is built. */
  public boolean loaded() {
    return built != null;
  }

  @Override
  public Extraction apply(Document document) {
    Function<Document, Extraction> f = built;
    if (f == null) {
      synchronized (this) {
        f = built;
        if (f == null) {
          f = build.get();
          built = f;
        }
      }
    }
    return f.apply(document);
  }
}
