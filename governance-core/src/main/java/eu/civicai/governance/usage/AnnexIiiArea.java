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

  /**
   * Returns the citation of the area, "Annex III, point 4" or "Annex III, point 5(a)"; null for
   * NONE.
   *
   * @return the citation in the library's canonical (English) form
   */
  public String citation() {
    return switch (this) {
      case BIOMETRICS -> "Annex III, point 1";
      case CRITICAL_INFRASTRUCTURE -> "Annex III, point 2";
      case EDUCATION -> "Annex III, point 3";
      case EMPLOYMENT -> "Annex III, point 4";
      case PUBLIC_BENEFITS -> "Annex III, point 5(a)";
      case CREDIT_SCORING -> "Annex III, point 5(b)";
      case INSURANCE_PRICING -> "Annex III, point 5(c)";
      case EMERGENCY_TRIAGE -> "Annex III, point 5(d)";
      case LAW_ENFORCEMENT -> "Annex III, point 6";
      case MIGRATION_BORDER -> "Annex III, point 7";
      case JUSTICE_DEMOCRACY -> "Annex III, point 8";
      case NONE -> null;
    };
  }

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
