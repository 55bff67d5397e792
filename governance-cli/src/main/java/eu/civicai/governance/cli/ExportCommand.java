package eu.civicai.governance.cli;

import eu.civicai.governance.exchange.InterconnectesCsv;
import eu.civicai.governance.json.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "export needs a format: interconnectes");
  }

  /** Exports to an Interconnectés CSV. */
  @Command(
      name = "interconnectes",
      mixinStandardHelpOptions = true,
      description = "Exports a register as an Interconnectés CSV.")
  static final class Interconnectes implements Callable<Integer> {
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
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--profile must be public or full, not " + profile);
      }
      eu.civicai.governance.json.RegisterDocument document;
      document = Inputs.read(register, DocumentType.REGISTER);
      String csv =
          InterconnectesCsv.export(
              document.usages(),
              profile.equals("full")
                  ? InterconnectesCsv.Profile.FULL
                  : InterconnectesCsv.Profile.PUBLIC);
      if (out == null) {
        spec.commandLine().getOut().print(csv);
      } else {
        try {
          Files.writeString(out, csv);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return GovernanceCli.OK;
    }
  }
}
