package eu.civicai.governance.data;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.data.LedgerVerification.Problem;
import eu.civicai.governance.internal.ByteSink;
import java.util.Iterator;

/**
 * Verifies a sequence of ledger entries, read from any store or file, by recomputing every hash.
 * Stateless and thread-safe; reads each entry once, so memory stays flat for long ledgers.
 */
public final class LedgerVerifier {
  private LedgerVerifier() {}

  /**
   * Verifies the chain of the entries, without a checkpoint: detects modified, inserted, removed
   * and reordered entries, but not a truncation or a whole rewritten history.
   *
   * @param entries the entries in stored order
   * @return the outcome
   */
  public static LedgerVerification verify(Iterable<LedgerEntry> entries) {
    return verify(entries, null);
  }

  /**
   * Verifies the chain of the entries and that they extend {@code checkpoint}: the entry at the
   * checkpoint's count must have its head hash.
   *
   * @param entries the entries in stored order
   * @param checkpoint what an auditor kept; may be null to check the chain only
   * @return the outcome, naming the first bad sequence number
   */
  public static LedgerVerification verify(Iterable<LedgerEntry> entries, Checkpoint checkpoint) {
    String previous = LedgerFormat.GENESIS_HASH;
    byte[] previousRaw = ChainHasher.GENESIS;
    ChainHasher hasher = ChainHasher.get();
    long expected = 1;
    Iterator<LedgerEntry> it = entries.iterator();
    while (true) {
      LedgerEntry entry;
      try {
        if (!it.hasNext()) {
          break;
        }
        entry = it.next();
      } catch (GovernanceException unreadable) {
        return LedgerVerification.bad(expected - 1, expected, Problem.UNREADABLE);
      }
      long checked = expected;
      if (entry.sequence() != expected) {
        return LedgerVerification.bad(checked, expected, Problem.SEQUENCE_MISMATCH);
      }
      if (!entry.previousHash().equals(previous)) {
        return LedgerVerification.bad(checked, expected, Problem.PREVIOUS_HASH_MISMATCH);
      }
      byte[] recomputed = hasher.hash(previousRaw, entry.sequence(), entry.event());
      if (!ByteSink.isHexOf(recomputed, entry.hash())) {
        return LedgerVerification.bad(checked, expected, Problem.HASH_MISMATCH);
      }
      if (checkpoint != null
          && entry.sequence() == checkpoint.count()
          && !entry.hash().equals(checkpoint.headHash())) {
        return LedgerVerification.bad(checked, expected, Problem.CHECKPOINT_MISMATCH);
      }
      previous = entry.hash();
      previousRaw = recomputed;
      expected++;
    }
    long count = expected - 1;
    if (checkpoint != null && count < checkpoint.count()) {
      return LedgerVerification.bad(count, count + 1, Problem.TRUNCATED);
    }
    if (checkpoint != null
        && checkpoint.count() == 0
        && !checkpoint.headHash().equals(LedgerFormat.GENESIS_HASH)) {
      return LedgerVerification.bad(count, 1, Problem.CHECKPOINT_MISMATCH);
    }
    return LedgerVerification.ok(count);
  }
}
