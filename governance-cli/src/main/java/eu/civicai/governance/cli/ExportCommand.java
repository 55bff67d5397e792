package eu.civicai.governance.cli;

import eu.civicai.governance.exchange.InterconnectesCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Exports a register to a public register's format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports a register (format: interconnectes).",
    subcommands = ExportCommand.Interconnectes.class)
final class ExportCommand implements Runnable {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageError(spec, "error.command");
  }

  /** Exports to an Interconnectés CSV. */
  @Command(
      name = "interconnectes",
      mixinStandardHelpOptions = true,
      description =
          "Exports a register as an Interconnectés CSV; prints what the file cannot carry on stderr.")
  static final class Interconnectes implements Callable<Integer> {
    @ParentCommand ExportCommand parent;

    @Parameters(paramLabel = "REGISTER_FILE")
    Path register;

    @Option(
        names = "--profile",
        defaultValue = "public",
        description = "public (restricted columns left out) or full (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(
        names = "--out",
        paramLabel = "CSV",
        description = "Where to write the CSV (default: stdout).")
    Path out;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!profile.equals("public") && !profile.equals("full")) {
        throw new UsageError(spec, "error.profile", Escape.terminal(profile));
      }
      // A register, or a single usage (issue 19).
      eu.civicai.governance.exchange.ExportResult exported =
          InterconnectesCsv.exportCsv(
              Inputs.usages(register),
              profile.equals("full")
                  ? InterconnectesCsv.Profile.FULL
                  : InterconnectesCsv.Profile.PUBLIC);
      // What the file cannot carry is said on stderr, never dropped silently.
      for (eu.civicai.governance.exchange.Diagnostic d : exported.diagnostics()) {
        spec.commandLine()
            .getErr()
            .println(Escape.diagnostic(register + ": " + d.message(parent.root.locale())));
      }
      String csv = exported.csv();
      if (out == null) {
        spec.commandLine().getOut().print(csv);
      } else {
        // To a temporary sibling moved into place: a failure leaves the previous file (issue 16).
        try (OutputFiles files = new OutputFiles()) {
          files.open(out).write(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          files.commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return GovernanceCli.OK;
    }
  }
}
