package eu.civicai.governance.aiact;

import eu.civicai.governance.Labelled;

/**
 * The risk tier of an AI usage under the EU AI Act, as it applies to the authority in its role (a
 * deployer of a system whose provider owes the Art. 50(1) disclosure has no transparency duty of
 * its own).
 */
public enum AiActTier implements Labelled {
  PROHIBITED("Pratique interdite (art. 5)", "Prohibited practice (Art. 5)"),
  HIGH_RISK("Haut risque (art. 6 et annexe III)", "High-risk (Art. 6 and Annex III)"),
  TRANSPARENCY("Obligations de transparence (art. 50)", "Transparency obligations (Art. 50)"),
  MINIMAL("Risque minimal", "Minimal risk"),
  /** Not an AI system (Art. 3(1)) or excluded by Art. 2: no AI Act duty. */
  OUT_OF_SCOPE(
      "Hors du champ du règlement IA (art. 2 ou art. 3, § 1)",
      "Outside the AI Act (Art. 2 or Art. 3(1))"),
  /** The record lacks answers the classification needs; see the open questions. */
  UNDETERMINED("Indéterminé", "Undetermined");

  private final String labelFr;
  private final String labelEn;

  AiActTier(String labelFr, String labelEn) {
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
