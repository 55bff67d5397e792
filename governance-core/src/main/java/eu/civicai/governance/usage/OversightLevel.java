package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** How people oversee the system's output. */
public enum OversightLevel implements Labelled {
  /** A person validates each output before it takes effect. */
  HUMAN_IN_THE_LOOP("Humain dans la boucle", "Human in the loop"),
  /** People monitor outputs and can intervene. */
  HUMAN_ON_THE_LOOP("Humain supervisant", "Human on the loop"),
  /** People decide when and how the system is used, and can stop it. */
  HUMAN_IN_COMMAND("Humain aux commandes", "Human in command"),
  /** Outputs take effect without human oversight. */
  NONE("Aucune supervision", "No oversight");

  private final String labelFr;
  private final String labelEn;

  OversightLevel(String labelFr, String labelEn) {
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
