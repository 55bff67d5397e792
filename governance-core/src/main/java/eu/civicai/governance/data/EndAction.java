package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** What happens to data when its retention period ends. */
public enum EndAction implements Labelled {
  DELETE("Suppression", "Deletion"),
  ANONYMISE("Anonymisation", "Anonymisation"),
  ARCHIVE("Archivage", "Archiving");

  private final String labelFr;
  private final String labelEn;

  EndAction(String labelFr, String labelEn) {
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
