package eu.civicai.governance.examples;

import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.spi.TenantId;
import eu.civicai.governance.store.JdbcRegisterStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Writes the whole portfolio into one SQLite file an auditor can open with any SQLite tool: the
 * usages and datasets, every evaluation, the ledger and its checkpoint (see {@code
 * docs/store-schema.md}). The portfolio is one register with one ledger and checkpoint across six
 * authorities, so it is stored as one tenant, under the SIREN of its first case (Sicoval), which
 * keeps the chain and checkpoint whole; a SaaS stores each collectivité (or each group) under its
 * own SIREN instead.
 */
public final class PortfolioDatabase {
  /** The tenant the portfolio is stored under. */
  public static final TenantId TENANT = TenantId.of("243100633");

  private PortfolioDatabase() {}

  /**
   * Writes the file anew.
   *
   * @param file the SQLite file, replaced when present
   * @param register the register
   * @param portfolio its evaluation
   * @param ledger its ledger
   * @param checkpoint the ledger's checkpoint
   * @param clock the clock of the revisions
   */
  public static void write(
      Path file,
      Register register,
      PortfolioReport portfolio,
      Ledger ledger,
      Checkpoint checkpoint,
      Clock clock) {
    try {
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JdbcRegisterStore store = JdbcRegisterStore.sqlite(file, clock)) {
      store.importBatch(TENANT, register.datasets(), register.usages(), "portfolio");
      // The authorities' strategies (issue 21), for the committee's SQL and the barometer.
      register.strategies().forEach(s -> store.strategies().put(TENANT, s, "portfolio"));
      for (PortfolioReport.UsageEvaluation u : portfolio.usages()) {
        for (EvaluationReport r : u.reports()) {
          store.evaluations().record(TENANT, r);
        }
      }
      store.ledgers().appendAll(TENANT, "main", ledger.entries());
      store.ledgers().saveCheckpoint(TENANT, "main", checkpoint);
    }
  }
}
