package eu.civicai.governance.data;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.internal.Check;

/**
 * An event as the ledger holds it: its sequence number (from 1, without gaps), the event (with its
 * instant), the hash of the previous entry and its own hash. See {@link LedgerFormat} for how the
 * hash is computed.
 *
 * <p>An entry read from storage is not trusted: {@link LedgerVerifier} recomputes every hash.
 *
 * @param sequence the position, from 1
 * @param event the event, with its instant set
 * @param previousHash the previous entry's hash, or 64 zeros for the first entry (lower-case hex)
 * @param hash this entry's hash (lower-case hex SHA-256)
 */
public record LedgerEntry(long sequence, LifecycleEvent event, String previousHash, String hash) {

  /** Checks the shape of the fields (not the hashes' truth). */
  public LedgerEntry {
    if (sequence < 1) {
      throw new InvalidInputException("sequence", "min", sequence, 1);
    }
    Check.notNull("event", event);
    Check.notNull("event.at", event.at());
    ChainHasher.requireHash("previousHash", previousHash);
    ChainHasher.requireHash("hash", hash);
  }
}
