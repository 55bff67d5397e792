package eu.civicai.governance.charter;

/**
 * The verdict rule of {@link Charter}, on counts gathered finding by finding: blocking criteria not
 * satisfied or unknown, and satisfied, not satisfied and unknown criteria overall and among the
 * major ones. A plain array of counts, filled in the evaluator's loop: no object per finding.
 */
final class VerdictRule {
  static final int BLOCKING_UNMET = 0;
  static final int BLOCKING_UNKNOWN = 1;
  static final int SATISFIED = 2;
  static final int UNMET = 3;
  static final int UNKNOWN = 4;
  static final int MAJOR_SATISFIED = 5;
  static final int MAJOR_UNMET = 6;
  static final int MAJOR_UNKNOWN = 7;
  static final int TALLY = 8;

  private VerdictRule() {}

  /** Counts one finding; not applicable and waived ones count for nothing. */
  static void count(int[] tally, Severity severity, Outcome outcome) {
    int at =
        switch (outcome) {
          case SATISFIED -> SATISFIED;
          case NOT_SATISFIED -> UNMET;
          case UNKNOWN -> UNKNOWN;
          case NOT_APPLICABLE, WAIVED -> -1;
        };
    if (at < 0) {
      return;
    }
    tally[at]++;
    if (severity == Severity.MAJOR) {
      tally[at + MAJOR_SATISFIED - SATISFIED]++;
    } else if (severity == Severity.BLOCKING && at != SATISFIED) {
      tally[at == UNMET ? BLOCKING_UNMET : BLOCKING_UNKNOWN]++;
    }
  }

  /**
   * Decides the verdict; see {@link Charter} for the rule.
   *
   * @param tally the counts, indexed by the constants of this class
   * @param minimum the charter's minimum score, in percent
   */
  static Verdict decide(int[] tally, int minimum) {
    if (tally[BLOCKING_UNMET] > 0) {
      return Verdict.NON_COMPLIANT;
    }
    int applicable = tally[SATISFIED] + tally[UNMET] + tally[UNKNOWN];
    int major = tally[MAJOR_SATISFIED] + tally[MAJOR_UNMET] + tally[MAJOR_UNKNOWN];
    // At best: every unknown criterion satisfied. Below the minimum even then: decided.
    if (below(minimum, tally[SATISFIED] + tally[UNKNOWN], applicable)
        || below(minimum, tally[MAJOR_SATISFIED] + tally[MAJOR_UNKNOWN], major)) {
      return Verdict.NON_COMPLIANT;
    }
    // At worst (the scores as reported: unknown counts as not satisfied). Below the minimum, or a
    // blocking criterion unknown: only the missing information decides.
    if (tally[BLOCKING_UNKNOWN] > 0
        || below(minimum, tally[SATISFIED], applicable)
        || below(minimum, tally[MAJOR_SATISFIED], major)) {
      return Verdict.INCOMPLETE;
    }
    return tally[UNMET] + tally[UNKNOWN] > 0
        ? Verdict.COMPLIANT_WITH_RESERVATIONS
        : Verdict.COMPLIANT;
  }

  /** Whether {@code satisfied} out of {@code total} is below {@code minimum} percent. */
  private static boolean below(int minimum, int satisfied, int total) {
    return total > 0 && 100L * satisfied < (long) minimum * total;
  }
}
