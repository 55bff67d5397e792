package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** A family of AI techniques a system uses. */
public enum AiTechnique implements Labelled {
  MACHINE_LEARNING("Apprentissage automatique", "Machine learning"),
  NATURAL_LANGUAGE_PROCESSING("Traitement automatique du langage", "Natural language processing"),
  GENERATIVE_AI("IA générative", "Generative AI"),
  COMPUTER_VISION("Vision par ordinateur", "Computer vision"),
  NEURAL_NETWORKS("Réseaux de neurones", "Neural networks"),
  FORECASTING("Prévision de séries temporelles", "Time-series forecasting"),
  OPTIMISATION("Optimisation", "Optimisation"),
  ANOMALY_DETECTION("Détection d'anomalies", "Anomaly detection"),
  RULE_BASED("Système à base de règles", "Rule-based system"),
  SIMULATION("Simulation et jumeau numérique", "Simulation and digital twin");

  private final String labelFr;
  private final String labelEn;

  AiTechnique(String labelFr, String labelEn) {
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
