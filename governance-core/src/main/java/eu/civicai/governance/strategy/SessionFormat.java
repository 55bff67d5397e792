package eu.civicai.governance.strategy;

import eu.civicai.governance.Labelled;

/** The format of an acculturation session, from formal training to a serious game. */
public enum SessionFormat implements Labelled {
  TRAINING("Formation", "Training"),
  CAFE_IA("Café de l'IA", "AI café"),
  SERIOUS_GAME("Jeu sérieux", "Serious game"),
  WEBINAR("Webinaire", "Webinar");

  private final String labelFr;
  private final String labelEn;

  SessionFormat(String labelFr, String labelEn) {
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
