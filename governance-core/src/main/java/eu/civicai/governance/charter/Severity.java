package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/** How much an unmet criterion weighs. */
public enum Severity implements Labelled {
  /** Worth knowing; never blocks. */
  INFO("Information", "Information"),
  /** A gap to close when convenient. */
  MINOR("Mineur", "Minor"),
  /** A gap to close before the next review. */
  MAJOR("Majeur", "Major"),
  /** The usage should not proceed while it is unmet. */
  BLOCKING("Bloquant", "Blocking");

  private final String labelFr;
  private final String labelEn;

  Severity(String labelFr, String labelEn) {
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
