package eu.civicai.governance.cli;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerWeights;
import eu.civicai.governance.barometer.MaturityComponent;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The barometer of AI governance maturity across the authorities of a register (issue 21): from a
 * register file in memory, or from a store in SQL (one tenant with {@code --tenant}, a list with
 * {@code --tenants}, every tenant otherwise); a table in the chosen language, or JSON; with the
 * default weights or those {@code --weight} sets.
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

  @Option(
      names = "--tenants",
      paramLabel = "SIREN",
      split = ",",
      description = "With --store: the barometer across these tenants (comma-separated).")
  List<String> tenants;

  @Option(
      names = "--weight",
      paramLabel = "COMPONENT=POINTS",
      description = "Weigh a component otherwise than the default (repeatable).")
  Map<String, String> weights;

  @Parameters(
      paramLabel = "REGISTER_FILE",
      arity = "0..1",
      description = "The register document (or --store and --tenant).")
  Path input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Clock clock = Inputs.clock(at);
    BarometerWeights w = weights();
    Barometer barometer = store.given() ? fromStore(clock, w) : fromFile(clock, w);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(BarometerJson.write(barometer));
    } else {
      out.print(BarometerTable.text(barometer, root.locale()));
    }
    out.flush();
    return GovernanceCli.OK;
  }

  /** The default weights, with those {@code --weight} sets. */
  private BarometerWeights weights() {
    BarometerWeights w = BarometerWeights.defaults();
    if (weights == null) {
      return w;
    }
    for (Map.Entry<String, String> e : new TreeMap<>(weights).entrySet()) {
      MaturityComponent component = component(e.getKey());
      int points;
      try {
        points = Integer.parseInt(e.getValue().strip());
      } catch (NumberFormatException notANumber) {
        throw new UsageError(
            spec,
            "error.barometerWeightNumber",
            Escape.terminal(e.getKey()),
            Escape.terminal(e.getValue()));
      }
      try {
        w = w.with(component, points);
      } catch (InvalidInputException invalid) {
        throw new UsageError(spec, "error.barometerWeight", invalid.message(root.locale()));
      }
    }
    return w;
  }

  private MaturityComponent component(String name) {
    for (MaturityComponent c : MaturityComponent.values()) {
      if (c.name().equalsIgnoreCase(name.strip())) {
        return c;
      }
    }
    StringBuilder names = new StringBuilder();
    for (MaturityComponent c : MaturityComponent.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(c.name());
    }
    throw new UsageError(spec, "error.barometerComponent", Escape.terminal(name), names.toString());
  }

  private Barometer fromStore(Clock clock, BarometerWeights w) {
    if (input != null) {
      throw new UsageError(spec, "error.fileAndStore", Escape.terminal(input));
    }
    if (ledger != null) {
      throw new UsageError(spec, "error.barometerLedgerWithStore");
    }
    if (store.tenant != null && tenants != null) {
      throw new UsageError(spec, "error.barometerTenantAndTenants");
    }
    String name = StoreError.displayName(store.store);
    try (JdbcRegisterStore jdbc = JdbcRegisterStore.connectExisting(store.store, clock)) {
      if (store.tenant != null) {
        return jdbc.barometer(TenantId.of(store.tenant), w);
      }
      if (tenants != null) {
        List<TenantId> ids = new ArrayList<>();
        for (String t : tenants) {
          ids.add(TenantId.of(t.strip()));
        }
        return jdbc.barometer(ids, w);
      }
      return jdbc.barometerOfAll(w);
    } catch (GovernanceException e) {
      throw StoreError.in(name, e);
    }
  }

  private Barometer fromFile(Clock clock, BarometerWeights w) {
    if (store.tenant != null) {
      throw new UsageError(spec, "error.tenantWithoutStore");
    }
    if (tenants != null) {
      throw new UsageError(spec, "error.tenantsWithoutStore");
    }
    if (input == null) {
      throw new UsageError(spec, "error.barometerFileOrStore");
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
      return Barometer.of(register, null, clock, w);
    }
    LedgerSource source = LedgerSource.file(ledger);
    try (LedgerStore entries = source.open()) {
      Ledger replayed = source.replay(entries, register, clock);
      return Barometer.of(register, replayed, clock, w);
    }
  }
}
