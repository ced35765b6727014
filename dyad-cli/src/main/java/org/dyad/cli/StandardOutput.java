package org.dyad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Standard output as data tools use it: a reader that has gone ({@code dyad export | head -1}) stops the command
 * quietly, any other failure to write (a full disk) is an error. {@link PrintStream} swallows the failure; this
 * stream, under {@code System.out} in {@link Main#main}, remembers it.
 */
final class StandardOutput extends OutputStream {
  private static volatile @Nullable IOException failure;

  private final OutputStream out;

  StandardOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /** The reader of standard output has gone: the command stops, and {@link Main} exits quietly. */
  static final class Closed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Closed() {
      super("standard output closed", null, false, false);
    }
  }

  /**
   * Throws when writing to {@code out} has failed: {@link Closed} when its reader has gone (or the failure is
   * not known), else an {@link UncheckedIOException} that says why.
   */
  static void check(PrintStream out) {
    if (out.checkError()) {
      IOException f = failure;
      if (f == null || closed(f)) {
        throw new Closed();
      }
      throw new UncheckedIOException("cannot write to standard output: " + f.getMessage(), f);
    }
  }

  /** {@code System.out} as a stream that throws {@link Closed} once its reader has gone. */
  static OutputStream stream() {
    PrintStream target = System.out;
    return new OutputStream() {
      @Override
      public void write(int b) {
        target.write(b);
        check(target);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        target.write(b, off, len);
        check(target);
      }

      @Override
      public void flush() {
        check(target);
      }
    };
  }

  /** True when {@code e} or a cause of it is a closed standard output or a broken pipe. */
  static boolean closed(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Closed || t instanceof IOException && t.getMessage() != null
          && t.getMessage().contains("Broken pipe")) {
        return true;
      }
    }
    return false;
  }
}
