package eu.civicai.governance.assessment;

/** Whether a question's points add to the raw impact score or to the mitigation score. */
public enum QuestionKind {
  /** The points measure impact: they add to the raw impact score. */
  IMPACT,
  /** The points measure mitigation: they add to the mitigation score. */
  MITIGATION
}
