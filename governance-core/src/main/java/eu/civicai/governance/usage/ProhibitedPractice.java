package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** The practices Art. 5(1) of the EU AI Act prohibits, each a screening question. */
public enum ProhibitedPractice implements Labelled {
  MANIPULATION(
      "a) Techniques subliminales ou manipulatrices", "(a) Subliminal or manipulative techniques"),
  EXPLOITING_VULNERABILITIES(
      "b) Exploitation des vulnérabilités", "(b) Exploiting vulnerabilities"),
  SOCIAL_SCORING("c) Notation sociale", "(c) Social scoring"),
  CRIME_PREDICTION_BY_PROFILING(
      "d) Prédiction d'infractions par le seul profilage",
      "(d) Crime prediction based solely on profiling"),
  UNTARGETED_FACE_SCRAPING(
      "e) Moissonnage non ciblé d'images faciales", "(e) Untargeted scraping of facial images"),
  EMOTION_INFERENCE_WORK_SCHOOL(
      "f) Reconnaissance des émotions au travail ou à l'école",
      "(f) Emotion inference at work or in education"),
  BIOMETRIC_CATEGORISATION_SENSITIVE(
      "g) Catégorisation biométrique selon des caractéristiques sensibles",
      "(g) Biometric categorisation by sensitive traits"),
  REALTIME_REMOTE_BIOMETRIC_ID_LAW_ENFORCEMENT(
      "h) Identification biométrique à distance en temps réel à des fins répressives",
      "(h) Real-time remote biometric identification for law enforcement");

  private final String labelFr;
  private final String labelEn;

  ProhibitedPractice(String labelFr, String labelEn) {
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
