package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;

/**
 * The areas of Annex III of the EU AI Act (Regulation 2024/1689), point by point where public
 * authorities meet them.
 */
public enum AnnexIiiArea implements Labelled {
  BIOMETRICS("1. Biométrie", "1. Biometrics"),
  CRITICAL_INFRASTRUCTURE(
      "2. Infrastructures critiques (eau, gaz, chauffage, électricité, trafic routier)",
      "2. Critical infrastructure (water, gas, heating, electricity, road traffic)"),
  EDUCATION("3. Éducation et formation professionnelle", "3. Education and vocational training"),
  EMPLOYMENT("4. Emploi et gestion des travailleurs", "4. Employment and workers management"),
  PUBLIC_BENEFITS(
      "5 a) Accès aux prestations et services publics essentiels",
      "5(a) Access to essential public benefits and services"),
  CREDIT_SCORING("5 b) Évaluation de la solvabilité", "5(b) Creditworthiness"),
  INSURANCE_PRICING(
      "5 c) Tarification d'assurance vie et santé", "5(c) Life and health insurance pricing"),
  EMERGENCY_TRIAGE("5 d) Tri des appels d'urgence", "5(d) Emergency call triage and dispatch"),
  LAW_ENFORCEMENT("6. Répression", "6. Law enforcement"),
  MIGRATION_BORDER(
      "7. Migration, asile et contrôle aux frontières", "7. Migration, asylum and border control"),
  JUSTICE_DEMOCRACY(
      "8. Justice et processus démocratiques",
      "8. Administration of justice and democratic processes"),
  NONE("Aucun domaine de l'annexe III", "No Annex III area");

  private final String labelFr;
  private final String labelEn;

  AnnexIiiArea(String labelFr, String labelEn) {
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
