package eu.civicai.governance.barometer;

import eu.civicai.governance.Labelled;

/**
 * One component of an authority's maturity score, with its weight in points (the weights add up to
 * 100). See {@code docs/barometer.md} for the value each component takes and why it weighs what it
 * weighs.
 */
public enum MaturityComponent implements Labelled {
  /**
   * Usages documented, and how completely: the share of the {@link DocumentedPart}s filled in over
   * the authority's usages. Unknown when the register holds no usage of the authority.
   */
  USAGES_DOCUMENTED(25, "Usages documentés", "Usages documented"),
  /** An ethics charter for AI adopted. Unknown without a recorded strategy. */
  CHARTER_ADOPTED(15, "Charte éthique adoptée", "Ethics charter adopted"),
  /**
   * A watch committee met with an elected official in the six months up to the barometer's date.
   * Unknown without a recorded committee.
   */
  COMMITTEE_ACTIVE(15, "Comité de veille actif", "Watch committee active"),
  /** A roadmap with at least one indicator that has a target. Unknown without a roadmap. */
  ROADMAP_INDICATORS(15, "Feuille de route avec indicateurs", "Roadmap with indicators"),
  /**
   * The share of agents using AI who were trained (AI Act Art. 4). Unknown when the counts are not
   * recorded or no agent uses AI.
   */
  AGENTS_TRAINED(20, "Agents formés", "Agents trained"),
  /**
   * The data-lifecycle ledger records the use of data by at least one of the authority's usages.
   * Unknown when no ledger is given, the ledger is empty, or the authority has no usage.
   */
  LEDGER_KEPT(10, "Journal du cycle de vie des données tenu", "Data-lifecycle ledger kept");

  private final int weight;
  private final String labelFr;
  private final String labelEn;

  MaturityComponent(int weight, String labelFr, String labelEn) {
    this.weight = weight;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns the weight of this component, in points out of 100. */
  public int weight() {
    return weight;
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
