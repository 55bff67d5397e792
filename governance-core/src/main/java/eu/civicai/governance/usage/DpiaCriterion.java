package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * The nine criteria the European data protection authorities use to tell whether a processing is
 * "likely to result in a high risk" and needs a data protection impact assessment (GDPR Art.
 * 35(1)): Article 29 Working Party, <em>Guidelines on Data Protection Impact Assessment</em>, WP248
 * rev.01 (4 October 2017, endorsed by the EDPB on 25 May 2018), section III.B.a. "In most cases, a
 * data controller can consider that a processing meeting two criteria would require a DPIA to be
 * carried out."
 */
public enum DpiaCriterion implements Labelled {
  /** 1. Evaluation or scoring, including profiling and predicting. */
  EVALUATION_OR_SCORING(
      "Évaluation ou notation, dont profilage et prédiction",
      "Evaluation or scoring, including profiling and predicting"),
  /** 2. Automated decision-making with legal or similar significant effect. */
  AUTOMATED_DECISION(
      "Décision automatisée produisant des effets juridiques ou similaires",
      "Automated decision-making with legal or similar significant effect"),
  /** 3. Systematic monitoring. */
  SYSTEMATIC_MONITORING("Surveillance systématique", "Systematic monitoring"),
  /** 4. Sensitive data or data of a highly personal nature. */
  SENSITIVE_DATA(
      "Données sensibles ou à caractère hautement personnel",
      "Sensitive data or data of a highly personal nature"),
  /** 5. Data processed on a large scale. */
  LARGE_SCALE("Données traitées à grande échelle", "Data processed on a large scale"),
  /** 6. Matching or combining datasets. */
  MATCHING_OR_COMBINING(
      "Croisement ou combinaison de jeux de données", "Matching or combining datasets"),
  /** 7. Data concerning vulnerable data subjects. */
  VULNERABLE_SUBJECTS(
      "Données concernant des personnes vulnérables", "Data concerning vulnerable data subjects"),
  /** 8. Innovative use or applying new technological or organisational solutions. */
  INNOVATIVE_USE(
      "Usage innovant ou nouvelle solution technologique ou organisationnelle",
      "Innovative use or new technological or organisational solutions"),
  /** 9. The processing itself prevents data subjects from exercising a right or using a service. */
  PREVENTS_RIGHT_OR_SERVICE(
      "Traitement empêchant d'exercer un droit ou de bénéficier d'un service",
      "Processing that prevents exercising a right or using a service");

  /** How many criteria met make a DPIA required "in most cases" (WP248 rev.01). */
  public static final int THRESHOLD = 2;

  private final String labelFr;
  private final String labelEn;

  DpiaCriterion(String labelFr, String labelEn) {
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
