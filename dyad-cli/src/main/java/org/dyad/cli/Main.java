package org.dyad.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.dyad.store.StoreException;
import org.dyad.store.search.SearchException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code dyad} command line. Data goes to standard output, everything else to standard error; a mistake is
 * told in one line {@code dyad: ...} that names the thing and the fix. Exit codes: 0 done, 1 some input or the
 * store failed, 2 a usage error (see docs/cli.md).
 */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reads news and writes event data: actors, dates, quotes and events, with evidence offsets; keeps them in a store.",
    footer = {"", "Exit codes: 0 done, 1 some input or the store failed, 2 a usage error."},
    subcommands = {
      ExtractCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
      SparkCommand.class, IndexCommand.class, EvalCommand.class, BenchCommand.class, HelpCommand.class,
      picocli.AutoComplete.GenerateCompletion.class
    })
public final class Main implements Runnable {
  /** Exit code of a usage error: an option, argument, path or name that cannot be. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
  boolean debug;

  public static void main(String[] args) {
    System.setOut(new PrintStream(new StandardOutput(new FileOutputStream(FileDescriptor.out)), true,
        StandardCharsets.UTF_8));
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new Main());
    cli.registerConverter(LocalDate.class, Main::date);
    cli.setParameterExceptionHandler((e, arguments) -> {
      CommandLine c = e.getCommandLine();
      String name = c.getCommandSpec().qualifiedName();
      String hint = e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
          ? " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)" : "";
      System.err.println("dyad: " + e.getMessage() + hint + "; see " + name + " --help");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> failed(e, debug));
    return cli.execute(args);
  }

  /** The exit code of a command that threw {@code e}, told in one line (with the stack trace under --debug). */
  private static int failed(Exception e, boolean debug) {
    if (StandardOutput.closed(e)) {
      return 0; // the reader has gone (dyad ... | head): stop quietly, as Unix tools do
    }
    if (debug) {
      e.printStackTrace();
    }
    if (e instanceof UsageException) {
      System.err.println("dyad: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof StoreException || e instanceof SearchException || e instanceof UncheckedIOException) {
      System.err.println("dyad: " + oneLine(e));
      return 1;
    }
    System.err.println("dyad: " + oneLine(e) + (debug ? "" : " (run again with --debug for the stack trace)"));
    return 1;
  }

  /** The message of {@code e} and of its deepest cause, when that says more, on one line. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String why = root.getMessage();
    if (root != e && why != null && !message.contains(why)) {
      message += ": " + why;
    }
    return message.lines().findFirst().orElse(message);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date: give YYYY-MM-DD, e.g. 2024-03-15");
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
