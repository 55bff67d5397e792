package eu.civicai.governance.charter;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.internal.Check;
import java.time.Instant;
import java.util.List;

/**
 * The evaluation of one usage against one charter: what was evaluated (ids, revision, content
 * hash), when, by which library version, in which language; one finding per criterion; scores per
 * principle and overall; a verdict. The same inputs give an equal report.
 *
 * @param charterId the charter
 * @param charterVersion its version
 * @param charterTitle its title in the report's language
 * @param usage the usage evaluated
 * @param revision its revision
 * @param contentHash the SHA-256 of the usage and its resolved datasets
 * @param evaluatedAt the evaluation instant
 * @param libraryVersion the version of the library that evaluated
 * @param language the report's language ({@code fr} or {@code en})
 * @param findings one per criterion, in charter order
 * @param principles the score of each principle, in charter order
 * @param verdict the overall verdict (see {@link Charter} for the rule)
 */
public record EvaluationReport(
    String charterId,
    String charterVersion,
    String charterTitle,
    UsageId usage,
    int revision,
    ContentHash contentHash,
    Instant evaluatedAt,
    String libraryVersion,
    String language,
    List<Finding> findings,
    List<PrincipleScore> principles,
    Verdict verdict) {

  /** Checks and copies. */
  public EvaluationReport {
    Check.notBlank("charterId", charterId);
    Check.notNull("usage", usage);
    Check.notNull("contentHash", contentHash);
    Check.notNull("evaluatedAt", evaluatedAt);
    Check.notNull("verdict", verdict);
    findings = Check.listOrEmpty("findings", findings);
    principles = Check.listOrEmpty("principles", principles);
  }

  /** Returns the percentage of applicable criteria satisfied over the whole charter. */
  public int score() {
    int satisfied = 0;
    int applicable = 0;
    for (PrincipleScore p : principles) {
      satisfied += p.satisfied();
      applicable += p.satisfied() + p.notSatisfied() + p.unknown();
    }
    return applicable == 0 ? 100 : satisfied * 100 / applicable;
  }

  /**
   * Returns the percentage of applicable major criteria satisfied, rounded down; 100 when none
   * apply. With {@link #score()} and the charter's minimum score, it decides the verdict (see
   * {@link Charter}).
   */
  public int majorScore() {
    int satisfied = 0;
    int applicable = 0;
    for (Finding f : findings) {
      if (f.severity() == Severity.MAJOR) {
        switch (f.outcome()) {
          case SATISFIED -> {
            satisfied++;
            applicable++;
          }
          case NOT_SATISFIED, UNKNOWN -> applicable++;
          default -> {}
        }
      }
    }
    return applicable == 0 ? 100 : satisfied * 100 / applicable;
  }

  /** Returns the findings with a given outcome. */
  public List<Finding> findings(Outcome outcome) {
    Check.notNull("outcome", outcome);
    return findings.stream().filter(f -> f.outcome() == outcome).toList();
  }

  /** Returns the blocking findings not satisfied. */
  public List<Finding> blocking() {
    return findings.stream()
        .filter(f -> f.severity() == Severity.BLOCKING && f.outcome() == Outcome.NOT_SATISFIED)
        .toList();
  }
}
