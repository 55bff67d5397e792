package eu.civicai.governance.data;

import eu.civicai.governance.InvalidInputException;

/**
 * What an auditor keeps of a ledger: how many entries it had and the hash of the last one.
 * Verifying the ledger against a checkpoint later detects any change, reordering, insertion,
 * deletion or truncation of the entries up to it.
 *
 * @param count the number of entries, not negative
 * @param headHash the hash of the last entry, or 64 zeros for an empty ledger (lower-case hex)
 */
public record Checkpoint(long count, String headHash) {

  /** Checks the fields. */
  public Checkpoint {
    if (count < 0) {
      throw new InvalidInputException("count", "notNegative", count);
    }
    ChainHasher.requireHash("headHash", headHash);
  }
}
