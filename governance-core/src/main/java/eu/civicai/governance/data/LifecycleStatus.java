package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** Where a dataset stands in its lifecycle, from its ledger events. */
public enum LifecycleStatus implements Labelled {
  NOT_STARTED("Pas encore collecté", "Not yet collected"),
  ACTIVE("Actif", "Active"),
  ARCHIVED("Archivé", "Archived"),
  ANONYMISED("Anonymisé", "Anonymised"),
  DELETED("Supprimé", "Deleted");

  private final String labelFr;
  private final String labelEn;

  LifecycleStatus(String labelFr, String labelEn) {
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
