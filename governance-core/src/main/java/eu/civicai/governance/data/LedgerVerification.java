package eu.civicai.governance.data;

import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of verifying a ledger: intact, or the first bad position and why.
 *
 * @param intact whether every entry checked out (and the checkpoint, when one was given)
 * @param entriesChecked how many entries were read
 * @param firstBadSequence the sequence number where the ledger first differs from what it should be
 *     (for a truncation, the first missing one); 0 when intact
 * @param problem what was wrong; null when intact
 */
public record LedgerVerification(
    boolean intact, long entriesChecked, long firstBadSequence, Problem problem) {

  /** What verification found wrong. */
  public enum Problem {
    /** An entry's sequence number is not the next one: an entry was inserted, removed or moved. */
    SEQUENCE_MISMATCH,
    /** An entry does not name the previous entry's hash: the chain was cut or reordered. */
    PREVIOUS_HASH_MISMATCH,
    /** An entry's content does not match its hash: it was modified. */
    HASH_MISMATCH,
    /** The ledger has fewer entries than the checkpoint. */
    TRUNCATED,
    /** The entry at the checkpoint's position has another hash: the history was rewritten. */
    CHECKPOINT_MISMATCH,
    /** An entry could not be read at all. */
    UNREADABLE
  }

  static LedgerVerification ok(long checked) {
    return new LedgerVerification(true, checked, 0, null);
  }

  static LedgerVerification bad(long checked, long sequence, Problem problem) {
    return new LedgerVerification(false, checked, sequence, Objects.requireNonNull(problem));
  }

  /**
   * Returns a one-line explanation in the caller's language.
   *
   * @param locale French for {@code fr}, English otherwise
   * @return the explanation
   */
  public String message(Locale locale) {
    if (intact) {
      return Messages.format(locale, "ledger.intact", "ledger", List.of(entriesChecked));
    }
    return Messages.format(
        locale, "ledger.problem." + problem.name(), "ledger", List.of(firstBadSequence));
  }
}
