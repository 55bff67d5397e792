package eu.civicai.governance.tender;

import eu.civicai.governance.Labelled;

/** Where a clause goes in the consultation file of a French call for tenders. */
public enum ClauseSection implements Labelled {
  /** A requirement of the technical specification (cahier des clauses techniques particulières). */
  CCTP("Exigences du CCTP", "Technical specification (CCTP) requirements"),
  /** An award criterion of the consultation rules (règlement de la consultation), with a weight. */
  RC("Critères d'attribution du RC", "Award criteria of the consultation rules (RC)"),
  /** A document each bidder must supply. */
  DOCUMENT("Pièces à fournir par chaque candidat", "Documents each bidder must supply");

  private final String labelFr;
  private final String labelEn;

  ClauseSection(String labelFr, String labelEn) {
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
