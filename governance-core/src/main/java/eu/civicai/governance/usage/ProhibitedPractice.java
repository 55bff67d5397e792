package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * The practices Art. 5(1) of the EU AI Act prohibits, each a screening question, with the point
 * that prohibits it. Points (ba) and (bb) were inserted by Regulation (EU) 2026/1744 (the "Digital
 * Omnibus on AI") and apply from 2 December 2026.
 */
public enum ProhibitedPractice implements Labelled {
  MANIPULATION(
      "a",
      "a) Techniques subliminales ou manipulatrices",
      "(a) Subliminal or manipulative techniques"),
  EXPLOITING_VULNERABILITIES(
      "b", "b) Exploitation des vulnérabilités", "(b) Exploiting vulnerabilities"),
  /** Point (ba), inserted in 2026: generating non-consensual intimate content. */
  NON_CONSENSUAL_INTIMATE_CONTENT(
      "ba",
      "ba) Génération de contenus intimes non consentis",
      "(ba) Generating non-consensual intimate content"),
  /** Point (bb), inserted in 2026: generating child sexual abuse material. */
  CHILD_SEXUAL_ABUSE_MATERIAL(
      "bb",
      "bb) Génération de matériel pédopornographique",
      "(bb) Generating child sexual abuse material"),
  SOCIAL_SCORING("c", "c) Notation sociale", "(c) Social scoring"),
  CRIME_PREDICTION_BY_PROFILING(
      "d",
      "d) Prédiction d'infractions par le seul profilage",
      "(d) Crime prediction based solely on profiling"),
  UNTARGETED_FACE_SCRAPING(
      "e",
      "e) Moissonnage non ciblé d'images faciales",
      "(e) Untargeted scraping of facial images"),
  EMOTION_INFERENCE_WORK_SCHOOL(
      "f",
      "f) Reconnaissance des émotions au travail ou à l'école",
      "(f) Emotion inference at work or in education"),
  BIOMETRIC_CATEGORISATION_SENSITIVE(
      "g",
      "g) Catégorisation biométrique selon des caractéristiques sensibles",
      "(g) Biometric categorisation by sensitive traits"),
  REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT(
      "h",
      "h) Identification biométrique à distance en temps réel à des fins répressives",
      "(h) Real-time remote biometric identification for law enforcement");

  private final String point;
  private final String labelFr;
  private final String labelEn;

  ProhibitedPractice(String point, String labelFr, String labelEn) {
    this.point = point;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns the citation of the point that prohibits the practice, such as "Art. 5(1)(h)". */
  public String article() {
    return "Art. 5(1)(" + point + ")";
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
