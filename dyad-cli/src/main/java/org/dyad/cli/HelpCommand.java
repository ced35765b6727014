package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dyad help [COMMAND [SUBCOMMAND]]}: the help of a command or of one of its subcommands. */
@Command(name = "help", helpCommand = true,
    description = "Shows the help of a command or a subcommand (dyad help query timeline).")
final class HelpCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, then its subcommand.")
  List<String> names = new ArrayList<>();

  @Override
  public void run() {
    CommandLine shown = spec.parent().commandLine();
    for (String name : names) {
      CommandLine sub = shown.getSubcommands().get(name);
      if (sub == null) {
        throw new UsageException("no command " + shown.getCommandSpec().qualifiedName() + " " + name + "; "
            + "the commands are " + String.join(", ", shown.getSubcommands().keySet()));
      }
      shown = sub;
    }
    shown.usage(System.out);
  }
}
