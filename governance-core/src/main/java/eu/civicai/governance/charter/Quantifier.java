package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/** How a condition applies over the elements of a list fact. */
public enum Quantifier implements Labelled {
  /** Every element satisfies it (true for an empty list). */
  ALL("tous", "all"),
  /** At least one element satisfies it (false for an empty list). */
  ANY("au moins un", "any"),
  /** No element satisfies it (true for an empty list). */
  NONE("aucun", "none");

  private final String labelFr;
  private final String labelEn;

  Quantifier(String labelFr, String labelEn) {
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
