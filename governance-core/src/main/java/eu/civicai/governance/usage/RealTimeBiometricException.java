package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The objective, among those of Art. 5(1)(h)(i) to (iii) of the EU AI Act, for which real-time
 * remote biometric identification in publicly accessible spaces for law enforcement is strictly
 * necessary; {@link #NONE} when it serves none, which makes it a prohibited practice.
 */
public enum RealTimeBiometricException implements Labelled {
  /** None of the objectives: prohibited. */
  NONE(
      "Aucun des objectifs de l'art. 5, § 1, point h)",
      "None of the objectives of Art. 5(1)(h)",
      null),
  TARGETED_VICTIM_SEARCH(
      "Recherche ciblée de victimes ou de personnes disparues (art. 5, § 1, point h) i))",
      "Targeted search for victims or missing persons (Art. 5(1)(h)(i))",
      "Art. 5(1)(h)(i)"),
  IMMINENT_THREAT(
      "Prévention d'une menace imminente pour la vie ou d'une attaque terroriste (art. 5, § 1, point h) ii))",
      "Prevention of an imminent threat to life or of a terrorist attack (Art. 5(1)(h)(ii))",
      "Art. 5(1)(h)(ii)"),
  SUSPECT_LOCALISATION(
      "Localisation ou identification d'un suspect d'une infraction de l'annexe II (art. 5, § 1, point h) iii))",
      "Localisation or identification of a suspect of an Annex II offence (Art. 5(1)(h)(iii))",
      "Art. 5(1)(h)(iii)"),
  /** Asked, not known yet. */
  UNKNOWN("Inconnu", "Unknown", null);

  private final String labelFr;
  private final String labelEn;
  private final String article;

  RealTimeBiometricException(String labelFr, String labelEn, String article) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.article = article;
  }

  /** Returns the point of Art. 5(1)(h) invoked, or null for NONE and UNKNOWN. */
  public @Nullable String article() {
    return article;
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
