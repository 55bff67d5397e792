package eu.civicai.governance.strategy;

import eu.civicai.governance.Labelled;

/** Where a roadmap milestone stands. */
public enum MilestoneStatus implements Labelled {
  PLANNED("Prévu", "Planned"),
  IN_PROGRESS("En cours", "In progress"),
  DONE("Atteint", "Done"),
  DELAYED("En retard", "Delayed"),
  CANCELLED("Abandonné", "Cancelled");

  private final String labelFr;
  private final String labelEn;

  MilestoneStatus(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
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
