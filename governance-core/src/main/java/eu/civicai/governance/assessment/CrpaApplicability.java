package eu.civicai.governance.assessment;

import eu.civicai.governance.Labelled;

/**
 * Whether CRPA L311-3-1 applies to a usage: an individual decision taken on the basis of an
 * algorithmic processing. Read from {@code decision.concernsIndividuals} and {@code
 * decision.outputRole}; an unanswered question leaves it {@link #UNKNOWN}, never assumed.
 */
public enum CrpaApplicability implements Labelled {
  /** Outputs bear on decisions about individuals, and the output is more than information. */
  APPLIES(
      "Décisions individuelles : mention et communication dues",
      "Individual decisions: mention and communication owed"),
  /** Outputs do not bear on decisions about individuals, or only inform. */
  DOES_NOT_APPLY(
      "Pas de décision individuelle fondée sur le traitement",
      "No individual decision based on the processing"),
  /** The record does not say whether outputs bear on decisions about individuals. */
  UNKNOWN(
      "Non déterminé : la fiche ne dit pas si des décisions individuelles en dépendent",
      "Undetermined: the record does not say whether individual decisions rest on it");

  private final String labelFr;
  private final String labelEn;

  CrpaApplicability(String labelFr, String labelEn) {
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
