package eu.civicai.governance.aiact;

import eu.civicai.governance.Labelled;

/** Whether a duty binds the authority on the day of the classification. */
public enum DutyStatus implements Labelled {
  /** It binds the authority on that day (or the classification was made without a date). */
  APPLIES("S'applique", "Applies"),
  /** It will bind the authority from its date, not yet. */
  NOT_YET_APPLICABLE("S'appliquera", "Applies later"),
  /** It binds the authority if open questions are answered one way: see the open questions. */
  DEPENDS_ON_ANSWERS("Selon les réponses", "Depends on answers");

  private final String labelFr;
  private final String labelEn;

  DutyStatus(String labelFr, String labelEn) {
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
