package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * The conditions of Art. 6(3) of the EU AI Act under which an Annex III system is not high-risk
 * (never when it profiles natural persons).
 */
public enum Article6Exemption implements Labelled {
  NARROW_PROCEDURAL_TASK("Tâche procédurale étroite", "Narrow procedural task"),
  IMPROVES_COMPLETED_HUMAN_ACTIVITY(
      "Amélioration d'une activité humaine achevée", "Improves a completed human activity"),
  DETECTS_DECISION_PATTERNS(
      "Détection de schémas décisionnels sans remplacer l'évaluation humaine",
      "Detects decision patterns without replacing human assessment"),
  PREPARATORY_TASK("Tâche préparatoire", "Preparatory task");

  private final String labelFr;
  private final String labelEn;

  Article6Exemption(String labelFr, String labelEn) {
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
