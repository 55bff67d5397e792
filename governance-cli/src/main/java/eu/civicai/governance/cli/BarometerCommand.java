package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.json.BarometerJson;
import eu.civicai.governance.json.GovernanceJson;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.spi.LedgerStore;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.JdbcRegisterStore;
import eu.civicai.governance.usage.AiUsage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The barometer of AI governance maturity across the authorities of a register (issue 21): from a
 * register file in memory, or from a store in SQL; a table in the chosen language, or JSON.
 */
@Command(
    name = "barometer",
    mixinStandardHelpOptions = true,
    description =
        "Barometer of AI governance maturity across the authorities of a register: a score from 0"
            + " to 100 per authority, over the components known, and its distribution by"
            + " population band, kind and theme.")
final class BarometerCommand implements Callable<Integer> {
  @ParentCommand GovernanceCli root;

  /** The outputs of the command. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Judge committees' activity as of this instant (default now).")
  Instant at;

  @Option(
      names = "--ledger",
      paramLabel = "FILE",
      description = "The data-lifecycle ledger of the register file (JSON Lines).")
  Path ledger;

  @picocli.CommandLine.Mixin StoreOption store = new StoreOption();

  @Parameters(
      paramLabel = "REGISTER_FILE",
      arity = "0..1",
      description = "The register document (or --store and --tenant).")
  Path input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Clock clock = Inputs.clock(at);
    Barometer barometer = store.given() ? fromStore(clock) : fromFile(clock);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(BarometerJson.write(barometer));
    } else {
      out.print(BarometerTable.text(barometer, root.locale()));
    }
    out.flush();
    return GovernanceCli.OK;
  }

  private Barometer fromStore(Clock clock) {
    if (input != null) {
      throw new UsageError(spec, "error.fileAndStore", Escape.terminal(input));
    }
    if (ledger != null) {
      throw new UsageError(spec, "error.barometerLedgerWithStore");
    }
    String name = StoreError.displayName(store.store);
    if (store.tenant == null) {
      throw StoreError.in(
          name, new eu.civicai.governance.InvalidInputException("--tenant", "notNull"));
    }
    try (JdbcRegisterStore jdbc = JdbcRegisterStore.connectExisting(store.store, clock)) {
      return jdbc.barometer(TenantId.of(store.tenant));
    } catch (GovernanceException e) {
      throw StoreError.in(name, e);
    }
  }

  private Barometer fromFile(Clock clock) {
    if (store.tenant != null) {
      throw new UsageError(spec, "error.tenantWithoutStore");
    }
    if (input == null) {
      throw new UsageError(spec, "error.fileOrStore");
    }
    Register register = Register.inMemory(clock);
    GovernanceJson.Document<?> document = Inputs.document(input);
    if (document.content() instanceof RegisterDocument r) {
      r.addTo(register);
    } else if (document.content() instanceof AiUsage usage) {
      register.restore(usage);
    } else {
      throw FileError.in(
          input,
          new eu.civicai.governance.json.JsonReadException(
              "/type",
              "json.documentType",
              eu.civicai.governance.json.DocumentType.REGISTER.name()
                  + " | "
                  + eu.civicai.governance.json.DocumentType.USAGE.name()));
    }
    if (ledger == null) {
      return Barometer.of(register, clock);
    }
    LedgerSource source = LedgerSource.file(ledger);
    try (LedgerStore entries = source.open()) {
      Ledger replayed = source.replay(entries, register, clock);
      return Barometer.of(register, replayed, clock);
    }
  }
}
