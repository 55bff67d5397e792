package eu.civicai.governance.strategy;

import eu.civicai.governance.Labelled;

/** Who an acculturation session is for. */
public enum SessionAudience implements Labelled {
  AGENTS("Agents", "Agents (staff)"),
  ELECTED_OFFICIALS("Élus", "Elected officials"),
  RESIDENTS("Habitants", "Residents");

  private final String labelFr;
  private final String labelEn;

  SessionAudience(String labelFr, String labelEn) {
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
