package eu.civicai.governance.cli;

import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.Exporter;
import eu.civicai.governance.exchange.InterconnectesCsv;
import eu.civicai.governance.exchange.atrs.Atrs;
import eu.civicai.governance.exchange.crpa.CrpaInventory;
import eu.civicai.governance.exchange.cyclonedx.CycloneDx;
import eu.civicai.governance.exchange.eudatabase.EuDatabase;
import eu.civicai.governance.exchange.nlregister.AlgoritmeRegister;
import eu.civicai.governance.json.RegisterDocument;
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
    description =
        "Exports a register (format: nl-register, atrs, eu-database, crpa-inventory, cyclonedx,"
            + " interconnectes).",
    subcommands = {
      ExportCommand.NlRegister.class,
      ExportCommand.AtrsRecords.class,
      ExportCommand.EuDatabaseRegistrations.class,
      ExportCommand.CrpaInventoryLines.class,
      ExportCommand.CycloneDxBom.class,
      ExportCommand.Interconnectes.class
    })
final class ExportCommand implements Runnable {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageError(spec, "error.command");
  }

  /**
   * What every format shares: the register file, {@code --profile public|full}, {@code --out}; the
   * diagnostics (what each record lacks, what the format cannot carry) on stderr.
   */
  abstract static class Format implements Callable<Integer> {
    @ParentCommand ExportCommand parent;

    @Parameters(paramLabel = "REGISTER_FILE")
    Path register;

    @Option(
        names = "--profile",
        defaultValue = "public",
        description =
            "public (restricted parts left out) or full, for internal use (default:"
                + " ${DEFAULT-VALUE}).")
    String profile;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description =
            "Where to write the document, a new file (default: stdout); an existing file is"
                + " refused (exit code 3).")
    Path out;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    abstract Exporter exporter();

    @Override
    public Integer call() {
      if (!profile.equals("public") && !profile.equals("full")) {
        throw new UsageError(spec, "error.profile", Escape.terminal(profile));
      }
      if (out != null) {
        OutputFiles.refuseExisting(out); // before the work: nothing is overwritten
      }
      // A register, or a single usage (issue 19); a register's datasets give names and bases.
      var content = Inputs.document(register).content();
      Export exported =
          exporter()
              .export(
                  Inputs.usages(register),
                  profile.equals("full") ? ExportProfile.FULL : ExportProfile.PUBLIC,
                  DatasetLookup.of(
                      content instanceof RegisterDocument r ? r.datasets() : java.util.List.of()));
      // What the document lacks or cannot carry is said on stderr, never dropped silently.
      for (Diagnostic d : exported.diagnostics()) {
        spec.commandLine()
            .getErr()
            .println(Escape.diagnostic(register + ": " + d.message(parent.root.locale())));
      }
      if (out == null) {
        spec.commandLine().getOut().print(exported.text());
      } else {
        // To a temporary sibling moved into place, never over an existing file (issue 16).
        try (OutputFiles files = new OutputFiles()) {
          files.create(out).write(exported.bytes());
          files.commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return GovernanceCli.OK;
    }
  }

  /** Exports to the Dutch algorithm register. */
  @Command(
      name = "nl-register",
      mixinStandardHelpOptions = true,
      description =
          "Exports a register as Dutch Algoritmeregister records (publication standard 1.0,"
              + " JSON); prints what each record lacks on stderr.")
  static final class NlRegister extends Format {
    @Override
    Exporter exporter() {
      return AlgoritmeRegister.exporter();
    }
  }

  /** Exports to UK ATRS records. */
  @Command(
      name = "atrs",
      mixinStandardHelpOptions = true,
      description =
          "Exports a register as UK ATRS 4.0 records (tier 1 and tier 2, JSON); prints what each"
              + " record lacks on stderr.")
  static final class AtrsRecords extends Format {
    @Override
    Exporter exporter() {
      return Atrs.exporter();
    }
  }

  /** Exports the EU database registrations of public deployers. */
  @Command(
      name = "eu-database",
      mixinStandardHelpOptions = true,
      description =
          "Exports the EU database registrations of the usages that need one (AI Act Art. 49(3),"
              + " Annex VIII Section C, JSON); prints the others and what is missing on stderr.")
  static final class EuDatabaseRegistrations extends Format {
    @Override
    Exporter exporter() {
      return EuDatabase.exporter();
    }
  }

  /** Exports the CRPA inventory. */
  @Command(
      name = "crpa-inventory",
      mixinStandardHelpOptions = true,
      description =
          "Exports the inventory of processing used for individual decisions (CRPA L312-1-3,"
              + " CSV); prints what each line lacks on stderr.")
  static final class CrpaInventoryLines extends Format {
    @Override
    Exporter exporter() {
      return CrpaInventory.exporter();
    }
  }

  /** Exports a CycloneDX 1.6 bill of materials with model cards. */
  @Command(
      name = "cyclonedx",
      mixinStandardHelpOptions = true,
      description =
          "Exports a register as a CycloneDX 1.6 document (JSON): each usage an application, each"
              + " model a machine-learning-model with its model card, each dataset a data"
              + " component; prints what each model card lacks on stderr.")
  static final class CycloneDxBom extends Format {
    @Override
    Exporter exporter() {
      return CycloneDx.exporter();
    }
  }

  /** Exports to an Interconnectés CSV. */
  @Command(
      name = "interconnectes",
      mixinStandardHelpOptions = true,
      description =
          "Exports a register as an Interconnectés CSV; prints what the file cannot carry on stderr.")
  static final class Interconnectes extends Format {
    @Override
    Exporter exporter() {
      return InterconnectesCsv.exporter();
    }
  }
}
