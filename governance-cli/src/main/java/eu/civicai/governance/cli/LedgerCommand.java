package eu.civicai.governance.cli;

import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.json.JsonLinesLedgerStore;
import eu.civicai.governance.spi.LedgerStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Ledger commands. */
@Command(
    name = "ledger",
    mixinStandardHelpOptions = true,
    description = "Data-lifecycle ledger checks.",
    subcommands = {LedgerCommand.Verify.class, LedgerCommand.Deadlines.class})
final class LedgerCommand implements Runnable {
  @ParentCommand GovernanceCli root;
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageError(spec, "error.command");
  }

  /** Verifies the chain of a ledger file. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Verifies the chain; prints the first bad position and why.")
  static final class Verify implements Callable<Integer> {
    @ParentCommand LedgerCommand parent;

    @Parameters(
        paramLabel = "LEDGER_FILE",
        description =
            "The ledger file (JSON Lines); with --store, the name of a ledger of the store.")
    Path file;

    @picocli.CommandLine.Mixin StoreOption store = new StoreOption();

    @Option(
        names = "--checkpoint",
        paramLabel = "FILE",
        description =
            "A checkpoint document to verify against; with --store, the default is the latest"
                + " checkpoint the store holds for the ledger.")
    Path checkpoint;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Checkpoint expected =
          checkpoint == null ? null : JsonLinesLedgerStore.readCheckpoint(checkpoint, Inputs.JSON);
      if (store.given()) {
        return verifyStored(expected);
      }
      if (store.tenant != null) {
        throw new UsageError(spec, "error.tenantWithoutStore");
      }
      // Read-only: a missing or empty file is reported, never created (issue 16).
      try (JsonLinesLedgerStore store = LedgerFiles.openReadOnly(file);
          Stream<LedgerEntry> entries = store.entries()) {
        if (store.tornTail() != null) {
          spec.commandLine().getErr().println(file + ": torn last line " + store.tornTail().line());
        }
        LedgerVerification result = LedgerVerifier.verify(entries::iterator, expected);
        spec.commandLine().getOut().println(result.message(parent.root.locale()));
        return result.intact() ? GovernanceCli.OK : GovernanceCli.PROBLEMS;
      }
    }

    /**
     * The same verification over a ledger of a store, streamed: the stored canonical bytes are
     * hashed as they are, against the checkpoint given or else the latest the store holds.
     */
    private int verifyStored(Checkpoint expected) {
      try (StoreInput input = StoreInput.open(store, Inputs.clock(null))) {
        LedgerVerification result = input.verifyLedger(file.toString(), expected);
        spec.commandLine().getOut().println(result.message(parent.root.locale()));
        return result.intact() ? GovernanceCli.OK : GovernanceCli.PROBLEMS;
      }
    }
  }

  /** Lists overdue and upcoming retention deadlines. */
  @Command(
      name = "deadlines",
      mixinStandardHelpOptions = true,
      description = "Overdue and upcoming retention deadlines.")
  static final class Deadlines implements Callable<Integer> {
    @ParentCommand LedgerCommand parent;

    @Parameters(
        paramLabel = "LEDGER_FILE",
        description =
            "The ledger file (JSON Lines); with --store, the name of a ledger of the store.")
    Path file;

    @Option(
        names = "--register",
        paramLabel = "FILE",
        description = "The register holding the datasets (required without --store).")
    Path register;

    @picocli.CommandLine.Mixin StoreOption store = new StoreOption();

    @Option(
        names = "--within",
        defaultValue = "90",
        paramLabel = "DAYS",
        description = "Upcoming window in days (default: ${DEFAULT-VALUE}).")
    int within;

    @Option(
        names = "--at",
        paramLabel = "INSTANT",
        description = "Judge as of this instant (default now).")
    Instant at;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (within < 0) {
        throw new UsageError(spec, "error.negative", "--within", within);
      }
      Clock clock = Inputs.clock(at);
      if (!store.given() && register == null) {
        throw new UsageError(spec, "error.registerOrStore");
      }
      try (UsageSource datasets = ReadSources.usages(store, register, clock, spec)) {
        LedgerSource source = ReadSources.ledger(datasets, file);
        try (LedgerStore entries = source.open()) {
          return print(source.replay(entries, datasets.datasets(), clock), clock);
        }
      }
    }

    /**
     * One deadline: the dataset, what happens and when, as a date people read in the chosen
     * language (Paris time), then the exact instant for scripts.
     */
    private static String line(String key, RetentionStatus r, java.util.Locale locale) {
      String day =
          java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", locale)
              .format(r.dueAt().atZone(Inputs.ZONE));
      return CliText.get(
          locale,
          key,
          Escape.terminal(r.dataset()),
          r.rule().endAction().label(locale),
          day,
          r.dueAt());
    }

    private int print(Ledger ledger, Clock clock) {
      List<RetentionStatus> overdue = ledger.overdue(clock.instant());
      List<RetentionStatus> upcoming =
          ledger.deadlinesWithin(clock.instant(), Duration.ofDays(within));
      var out = spec.commandLine().getOut();
      java.util.Locale locale = parent.root.locale();
      overdue.forEach(r -> out.println(line("deadlines.overdue", r, locale)));
      upcoming.forEach(r -> out.println(line("deadlines.upcoming", r, locale)));
      if (overdue.isEmpty() && upcoming.isEmpty()) {
        out.println(CliText.get(locale, "deadlines.none", within));
      }
      return overdue.isEmpty() ? GovernanceCli.OK : GovernanceCli.PROBLEMS;
    }
  }
}
