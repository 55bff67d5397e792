package eu.civicai.governance;

/** Where data and computation stay, for sovereignty and GDPR transfers. */
public enum HostingRegion implements Labelled {
  FRANCE("France", "France"),
  EU("Union européenne", "European Union"),
  OUTSIDE_EU("Hors Union européenne", "Outside the European Union");

  private final String labelFr;
  private final String labelEn;

  HostingRegion(String labelFr, String labelEn) {
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
