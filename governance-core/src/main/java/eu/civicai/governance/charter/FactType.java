package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/** The type of a fact of the vocabulary. */
public enum FactType implements Labelled {
  BOOLEAN("booléen", "boolean"),
  NUMBER("nombre", "number"),
  TEXT("texte", "text"),
  DATE("date", "date"),
  ENUM("énumération", "enumeration"),
  ENUM_SET("ensemble de valeurs", "set of values"),
  LIST("liste d'éléments", "list of elements");

  private final String labelFr;
  private final String labelEn;

  FactType(String labelFr, String labelEn) {
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
