package eu.civicai.governance.charter;

import eu.civicai.governance.Labelled;

/** A comparison operator of the condition language. */
public enum Operator implements Labelled {
  EQ("égal à", "equals"),
  NE("différent de", "differs from"),
  LT("inférieur à", "less than"),
  LE("inférieur ou égal à", "at most"),
  GT("supérieur à", "greater than"),
  GE("supérieur ou égal à", "at least"),
  IN("parmi", "one of"),
  NOT_IN("hors de", "none of"),
  /** For set facts: the set holds the value. */
  CONTAINS("contient", "contains");

  private final String labelFr;
  private final String labelEn;

  Operator(String labelFr, String labelEn) {
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
