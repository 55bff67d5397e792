package eu.civicai.governance.org;

import eu.civicai.governance.Labelled;

/** The role a contact holds for an AI usage or a dataset. */
public enum ContactRole implements Labelled {
  OWNER("Responsable du service", "Service owner"),
  AI_REFERENT("Référent IA", "AI referent"),
  ELECTED_OFFICIAL("Élu référent", "Elected official"),
  DPO("Délégué à la protection des données", "Data protection officer"),
  CISO("Responsable de la sécurité des systèmes d'information", "Information security officer"),
  PROJECT_LEAD("Chef de projet", "Project lead"),
  DATA_STEWARD("Référent données", "Data steward"),
  TECHNICAL_CONTACT("Contact technique", "Technical contact"),
  SUPPLIER_CONTACT("Contact chez le prestataire", "Supplier contact");

  private final String labelFr;
  private final String labelEn;

  ContactRole(String labelFr, String labelEn) {
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
