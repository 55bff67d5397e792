package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** Who takes part in a consultation or a training. */
public enum Stakeholder implements Labelled {
  AGENTS("Agents", "Agents (staff)"),
  CITIZENS("Citoyens et usagers", "Citizens and users"),
  ELECTED_OFFICIALS("Élus", "Elected officials"),
  STAFF_REPRESENTATIVES("Représentants du personnel", "Staff representatives"),
  EXPERTS("Experts", "Experts"),
  PARTNERS("Partenaires", "Partners");

  private final String labelFr;
  private final String labelEn;

  Stakeholder(String labelFr, String labelEn) {
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
