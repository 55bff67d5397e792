package eu.civicai.governance.data;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of verifying a ledger: intact, or the first bad position and why.
 *
 * @param intact whether every entry checked out (and the checkpoint, when one was given)
 * @param entriesChecked how many entries were read
 * @param firstBadSequence the sequence number where the ledger first differs from what it should be
 *     (for a truncation, the first missing one); 0 when intact
 * @param problem what was wrong; null when intact
 * @param reason why the entry could not be read, for {@link Problem#UNREADABLE} (never null then);
 *     null for every other outcome
 */
public record LedgerVerification(
    boolean intact,
    long entriesChecked,
    long firstBadSequence,
    @Nullable Problem problem,
    @Nullable Reason reason) {

  /**
   * Checks that an unreadable entry says why; the reason of any other outcome is dropped.
   *
   * @throws eu.civicai.governance.InvalidInputException when the outcome is {@link
   *     Problem#UNREADABLE} without a reason
   */
  public LedgerVerification {
    if (problem == Problem.UNREADABLE) {
      Check.notNull("reason", reason);
    } else {
      reason = null;
    }
  }

  /**
   * An outcome without a reason: for {@link Problem#UNREADABLE}, the reason says that the store
   * gave no entry at that position.
   */
  public LedgerVerification(
      boolean intact, long entriesChecked, long firstBadSequence, Problem problem) {
    this(
        intact,
        entriesChecked,
        firstBadSequence,
        problem,
        problem == Problem.UNREADABLE ? Reason.MISSING : null);
  }

  /**
   * Why an entry could not be read, in both languages: the rule the reader found broken, the place
   * it names (a JSON Pointer such as {@code /5}, line 5 of a ledger file) and the message.
   *
   * @param rule the stable key of the rule, such as {@code json.ledger.carriageReturn}
   * @param field the place, or {@code ""}
   * @param english the message in English
   * @param french the message in French
   */
  public record Reason(String rule, String field, String english, String french) {
    static final Reason MISSING =
        new Reason(
            "ledger.reason.missing",
            "",
            Messages.format(Locale.ENGLISH, "ledger.reason.missing", "", List.of()),
            Messages.format(Locale.FRENCH, "ledger.reason.missing", "", List.of()));

    /** Checks that nothing is null. */
    public Reason {
      Check.notNull("rule", rule);
      Check.notNull("field", field);
      Check.notNull("english", english);
      Check.notNull("french", french);
    }

    /**
     * Returns the reason an exception of the library gives.
     *
     * @param e what reading the entry threw
     * @return its rule, field and messages
     */
    public static Reason of(GovernanceException e) {
      Check.notNull("e", e);
      return new Reason(e.rule(), e.field(), e.message(Locale.ENGLISH), e.message(Locale.FRENCH));
    }

    /** Returns the message in French for {@code fr}, English otherwise. */
    public String message(Locale locale) {
      return Messages.isFrench(Check.notNull("locale", locale)) ? french : english;
    }
  }

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
    /** An entry could not be read at all; {@link #reason()} says why. */
    UNREADABLE
  }

  static LedgerVerification ok(long checked) {
    return new LedgerVerification(true, checked, 0, null);
  }

  static LedgerVerification bad(long checked, long sequence, Problem problem) {
    return new LedgerVerification(false, checked, sequence, Objects.requireNonNull(problem));
  }

  static LedgerVerification unreadable(long checked, long sequence, Reason reason) {
    return new LedgerVerification(false, checked, sequence, Problem.UNREADABLE, reason);
  }

  /**
   * Returns a one-line explanation in the caller's language; for an unreadable entry, with its
   * reason.
   *
   * @param locale French for {@code fr}, English otherwise
   * @return the explanation
   */
  public String message(Locale locale) {
    if (intact) {
      return Messages.format(locale, "ledger.intact", "ledger", List.of(entriesChecked));
    }
    if (reason != null) {
      return Messages.format(
          locale,
          "ledger.problem.UNREADABLE.reason",
          "ledger",
          List.of(firstBadSequence, reason.message(locale)));
    }
    return Messages.format(
        locale, "ledger.problem." + problem.name(), "ledger", List.of(firstBadSequence));
  }
}
