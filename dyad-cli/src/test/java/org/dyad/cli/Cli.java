package org.dyad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the {@code dyad} command line in this JVM and captures what it prints. */
final class Cli {
  private Cli() {}

  /** What one run returned and printed. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    Run r = run(new PrintStream(o, true, StandardCharsets.UTF_8), args);
    return new Run(r.exit(), o.toString(StandardCharsets.UTF_8), r.err());
  }

  /** A run whose standard output is {@code stdout} (what it printed there is not captured). */
  static Run run(PrintStream stdout, String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(stdout);
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, "", e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
