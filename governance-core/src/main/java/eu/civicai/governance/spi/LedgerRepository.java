package eu.civicai.governance.spi;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.LedgerEntry;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ledgers of each tenant (append-only) and their checkpoints. A tenant may keep several
 * ledgers, each named by a slug ({@code main}, {@code dechets-2026}). Thread-safe.
 */
public interface LedgerRepository {
  /** The form of a ledger's name: a lower-case slug of 1 to 100 characters. */
  Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");

  /**
   * Returns the store of one of the tenant's ledgers, for {@link
   * eu.civicai.governance.data.Ledger#open}; a ledger that has no entry yet is empty.
   *
   * @param tenant the tenant
   * @param name the ledger's name, see {@link #NAME}
   * @return its store
   */
  LedgerStore ledger(TenantId tenant, String name);

  /**
   * Appends entries after the ledger's last one, in one transaction: all are stored or none.
   *
   * @param tenant the tenant
   * @param name the ledger's name
   * @param entries the entries, in order, the first numbered after the last stored
   * @throws eu.civicai.governance.ConflictException {@code ledger.sequence} when an entry's
   *     sequence does not follow; then nothing is stored
   */
  void appendAll(TenantId tenant, String name, List<LedgerEntry> entries);

  /** Saves a checkpoint of one of the tenant's ledgers. */
  StoredCheckpoint saveCheckpoint(TenantId tenant, String name, Checkpoint checkpoint);

  /** Returns the checkpoints of one of the tenant's ledgers, oldest first. */
  List<StoredCheckpoint> checkpoints(TenantId tenant, String name);

  /**
   * Checks a ledger's name.
   *
   * @param name the name
   * @return the name
   * @throws InvalidInputException {@code ledger.name} when it is not a slug
   */
  static String checkName(String name) {
    if (name == null) {
      throw new InvalidInputException("ledger", "notNull");
    }
    if (!NAME.matcher(name).matches()) {
      throw new InvalidInputException("ledger", "ledger.name", name);
    }
    return name;
  }
}
