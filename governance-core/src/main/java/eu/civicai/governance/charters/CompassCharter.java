package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.Facts.*;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.usage.RiskCategory;

/**
 * A compass of three axes — utility, impacts, alternatives — after Nantes Métropole's "boussole de
 * l'IA"; {@link Compass#recommend} turns its scores into a recommendation.
 */
final class CompassCharter {
  static final String ID = "civicai.compass";

  private CompassCharter() {}

  static Charter create() {
    return Charter.builder(ID, "1.0")
        .title(
            "Boussole de l'IA : utilité, impacts, alternatives",
            "AI compass: utility, impacts, alternatives")
        .source("CivicAI, after Nantes Métropole's « boussole de l'IA » (public presentation)")
        .principle(
            "utility",
            "Utilité",
            "Utility",
            p ->
                p.criterion(
                        "compass.utility.goal",
                        Severity.MAJOR,
                        c ->
                            c.title("Le besoin est énoncé", "The need is stated")
                                .requires(Parts.filled(PURPOSE_PART, GOAL))
                                .rationale(
                                    "L'utilité se mesure à un besoin.",
                                    "Utility is measured against a need.")
                                .remediation(
                                    "Énoncer le besoin du service.", "State the service's need.")
                                .references("Boussole de l'IA, utilité"))
                    .criterion(
                        "compass.utility.beneficiaries",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Les bénéficiaires sont identifiés",
                                    "Beneficiaries are identified")
                                .requires(Parts.filled(PURPOSE_PART, AUDIENCE_COUNT))
                                .rationale(
                                    "Un service utile sert quelqu'un.",
                                    "A useful service serves someone.")
                                .remediation(
                                    "Indiquer les publics du service.",
                                    "State the service's audiences.")
                                .references("Boussole de l'IA, utilité"))
                    .criterion(
                        "compass.utility.value",
                        Severity.MAJOR,
                        c ->
                            c.title("Un gain attendu est chiffré", "An expected gain is quantified")
                                .requires(
                                    BENEFITS.any(
                                        BENEFIT_TARGET_KNOWN
                                            .isTrue()
                                            .or(BENEFIT_MEASURED_KNOWN.isTrue())))
                                .rationale(
                                    "Un gain chiffré permet de décider.",
                                    "A quantified gain allows a decision.")
                                .remediation(
                                    "Chiffrer une cible ou une mesure.",
                                    "Quantify a target or a measure.")
                                .references("Boussole de l'IA, utilité")))
        .principle(
            "impacts",
            "Impacts",
            "Impacts",
            p ->
                p.criterion(
                        "compass.impacts.risks",
                        Severity.MAJOR,
                        c ->
                            c.title("Les risques sont évalués", "Risks are assessed")
                                .requires(RISKS.known())
                                .rationale("Un impact se prévoit.", "An impact is foreseen.")
                                .remediation("Évaluer les risques.", "Assess the risks.")
                                .references("Boussole de l'IA, impacts"))
                    .criterion(
                        "compass.impacts.people",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Les effets sur les citoyens et les agents sont décrits",
                                    "Effects on citizens and agents are described")
                                .requires(
                                    Parts.filled(IMPACTS_PART, IMPACT_ON_CITIZENS)
                                        .and(Parts.filled(IMPACTS_PART, IMPACT_ON_AGENTS)))
                                .rationale(
                                    "L'IA touche usagers et agents.",
                                    "AI affects users and agents.")
                                .remediation(
                                    "Décrire les effets sur les citoyens et sur les agents.",
                                    "Describe the effects on citizens and on agents.")
                                .references("Boussole de l'IA, impacts"))
                    .criterion(
                        "compass.impacts.environment",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "L'impact environnemental est connu",
                                    "The environmental impact is known")
                                .requires(
                                    FOOTPRINT_KNOWN
                                        .isTrue()
                                        .or(Parts.filled(IMPACTS_PART, IMPACT_ON_ENVIRONMENT)))
                                .rationale(
                                    "La sobriété fait partie de l'impact.",
                                    "Sobriety is part of the impact.")
                                .remediation(
                                    "Estimer l'empreinte environnementale.",
                                    "Estimate the environmental footprint.")
                                .references("Boussole de l'IA, impacts")))
        .principle(
            "alternatives",
            "Alternatives",
            "Alternatives",
            p ->
                p.criterion(
                        "compass.alternatives.considered",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Des alternatives ont été étudiées",
                                    "Alternatives were considered")
                                .requires(Parts.filled(PURPOSE_PART, ALTERNATIVES))
                                .rationale("Choisir, c'est comparer.", "Choosing is comparing.")
                                .remediation(
                                    "Étudier au moins une alternative sans IA.",
                                    "Study at least one alternative without AI.")
                                .references("Boussole de l'IA, alternatives"))
                    .criterion(
                        "compass.alternatives.justified",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Le rejet des alternatives est justifié",
                                    "Rejecting the alternatives is justified")
                                .appliesWhen(ALTERNATIVES.countAtLeast(1))
                                .requires(ALTERNATIVES.all(ALTERNATIVE_WHY_NOT.known()))
                                .rationale(
                                    "Un rejet sans raison n'est pas un choix.",
                                    "A rejection without reason is not a choice.")
                                .remediation(
                                    "Dire pourquoi chaque alternative n'a pas été retenue.",
                                    "Say why each alternative was not chosen.")
                                .references("Boussole de l'IA, alternatives"))
                    .criterion(
                        "compass.alternatives.reversible",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "La dépendance et la réversibilité sont examinées",
                                    "Dependency and reversibility are examined")
                                .requires(RISKS.any(RISK_CATEGORY.is(RiskCategory.DEPENDENCY)))
                                .rationale(
                                    "On doit pouvoir revenir en arrière.",
                                    "One must be able to go back.")
                                .remediation(
                                    "Évaluer le risque de dépendance et le plan de sortie.",
                                    "Assess the dependency risk and the exit plan.")
                                .references(
                                    "Boussole de l'IA, alternatives",
                                    "Interconnectés, réversibilité")))
        .build();
  }
}
