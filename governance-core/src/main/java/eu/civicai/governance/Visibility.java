package eu.civicai.governance;

/**
 * Whether a part of a record may be published (as in the Interconnectés library, whose fields are
 * public or restricted to the network's members).
 */
public enum Visibility implements Labelled {
  /** May be published as open data. */
  PUBLIC("public", "public"),
  /** Shared only with the authority's partners and auditors. */
  RESTRICTED("restreint", "restricted");

  private final String labelFr;
  private final String labelEn;

  Visibility(String labelFr, String labelEn) {
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
