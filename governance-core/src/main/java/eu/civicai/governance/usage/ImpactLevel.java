package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * The impact level an impact questionnaire gives, in the manner of Canada's Algorithmic Impact
 * Assessment (canada-ca/aia-eia-js, {@code src/store.ts}): the score, as a share of the maximum raw
 * impact score, at most 25 % gives level I, at most 50 % level II, at most 75 % level III, above
 * level IV.
 */
public enum ImpactLevel implements Labelled {
  /** Little to no impact. */
  I(1, "Niveau I — impact faible ou nul", "Level I — little to no impact"),
  /** Moderate impact. */
  II(2, "Niveau II — impact modéré", "Level II — moderate impact"),
  /** High impact. */
  III(3, "Niveau III — impact élevé", "Level III — high impact"),
  /** Very high impact. */
  IV(4, "Niveau IV — impact très élevé", "Level IV — very high impact");

  private final int number;
  private final String labelFr;
  private final String labelEn;

  ImpactLevel(int number, String labelFr, String labelEn) {
    this.number = number;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns the level as a number, 1 to 4. */
  public int number() {
    return number;
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
