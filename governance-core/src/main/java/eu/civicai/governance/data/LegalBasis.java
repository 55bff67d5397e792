package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** The lawful basis of processing under GDPR Art. 6(1). */
public enum LegalBasis implements Labelled {
  CONSENT("Consentement (a)", "Consent (a)"),
  CONTRACT("Contrat (b)", "Contract (b)"),
  LEGAL_OBLIGATION("Obligation légale (c)", "Legal obligation (c)"),
  VITAL_INTERESTS("Intérêts vitaux (d)", "Vital interests (d)"),
  PUBLIC_TASK("Mission d'intérêt public (e)", "Public task (e)"),
  /** Not available to public authorities for the performance of their tasks. */
  LEGITIMATE_INTERESTS("Intérêts légitimes (f)", "Legitimate interests (f)");

  private final String labelFr;
  private final String labelEn;

  LegalBasis(String labelFr, String labelEn) {
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
