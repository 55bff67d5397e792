package eu.civicai.governance.cli;

import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.ImportResult;
import eu.civicai.governance.exchange.InterconnectesCsv;
import eu.civicai.governance.json.DocumentType;
import eu.civicai.governance.json.RegisterDocument;
import eu.civicai.governance.spi.Page;
import eu.civicai.governance.spi.PageRequest;
import eu.civicai.governance.spi.StoredUsage;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.spi.UsageFilter;
import eu.civicai.governance.store.JdbcRegisterStore;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

/**
 * The system of record from the command line: {@code store init}, {@code store import} (a register
 * document or an Interconnectés CSV) and {@code store export}, on a SQLite file or a PostgreSQL URL
 * given with {@code --store}.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Keeps registers in a database: init, import, export.",
    subcommands = {StoreCommand.Init.class, StoreCommand.Import.class, StoreCommand.Export.class})
final class StoreCommand implements Runnable {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--store",
      required = true,
      scope = ScopeType.INHERIT,
      descriptionKey = "storeCommand.store",
      paramLabel = "FILE_OR_URL",
      description =
          "A SQLite file (created by init and import when absent; export reads an existing one), or"
              + " a jdbc:postgresql:// URL with user and password.")
  String store;

  @Override
  public void run() {
    throw new UsageError(spec, "error.command");
  }

  JdbcRegisterStore open() {
    return JdbcRegisterStore.connect(store, Inputs.clock(null));
  }

  /**
   * Opens an existing store for reading, as the other read commands do: a missing SQLite file or an
   * older schema is refused (exit code 3) naming the store, and nothing is created or migrated.
   */
  JdbcRegisterStore openExisting() {
    try {
      return JdbcRegisterStore.connectExisting(store, Inputs.clock(null));
    } catch (eu.civicai.governance.GovernanceException e) {
      throw StoreError.in(StoreError.displayName(store), e);
    }
  }

  /** Creates or migrates the store's schema. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = "Creates the store, or migrates it to this version's schema.")
  static final class Init implements Callable<Integer> {
    @ParentCommand StoreCommand parent;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (JdbcRegisterStore s = parent.open()) {
        boolean french = parent.root.locale().getLanguage().equals("fr");
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                french
                    ? "Stockage %s prêt, schéma version %d%n"
                    : "%s store ready, schema version %d%n",
                s.database(),
                JdbcRegisterStore.SCHEMA_VERSION);
      }
      return GovernanceCli.OK;
    }
  }

  /** Imports a register document or an Interconnectés CSV for a tenant, in one transaction. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Imports a register document (.json) or an Interconnectés CSV (.csv) for a tenant, all or"
              + " nothing; exit 1 when a CSV row had a problem.")
  static final class Import implements Callable<Integer> {
    @ParentCommand StoreCommand parent;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--tenant", required = true, paramLabel = "SIREN", description = "The tenant.")
    String tenant;

    @Option(
        names = "--author",
        defaultValue = "import",
        paramLabel = "ROLE",
        description = "Who imports, recorded with each revision (default: ${DEFAULT-VALUE}).")
    String author;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
      TenantId id = TenantId.of(tenant);
      List<AiUsage> usages = new ArrayList<>();
      List<Dataset> datasets = new ArrayList<>();
      List<Strategy> strategies = new ArrayList<>();
      boolean problems = false;
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
          result = InterconnectesCsv.importCsv(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        for (Diagnostic d : result.diagnostics()) {
          spec.commandLine().getErr().println(file + ": " + d.message(parent.root.locale()));
        }
        usages.addAll(result.usages());
        problems = result.hasProblems();
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          Inputs.syntax(file)
              .readRegister(in, usages::add, revision -> {}, datasets::add, strategies::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      long stored;
      // Records handled so far on stderr (a bar on a terminal), then always a one-line summary.
      ProgressBar bar =
          new ProgressBar(
              spec.commandLine().getErr(),
              System.console() != null,
              datasets.size() + (long) usages.size(),
              parent.root.locale());
      try (JdbcRegisterStore s = parent.open()) {
        // The document's strategies (issue 21) in the same transaction as its usages and
        // datasets: all or nothing. Each is one revision of its authority's strategy.
        stored = s.importBatch(id, datasets, usages, strategies, author, bar::step);
      }
      bar.finish(
          "enregistrement importé",
          "enregistrements importés",
          "record imported",
          "records imported");
      spec.commandLine()
          .getOut()
          .println(
              CliText.get(
                  parent.root.locale(),
                  "store.imported",
                  usages.size(),
                  stored - usages.size() - strategies.size(),
                  strategies.size(),
                  id));
      return problems ? GovernanceCli.PROBLEMS : GovernanceCli.OK;
    }
  }

  /** Exports a tenant's register as a register document. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Writes a tenant's usages (latest revisions), datasets and strategies as a register"
              + " document.")
  static final class Export implements Callable<Integer> {
    @ParentCommand StoreCommand parent;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--tenant", required = true, paramLabel = "SIREN", description = "The tenant.")
    String tenant;

    @Option(
        names = "--out",
        paramLabel = "REGISTER_FILE",
        description =
            "Where to write the register document, a new file (default: stdout); an existing file"
                + " is refused (exit code 3).")
    Path out;

    @Override
    public Integer call() {
      if (out != null) {
        OutputFiles.refuseExisting(out); // before the work: nothing is overwritten
      }
      TenantId id = TenantId.of(tenant);
      List<AiUsage> usages = new ArrayList<>();
      List<Dataset> datasets;
      List<Strategy> strategies;
      // A read command: never creates the store (a mistyped name would give an empty register).
      try (JdbcRegisterStore s = parent.openExisting()) {
        ProgressBar bar =
            new ProgressBar(
                spec.commandLine().getErr(),
                System.console() != null,
                s.usages().count(id, UsageFilter.all()),
                parent.root.locale());
        PageRequest page = PageRequest.first(1000);
        while (true) {
          Page<StoredUsage> result = s.usages().query(id, UsageFilter.all(), page);
          for (StoredUsage u : result.items()) {
            usages.add(u.usage());
            bar.step();
          }
          if (result.next().isEmpty()) {
            break;
          }
          page = PageRequest.after(result.next().get(), 1000);
        }
        datasets = s.datasets().list(id);
        // The strategies too, as store import stored them: the exported register reads the same
        // in barometer and report as the file imported.
        strategies = s.strategies().list(id);
        bar.finish("usage exporté", "usages exportés", "usage exported", "usages exported");
      }
      String document =
          Inputs.JSON.write(
              DocumentType.REGISTER, new RegisterDocument(usages, datasets, List.of(), strategies));
      String summary =
          CliText.get(
              parent.root.locale(),
              "store.exported",
              usages.size(),
              datasets.size(),
              strategies.size(),
              id);
      if (out == null) {
        spec.commandLine().getOut().print(document);
      } else {
        // To a temporary sibling moved into place, never over an existing file (issue 16).
        try (OutputFiles files = new OutputFiles()) {
          files.create(out).write(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          files.commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      spec.commandLine().getErr().println(summary); // stdout holds the document alone
      return GovernanceCli.OK;
    }
  }
}
