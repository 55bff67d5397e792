package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/** The stage of an AI usage, from the first idea to its end. */
public enum Stage implements Labelled {
  /** Discussed, not yet tried. */
  IDEA("Idée", "Idea"),
  /** Tried on a limited scope. */
  EXPERIMENTATION("En expérimentation", "Experimentation"),
  /** In service. */
  DEPLOYMENT("En déploiement", "Deployment"),
  /** Stopped for now, may resume. */
  SUSPENDED("Suspendu", "Suspended"),
  /** Ended as planned. */
  ENDED("Terminé", "Ended"),
  /** Stopped for good before its planned end; the record says why. */
  ABANDONED("Abandonné", "Abandoned");

  private final String labelFr;
  private final String labelEn;

  Stage(String labelFr, String labelEn) {
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
