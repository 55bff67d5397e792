package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * How the usage relates to general-purpose AI under the EU AI Act (Art. 3(63), 3(66), Chapter V).
 * Chapter V duties belong to the provider of the model; an authority that only uses a model through
 * a system owes the duties that follow from its own use.
 */
public enum GeneralPurposeAi implements Labelled {
  /** No general-purpose AI model is involved. */
  NONE("Aucun modèle d'IA à usage général", "No general-purpose AI model"),
  /** The system is built on a general-purpose AI model provided by someone else. */
  BUILT_ON_MODEL(
      "Système fondé sur un modèle d'IA à usage général (art. 3, § 66)",
      "System built on a general-purpose AI model (Art. 3(66))"),
  /** The system itself serves a variety of purposes (a general-purpose AI system). */
  GENERAL_PURPOSE_SYSTEM(
      "Système d'IA à usage général (art. 3, § 66)", "General-purpose AI system (Art. 3(66))"),
  /** The authority itself places a general-purpose AI model on the market. */
  PROVIDES_MODEL(
      "L'autorité fournit un modèle d'IA à usage général (art. 3, § 63 ; chapitre V)",
      "The authority provides a general-purpose AI model (Art. 3(63); Chapter V)"),
  /** Asked, not known yet. */
  UNKNOWN("Inconnu", "Unknown");

  private final String labelFr;
  private final String labelEn;

  GeneralPurposeAi(String labelFr, String labelEn) {
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
