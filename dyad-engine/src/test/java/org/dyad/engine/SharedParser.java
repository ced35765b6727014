package org.dyad.engine;

import org.dyad.engine.nlp.CoreNlpParser;
import org.dyad.engine.nlp.Parser;

/** The one CoreNLP parser for all tests in a JVM: its models load once (about 6 s). */
public final class SharedParser {
  private static volatile Parser parser;

  private SharedParser() {}

  public static Parser get() {
    Parser p = parser;
    if (p == null) {
      synchronized (SharedParser.class) {
        p = parser;
        if (p == null) {
          parser = p = new CoreNlpParser();
        }
      }
    }
    return p;
  }
}
