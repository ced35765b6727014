package org.dyad.engine;

import org.dyad.engine.nlp.CoreNlpParser;
import org.dyad.engine.nlp.Parser;

/** The one CoreNLP parser and the one engine over it for all tests in a JVM: models load once. */
public final class SharedParser {
  private static volatile Parser parser;
  private static volatile Engine engine;

  private SharedParser() {}

  /** The parser; {@link Parser#parse(String)} parses every sentence, for the tests of one stage. */
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

  /** The engine as users get it (every stage, parsing the sentences they ask for), on the shared parser. */
  public static Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (SharedParser.class) {
        e = engine;
        if (e == null) {
          engine = e = Engine.builder().parser(get()).build();
        }
      }
    }
    return e;
  }
}
