package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "Reads news and writes event data: actors, dates, quotes and events, with evidence offsets; keeps them in a store.",
    subcommands = {
      ExtractCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
      SparkCommand.class, EvalCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((e, commandLine, parsed) -> {
          if (e instanceof UsageException) {
            System.err.println("dyad: " + e.getMessage());
            return 2;
          }
          throw e;
        })
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
