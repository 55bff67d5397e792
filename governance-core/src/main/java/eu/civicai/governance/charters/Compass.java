package eu.civicai.governance.charters;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Labelled;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.PrincipleScore;
import eu.civicai.governance.internal.Check;

/**
 * The recommendation of the compass: proceed when every axis scores at least 67%, proceed with
 * conditions when every axis scores at least 34%, reconsider otherwise.
 */
public enum Compass implements Labelled {
  PROCEED("Poursuivre", "Proceed"),
  PROCEED_WITH_CONDITIONS("Poursuivre sous conditions", "Proceed with conditions"),
  RECONSIDER("Reconsidérer", "Reconsider");

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
    return lowest >= 67 ? PROCEED : lowest >= 34 ? PROCEED_WITH_CONDITIONS : RECONSIDER;
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
