package eu.civicai.governance.usage;

import eu.civicai.governance.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The points and letters of Annex III of the EU AI Act (Regulation 2024/1689), each with the area
 * it belongs to; {@link #NONE} when the usage falls under none, {@link #UNKNOWN} when not known.
 */
public enum AnnexIiiPoint implements Labelled {
  P1_A(
      "1 a)",
      "1(a)",
      AnnexIiiArea.BIOMETRICS,
      "Identification biométrique à distance",
      "Remote biometric identification"),
  P1_B(
      "1 b)",
      "1(b)",
      AnnexIiiArea.BIOMETRICS,
      "Catégorisation biométrique selon des attributs sensibles",
      "Biometric categorisation by sensitive attributes"),
  P1_C(
      "1 c)",
      "1(c)",
      AnnexIiiArea.BIOMETRICS,
      "Reconnaissance des émotions",
      "Emotion recognition"),
  P2(
      "2",
      "2",
      AnnexIiiArea.CRITICAL_INFRASTRUCTURE,
      "Composant de sécurité d'infrastructures critiques",
      "Safety component of critical infrastructure"),
  P3_A("3 a)", "3(a)", AnnexIiiArea.EDUCATION, "Accès et admission", "Access and admission"),
  P3_B(
      "3 b)",
      "3(b)",
      AnnexIiiArea.EDUCATION,
      "Évaluation des acquis",
      "Evaluating learning outcomes"),
  P3_C(
      "3 c)",
      "3(c)",
      AnnexIiiArea.EDUCATION,
      "Niveau d'enseignement approprié",
      "Appropriate level of education"),
  P3_D(
      "3 d)",
      "3(d)",
      AnnexIiiArea.EDUCATION,
      "Surveillance des examens",
      "Monitoring during tests"),
  P4_A(
      "4 a)",
      "4(a)",
      AnnexIiiArea.EMPLOYMENT,
      "Recrutement et sélection",
      "Recruitment and selection"),
  P4_B(
      "4 b)",
      "4(b)",
      AnnexIiiArea.EMPLOYMENT,
      "Décisions sur la relation de travail, répartition des tâches, suivi",
      "Decisions on work relationships, task allocation, monitoring"),
  P5_A(
      "5 a)",
      "5(a)",
      AnnexIiiArea.PUBLIC_BENEFITS,
      "Éligibilité aux prestations et services d'aide publique",
      "Eligibility for public assistance benefits and services"),
  P5_B("5 b)", "5(b)", AnnexIiiArea.CREDIT_SCORING, "Solvabilité", "Creditworthiness"),
  P5_C(
      "5 c)",
      "5(c)",
      AnnexIiiArea.INSURANCE_PRICING,
      "Assurance vie et santé",
      "Life and health insurance"),
  P5_D(
      "5 d)",
      "5(d)",
      AnnexIiiArea.EMERGENCY_TRIAGE,
      "Appels d'urgence et répartition des secours",
      "Emergency calls and dispatch"),
  P6_A(
      "6 a)",
      "6(a)",
      AnnexIiiArea.LAW_ENFORCEMENT,
      "Risque d'être victime",
      "Risk of becoming a victim"),
  P6_B("6 b)", "6(b)", AnnexIiiArea.LAW_ENFORCEMENT, "Polygraphes", "Polygraphs"),
  P6_C(
      "6 c)",
      "6(c)",
      AnnexIiiArea.LAW_ENFORCEMENT,
      "Fiabilité des preuves",
      "Reliability of evidence"),
  P6_D("6 d)", "6(d)", AnnexIiiArea.LAW_ENFORCEMENT, "Risque d'infraction", "Risk of offending"),
  P6_E(
      "6 e)",
      "6(e)",
      AnnexIiiArea.LAW_ENFORCEMENT,
      "Profilage en matière pénale",
      "Profiling in criminal matters"),
  P7_A("7 a)", "7(a)", AnnexIiiArea.MIGRATION_BORDER, "Polygraphes", "Polygraphs"),
  P7_B("7 b)", "7(b)", AnnexIiiArea.MIGRATION_BORDER, "Évaluation des risques", "Risk assessment"),
  P7_C(
      "7 c)",
      "7(c)",
      AnnexIiiArea.MIGRATION_BORDER,
      "Examen des demandes d'asile, de visa, de titre de séjour",
      "Examining applications for asylum, visa, residence permits"),
  P7_D(
      "7 d)",
      "7(d)",
      AnnexIiiArea.MIGRATION_BORDER,
      "Détection et identification",
      "Detection and identification"),
  P8_A(
      "8 a)",
      "8(a)",
      AnnexIiiArea.JUSTICE_DEMOCRACY,
      "Administration de la justice",
      "Administration of justice"),
  P8_B(
      "8 b)",
      "8(b)",
      AnnexIiiArea.JUSTICE_DEMOCRACY,
      "Influence sur les élections ou le comportement électoral",
      "Influencing elections or voting behaviour"),
  /** No point of Annex III applies. */
  NONE(null, null, AnnexIiiArea.NONE, "Aucun point de l'annexe III", "No point of Annex III"),
  /** Asked, not known yet. */
  UNKNOWN(null, null, null, "Inconnu", "Unknown");

  private final String pointFr;
  private final String pointEn;
  private final AnnexIiiArea area;
  private final String labelFr;
  private final String labelEn;

  AnnexIiiPoint(String pointFr, String pointEn, AnnexIiiArea area, String labelFr, String labelEn) {
    this.pointFr = pointFr;
    this.pointEn = pointEn;
    this.area = area;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** Returns the area the point belongs to; null for UNKNOWN. */
  public @Nullable AnnexIiiArea area() {
    return area;
  }

  /**
   * Returns the citation, "Annex III, point 5(a)"; null for NONE and UNKNOWN.
   *
   * @return the citation in the library's canonical (English) form
   */
  public String citation() {
    return pointEn == null ? null : "Annex III, point " + pointEn;
  }

  @Override
  public String labelFr() {
    return pointFr == null ? labelFr : "Annexe III, point " + pointFr + " : " + labelFr;
  }

  @Override
  public String labelEn() {
    return pointEn == null ? labelEn : "Annex III, point " + pointEn + ": " + labelEn;
  }
}
