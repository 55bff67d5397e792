package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.ImpactFacts.*;
import static eu.civicai.governance.charter.PurposeFacts.*;
import static eu.civicai.governance.charter.RiskFacts.*;
import static eu.civicai.governance.charter.UsageFacts.*;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Principle;
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
        .principle("utility", "Utilité", "Utility", CompassCharter::utility)
        .principle("impacts", "Impacts", "Impacts", CompassCharter::impacts)
        .principle("alternatives", "Alternatives", "Alternatives", CompassCharter::alternatives)
        .build();
  }

  /** Principle {@code utility}: Utility. */
  private static void utility(Principle.Builder p) {
    p.criterion(
            "compass.utility.goal",
            Severity.MAJOR,
            c ->
                c.title("Le besoin est énoncé", "The need is stated")
                    .requires(Parts.filled(PURPOSE_PART, GOAL))
                    .rationale(
                        "L'utilité se mesure à un besoin.", "Utility is measured against a need.")
                    .remediation(
                        "Énoncer le besoin du service auquel l'IA répond : sans besoin écrit, on ne peut juger si l'outil sert à quelque chose.",
                        "State the service need the AI meets: without a written need, nobody can judge whether the tool is of any use.")
                    .references("Boussole de l'IA, utilité"))
        .criterion(
            "compass.utility.beneficiaries",
            Severity.MAJOR,
            c ->
                c.title("Les bénéficiaires sont identifiés", "Beneficiaries are identified")
                    .requires(Parts.filled(PURPOSE_PART, AUDIENCE_COUNT))
                    .rationale(
                        "Un service utile sert quelqu'un.", "A useful service serves someone.")
                    .remediation(
                        "Indiquer à qui s'adresse le service (agents, habitants, entreprises…) : l'utilité se mesure pour ces publics.",
                        "State who the service is for (agents, residents, businesses…): usefulness is measured for them.")
                    .references("Boussole de l'IA, utilité"))
        .criterion(
            "compass.utility.value",
            Severity.MAJOR,
            c ->
                c.title("Un gain attendu est chiffré", "An expected gain is quantified")
                    .requires(
                        BENEFITS.any(
                            BENEFIT_TARGET_KNOWN.isTrue().or(BENEFIT_MEASURED_KNOWN.isTrue())))
                    .rationale(
                        "Un gain chiffré permet de décider.",
                        "A quantified gain allows a decision.")
                    .remediation(
                        "Chiffrer une cible ou une mesure du bénéfice attendu : un chiffre permet au comité de vérifier ensuite que l'outil tient ses promesses.",
                        "Put a figure on a target or a measure of the expected benefit: a figure lets the committee check later that the tool delivers.")
                    .references("Boussole de l'IA, utilité"));
  }

  /** Principle {@code impacts}: Impacts. */
  private static void impacts(Principle.Builder p) {
    p.criterion(
            "compass.impacts.risks",
            Severity.MAJOR,
            c ->
                c.title("Les risques sont évalués", "Risks are assessed")
                    .requires(RISKS.known())
                    .rationale("Un impact se prévoit.", "An impact is foreseen.")
                    .remediation(
                        "Lister les risques pour les personnes et le service, avec leur vraisemblance et leur gravité : on ne maîtrise que ce qu'on a identifié.",
                        "List the risks to people and to the service, with likelihood and severity: only what is identified can be managed.")
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
                    .rationale("L'IA touche usagers et agents.", "AI affects users and agents.")
                    .remediation(
                        "Décrire ce que l'usage change pour les habitants et pour le travail des agents : ce sont les premiers concernés par ses impacts.",
                        "Describe what the usage changes for residents and for agents' work: they are the first to feel its impacts.")
                    .references("Boussole de l'IA, impacts"))
        .criterion(
            "compass.impacts.environment",
            Severity.MAJOR,
            c ->
                c.title("L'impact environnemental est connu", "The environmental impact is known")
                    .requires(
                        FOOTPRINT_KNOWN
                            .isTrue()
                            .or(Parts.filled(IMPACTS_PART, IMPACT_ON_ENVIRONMENT)))
                    .rationale(
                        "La sobriété fait partie de l'impact.", "Sobriety is part of the impact.")
                    .remediation(
                        "Estimer l'énergie ou le carbone de l'usage, même grossièrement : l'impact environnemental fait partie du bilan.",
                        "Estimate the usage's energy or carbon, even roughly: the environmental impact is part of the balance.")
                    .references("Boussole de l'IA, impacts"));
  }

  /** Principle {@code alternatives}: Alternatives. */
  private static void alternatives(Principle.Builder p) {
    p.criterion(
            "compass.alternatives.considered",
            Severity.MAJOR,
            c ->
                c.title("Des alternatives ont été étudiées", "Alternatives were considered")
                    .requires(Parts.filled(PURPOSE_PART, ALTERNATIVES))
                    .rationale("Choisir, c'est comparer.", "Choosing is comparing.")
                    .remediation(
                        "Décrire au moins une solution sans IA envisagée : la comparaison montre que l'IA n'est pas choisie par défaut.",
                        "Describe at least one solution without AI that was considered: the comparison shows AI was not chosen by default.")
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
                        "Dire pour chaque alternative pourquoi elle n'a pas été retenue : c'est ce qui rend le choix de l'IA défendable.",
                        "Say for each alternative why it was not chosen: that is what makes the choice of AI defensible.")
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
                        "On doit pouvoir revenir en arrière.", "One must be able to go back.")
                    .remediation(
                        "Évaluer la dépendance au fournisseur et prévoir comment en sortir (données, code, contrat) : la collectivité doit pouvoir changer d'outil.",
                        "Assess the dependency on the supplier and plan the way out (data, code, contract): the authority must be able to change tools.")
                    .references("Boussole de l'IA, alternatives", "Interconnectés, réversibilité"));
  }
}
