package eu.civicai.governance.cli;

import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.ImportResult;
import eu.civicai.governance.exchange.InterconnectesCsv;
import eu.civicai.governance.exchange.nlregister.AlgoritmeRegister;
import eu.civicai.governance.json.RegisterWriter;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Imports a public register's file into a register document. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Imports a public register's file (format: interconnectes, nl-register).",
    subcommands = {ImportCommand.Interconnectes.class, ImportCommand.NlRegister.class})
final class ImportCommand implements Runnable {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageError(spec, "error.command");
  }

  /**
   * What every format shares: the file, {@code --out}; the diagnostics on stderr, then a progress
   * bar while the register is written and a one-line summary; the register written whole or not at
   * all; exit 1 when a record had a problem.
   */
  abstract static class Format implements Callable<Integer> {
    @ParentCommand ImportCommand parent;

    @Option(
        names = "--out",
        paramLabel = "REGISTER_FILE",
        description =
            "Where to write the register document, a new file (default: stdout); an existing file"
                + " is refused (exit code 3).")
    Path out;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    /** The file to import. */
    abstract Path file();

    /** Reads the file's records. */
    abstract ImportResult read(InputStream in);

    @Override
    public Integer call() {
      if (out != null) {
        OutputFiles.refuseExisting(out); // before the work: nothing is overwritten
      }
      ImportResult result;
      try (InputStream in = Inputs.open(file())) {
        result = read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (eu.civicai.governance.GovernanceException e) {
        throw e instanceof FileError ? e : FileError.in(file(), e); // the message names the file
      }
      var err = spec.commandLine().getErr();
      for (Diagnostic d : result.diagnostics()) {
        err.println(Escape.diagnostic(file() + ": " + d.message(parent.root.locale())));
      }
      ProgressBar bar =
          new ProgressBar(
              err, System.console() != null, result.usages().size(), parent.root.locale());
      if (out == null) {
        try (WriterOutputStream stdout = new WriterOutputStream(spec)) {
          write(result, stdout, bar);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        // To a temporary sibling moved into place, never over an existing file: a failure leaves
        // nothing (issue 16).
        try (OutputFiles files = new OutputFiles()) {
          write(result, files.create(out), bar);
          files.commit();
        }
      }
      bar.finish("usage importé", "usages importés", "usage imported", "usages imported");
      return result.hasProblems() ? GovernanceCli.PROBLEMS : GovernanceCli.OK;
    }

    private static void write(ImportResult result, OutputStream to, ProgressBar bar) {
      try (RegisterWriter writer = Inputs.JSON.registerWriter(to)) {
        for (AiUsage u : result.usages()) {
          writer.usage(u);
          bar.step();
        }
      }
    }
  }

  /** Imports an Interconnectés CSV. */
  @Command(
      name = "interconnectes",
      mixinStandardHelpOptions = true,
      description =
          "Imports an Interconnectés CSV; prints diagnostics on stderr; exit 1 when a row had a problem.")
  static final class Interconnectes extends Format {
    @Parameters(paramLabel = "CSV")
    Path csv;

    @Override
    Path file() {
      return csv;
    }

    @Override
    ImportResult read(InputStream in) {
      return InterconnectesCsv.importCsv(in);
    }
  }

  /** Imports records of the Dutch algorithm register. */
  @Command(
      name = "nl-register",
      mixinStandardHelpOptions = true,
      description =
          "Imports Dutch Algoritmeregister records (publication standard 1.0, JSON); prints"
              + " diagnostics on stderr; exit 1 when a record had a problem.")
  static final class NlRegister extends Format {
    @Parameters(paramLabel = "JSON")
    Path json;

    @Override
    Path file() {
      return json;
    }

    @Override
    ImportResult read(InputStream in) {
      return AlgoritmeRegister.importJson(in);
    }
  }
}
