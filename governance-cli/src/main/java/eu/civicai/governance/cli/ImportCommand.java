package eu.civicai.governance.cli;

import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.ImportResult;
import eu.civicai.governance.exchange.InterconnectesCsv;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.RegisterDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Imports a public register's file into a register document. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Imports a public register's file (format: interconnectes).",
    subcommands = ImportCommand.Interconnectes.class)
final class ImportCommand implements Runnable {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageError(spec, "error.command");
  }

  /** Imports an Interconnectés CSV. */
  @Command(
      name = "interconnectes",
      mixinStandardHelpOptions = true,
      description =
          "Imports an Interconnectés CSV; prints diagnostics on stderr; exit 1 when a row had a problem.")
  static final class Interconnectes implements Callable<Integer> {
    @ParentCommand ImportCommand parent;

    @Parameters(paramLabel = "CSV")
    Path csv;

    @Option(
        names = "--out",
        paramLabel = "REGISTER_FILE",
        description = "Where to write the register document (default: stdout).")
    Path out;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      ImportResult result;
      try (InputStream in = Inputs.open(csv)) {
        result = InterconnectesCsv.importCsv(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (Diagnostic d : result.diagnostics()) {
        spec.commandLine()
            .getErr()
            .println(Escape.diagnostic(csv + ": " + d.message(parent.root.locale())));
      }
      var document = new RegisterDocument(result.usages(), List.of());
      if (out == null) {
        try (WriterOutputStream stdout = new WriterOutputStream(spec)) {
          Inputs.JSON.write(DocumentType.REGISTER, document, stdout);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        // To a temporary sibling moved into place: a failure leaves the previous file (issue 16).
        try (OutputFiles files = new OutputFiles()) {
          Inputs.JSON.write(DocumentType.REGISTER, document, files.open(out));
          files.commit();
        }
      }
      return result.hasProblems() ? GovernanceCli.PROBLEMS : GovernanceCli.OK;
    }
  }
}
