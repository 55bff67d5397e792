package eu.civicai.governance;

/** Where a system runs. */
public enum HostingMode implements Labelled {
  ON_PREMISES("En interne de l'administration", "On the authority's premises"),
  THIRD_PARTY_CLOUD("Cloud chez un tiers", "Third-party cloud"),
  PUBLIC_SECTOR_CLOUD("Cloud d'un opérateur public", "Public-sector cloud"),
  SUPPLIER_SAAS("Service en ligne du fournisseur", "Supplier's online service");

  private final String labelFr;
  private final String labelEn;

  HostingMode(String labelFr, String labelEn) {
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
