package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * An answer to a yes-or-no question the EU AI Act asks of a usage. {@link #UNKNOWN} says that the
 * question was asked and nobody knows yet; a field left null was not asked. Both leave the
 * classification open on that point.
 */
public enum Answer implements Labelled {
  YES("Oui", "Yes"),
  NO("Non", "No"),
  /** Asked, not known yet. */
  UNKNOWN("Inconnu", "Unknown");

  private final String labelFr;
  private final String labelEn;

  Answer(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /**
   * Returns the answer as a three-valued truth: true for YES, false for NO, null for UNKNOWN or for
   * a null answer.
   *
   * @param answer the answer
   * @return true, false or null
   */
  public static @Nullable Boolean truth(@Nullable Answer answer) {
    return answer == YES ? Boolean.TRUE : answer == NO ? Boolean.FALSE : null;
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
