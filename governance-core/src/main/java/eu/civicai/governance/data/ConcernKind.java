package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** What the ledger recorded that may be a violation, for the charters to judge. */
public enum ConcernKind implements Labelled {
  /** A use for a purpose the dataset did not declare. */
  UNDECLARED_PURPOSE("Finalité non déclarée", "Undeclared purpose"),
  /** Personal data shared with a recipient outside the EU without a declared transfer safeguard. */
  PERSONAL_DATA_OUTSIDE_EU("Données personnelles hors UE", "Personal data outside the EU"),
  /** A use after the retention period ended. */
  USE_AFTER_RETENTION("Utilisation après échéance", "Use after retention"),
  /** A breach was detected. */
  BREACH("Violation de données", "Data breach");

  private final String labelFr;
  private final String labelEn;

  ConcernKind(String labelFr, String labelEn) {
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
