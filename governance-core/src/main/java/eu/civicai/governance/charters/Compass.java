package eu.civicai.governance.charters;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Labelled;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.PrincipleScore;
import eu.civicai.governance.internal.Check;

/**
 * The recommendation of the compass: proceed when every axis scores at least 67%, proceed with
 * conditions when every axis scores at least 34%, reconsider otherwise; but complete the record
 * first when an axis scores below 34% only because information is missing (its unknown criteria,
 * were they satisfied, would lift it to 34% or more). An unknown is not a failure (issue 20): a
 * record at its first committee, lacking whole parts, is not a usage to reconsider.
 */
public enum Compass implements Labelled {
  PROCEED("Poursuivre", "Proceed"),
  PROCEED_WITH_CONDITIONS("Poursuivre sous conditions", "Proceed with conditions"),
  RECONSIDER("Reconsidérer", "Reconsider"),
  /** An axis is below 34% because of unknown criteria only: the record must be completed first. */
  COMPLETE_FIRST("À compléter", "Complete first");

  private final String labelFr;
  private final String labelEn;

  Compass(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /**
   * Returns the recommendation from a report of the compass charter.
   *
   * @param report a report of {@code civicai.compass}
   * @return the recommendation
   * @throws InvalidInputException when the report is of another charter
   */
  public static Compass recommend(EvaluationReport report) {
    Check.notNull("report", report);
    if (!CompassCharter.ID.equals(report.charterId())) {
      throw new InvalidInputException("report.charterId", "compass.charter", report.charterId());
    }
    int lowest = report.principles().stream().mapToInt(PrincipleScore::score).min().orElse(100);
    Compass known = of(lowest);
    if (known != RECONSIDER) {
      return known;
    }
    // The best each axis could score once its unknown criteria are answered.
    int lowestOnceKnown =
        report.principles().stream().mapToInt(Compass::scoreIfUnknownsHeld).min().orElse(100);
    return of(lowestOnceKnown) == RECONSIDER ? RECONSIDER : COMPLETE_FIRST;
  }

  private static Compass of(int lowest) {
    return lowest >= 67 ? PROCEED : lowest >= 34 ? PROCEED_WITH_CONDITIONS : RECONSIDER;
  }

  private static int scoreIfUnknownsHeld(PrincipleScore p) {
    int applicable = p.satisfied() + p.notSatisfied() + p.unknown();
    return applicable == 0 ? 100 : (p.satisfied() + p.unknown()) * 100 / applicable;
  }

  @Override
  public String labelFr() {
    return labelFr;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
