package eu.civicai.governance.spi;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.LedgerVerifier;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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
   * Verifies one of the tenant's ledgers from its first entry, streaming, as {@link
   * LedgerVerifier#verify(Iterable, Checkpoint)} does over its entries. The default reads {@link
   * #ledger}'s entries; a store that keeps each entry's canonical bytes hashes them as stored
   * ({@link LedgerVerifier#encodedChain}), with the same outcome.
   *
   * @param tenant the tenant
   * @param name the ledger's name
   * @param checkpoint what an auditor kept, or one of {@link #checkpoints}; null checks the chain
   *     only
   * @return the outcome, naming the first bad sequence number
   * @throws eu.civicai.governance.GovernanceException when the store cannot be read (an entry that
   *     cannot be decoded is an {@code UNREADABLE} outcome, not an exception)
   */
  default LedgerVerification verify(TenantId tenant, String name, @Nullable Checkpoint checkpoint) {
    try (LedgerStore store = ledger(tenant, name);
        Stream<LedgerEntry> entries = store.entries()) {
      return LedgerVerifier.verify(entries::iterator, checkpoint);
    }
  }

  /**
   * Returns the latest checkpoint saved for one of the tenant's ledgers, if any.
   *
   * @param tenant the tenant
   * @param name the ledger's name
   * @return the checkpoint saved last, or empty when none was
   */
  default Optional<StoredCheckpoint> latestCheckpoint(TenantId tenant, String name) {
    List<StoredCheckpoint> all = checkpoints(tenant, name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

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
