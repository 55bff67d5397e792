package eu.civicai.governance.data;

import eu.civicai.governance.Labelled;

/** What happened to a dataset, as recorded in the lifecycle ledger. */
public enum EventKind implements Labelled {
  COLLECTED("Collecte", "Collected"),
  IMPORTED("Import", "Imported"),
  /** Produced from other datasets, named in sources. */
  DERIVED("Dérivation", "Derived"),
  TRANSFORMED("Transformation", "Transformed"),
  /** By the AI usage named, for the purpose named. */
  USED_FOR_TRAINING("Entraînement", "Used for training"),
  /** By the AI usage named, for the purpose named. */
  USED_FOR_INFERENCE("Inférence", "Used for inference"),
  /** With the recipient named, in the region named. */
  SHARED("Partage", "Shared"),
  PUBLISHED("Publication", "Published"),
  ARCHIVED("Archivage", "Archived"),
  ANONYMISED("Anonymisation", "Anonymised"),
  PSEUDONYMISED("Pseudonymisation", "Pseudonymised"),
  /** How, in method. */
  DELETED("Suppression", "Deleted"),
  /** By the period in extension, for the reason given. */
  RETENTION_EXTENDED("Prolongation de conservation", "Retention extended"),
  /** The event a retention rule counts from occurred (end of the relationship, a named event). */
  RETENTION_TRIGGERED("Déclenchement de la durée de conservation", "Retention triggered"),
  LEGAL_HOLD_PLACED("Gel juridique posé", "Legal hold placed"),
  LEGAL_HOLD_LIFTED("Gel juridique levé", "Legal hold lifted"),
  ERASURE_REQUESTED("Demande d'effacement", "Erasure requested"),
  ERASURE_FULFILLED("Effacement réalisé", "Erasure fulfilled"),
  BREACH_DETECTED("Violation de données détectée", "Breach detected");

  private final String labelFr;
  private final String labelEn;

  EventKind(String labelFr, String labelEn) {
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
