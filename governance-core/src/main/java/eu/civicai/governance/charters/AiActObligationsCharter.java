package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.Facts.*;

import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.usage.AnnexIiiArea;

/** The obligations of a public deployer under the EU AI Act, driven by the classifier's tier. */
final class AiActObligationsCharter {
  static final String ID = "civicai.ai-act-deployer";

  private AiActObligationsCharter() {}

  static Charter create() {
    return Charter.builder(ID, "1.0")
        .title(
            "Obligations d'un déployeur public au titre du règlement IA",
            "Obligations of a public deployer under the AI Act")
        .source("Regulation (EU) 2024/1689 (AI Act), Art. 4, 5, 26, 27, 49, 50")
        .principle(
            "classification",
            "Classification",
            "Classification",
            p ->
                p.criterion(
                        "aiact.not-prohibited",
                        Severity.BLOCKING,
                        c ->
                            c.title("Aucune pratique interdite", "No prohibited practice")
                                .requires(AI_ACT_TIER.isNot(AiActTier.PROHIBITED))
                                .rationale(
                                    "Les pratiques de l'article 5 sont interdites.",
                                    "Art. 5 practices are prohibited.")
                                .remediation(
                                    "Cesser la pratique interdite.",
                                    "Stop the prohibited practice.")
                                .references("AI Act art. 5"))
                    .criterion(
                        "aiact.classified",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Le niveau de risque est déterminé",
                                    "The risk tier is determined")
                                .requires(AI_ACT_TIER.isNot(AiActTier.UNDETERMINED))
                                .rationale(
                                    "Les obligations dépendent du niveau de risque.",
                                    "Obligations depend on the tier.")
                                .remediation(
                                    "Répondre aux questions ouvertes du classificateur.",
                                    "Answer the classifier's open questions.")
                                .references("AI Act art. 6")))
        .principle(
            "all-deployers",
            "Tout déployeur",
            "Every deployer",
            p ->
                p.criterion(
                    "aiact.literacy",
                    Severity.MAJOR,
                    c ->
                        c.title("Le personnel est formé à l'IA", "Staff are AI-literate")
                            .requires(AGENT_TRAININGS.atLeast(1))
                            .rationale(
                                "Applicable depuis le 2 février 2025.",
                                "Applicable since 2 February 2025.")
                            .remediation(
                                "Former les agents qui utilisent le système.",
                                "Train the agents who use the system.")
                            .references("AI Act art. 4")))
        .principle(
            "high-risk",
            "Systèmes à haut risque",
            "High-risk systems",
            p ->
                p.criterion(
                        "aiact.fria",
                        Severity.BLOCKING,
                        c ->
                            c.title(
                                    "L'analyse d'impact sur les droits fondamentaux est faite avant la première utilisation",
                                    "The fundamental rights impact assessment is done before first use")
                                .appliesWhen(
                                    AI_ACT_TIER_HIGH_RISK
                                        .isTrue()
                                        .and(
                                            ANNEX_III_AREA.isNot(
                                                AnnexIiiArea.CRITICAL_INFRASTRUCTURE)))
                                .requires(Parts.filled(AI_ACT_PART, FRIA_REFERENCE))
                                .rationale(
                                    "Obligatoire pour les organismes de droit public.",
                                    "Mandatory for bodies governed by public law.")
                                .remediation(
                                    "Réaliser l'analyse (art. 27(1) a à f) et en noter la référence.",
                                    "Perform the assessment (Art. 27(1)(a) to (f)) and note its reference.")
                                .references("AI Act art. 27"))
                    .criterion(
                        "aiact.registration",
                        Severity.BLOCKING,
                        c ->
                            c.title(
                                    "L'utilisation est enregistrée dans la base de l'UE",
                                    "The use is registered in the EU database")
                                .appliesWhen(AI_ACT_TIER_HIGH_RISK.isTrue())
                                .requires(Parts.filled(AI_ACT_PART, REGISTRATION_REFERENCE))
                                .rationale(
                                    "Les déployeurs publics s'enregistrent.",
                                    "Public deployers register.")
                                .remediation(
                                    "Enregistrer l'utilisation (annexe VIII, section C).",
                                    "Register the use (Annex VIII, Section C).")
                                .references("AI Act art. 49(3)"))
                    .criterion(
                        "aiact.oversight-assigned",
                        Severity.BLOCKING,
                        c ->
                            c.title(
                                    "Le contrôle humain est confié à des personnes désignées",
                                    "Human oversight is assigned to named roles")
                                .appliesWhen(AI_ACT_TIER_HIGH_RISK.isTrue())
                                .requires(Parts.filled(DECISION_PART, OVERRIDE_ROLE_COUNT))
                                .rationale(
                                    "Le déployeur confie le contrôle humain.",
                                    "The deployer assigns human oversight.")
                                .remediation(
                                    "Désigner les rôles chargés du contrôle humain.",
                                    "Name the roles in charge of human oversight.")
                                .references("AI Act art. 26(2)"))
                    .criterion(
                        "aiact.oversight-trained",
                        Severity.BLOCKING,
                        c ->
                            c.title(
                                    "Les personnes chargées du contrôle sont formées",
                                    "The people in charge of oversight are trained")
                                .appliesWhen(AI_ACT_TIER_HIGH_RISK.isTrue())
                                .requires(OVERSEERS_TRAINED.isTrue())
                                .rationale(
                                    "Compétence, formation et autorité sont exigées.",
                                    "Competence, training and authority are required.")
                                .remediation("Former les superviseurs.", "Train the overseers.")
                                .references("AI Act art. 26(2)"))
                    .criterion(
                        "aiact.inform-affected",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Les personnes concernées sont informées",
                                    "Affected persons are informed")
                                .appliesWhen(
                                    AI_ACT_TIER_HIGH_RISK
                                        .isTrue()
                                        .and(CONCERNS_INDIVIDUALS.isTrue()))
                                .requires(Parts.filled(TRANSPARENCY_PART, CITIZEN_NOTICE))
                                .rationale(
                                    "Les personnes visées par une décision doivent le savoir.",
                                    "People subject to a decision must know.")
                                .remediation(
                                    "Rédiger l'information aux personnes concernées.",
                                    "Write the notice to affected persons.")
                                .references("AI Act art. 26(11)"))
                    .criterion(
                        "aiact.inform-workers",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Les agents et leurs représentants sont informés",
                                    "Agents and their representatives are informed")
                                .appliesWhen(
                                    AI_ACT_TIER_HIGH_RISK
                                        .isTrue()
                                        .and(ANNEX_III_AREA.is(AnnexIiiArea.EMPLOYMENT)))
                                .requires(
                                    AGENT_CONSULTATIONS.atLeast(1).or(AGENTS_CONSULTED.isTrue()))
                                .rationale(
                                    "Avant la mise en service sur le lieu de travail.",
                                    "Before putting into service at the workplace.")
                                .remediation(
                                    "Informer et consulter les représentants du personnel.",
                                    "Inform and consult staff representatives.")
                                .references("AI Act art. 26(7)")))
        .principle(
            "transparency",
            "Transparence (article 50)",
            "Transparency (Article 50)",
            p ->
                p.criterion(
                        "aiact.disclose-interaction",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Les personnes savent qu'elles interagissent avec une IA",
                                    "People know they interact with AI")
                                .appliesWhen(INTERACTS_WITH_PUBLIC.isTrue())
                                .requires(Parts.filled(TRANSPARENCY_PART, CITIZEN_NOTICE))
                                .rationale(
                                    "Obligation d'information de l'article 50(1).",
                                    "Information duty of Art. 50(1).")
                                .remediation(
                                    "Afficher que l'interlocuteur est une IA.",
                                    "Show that the interlocutor is an AI.")
                                .references("AI Act art. 50(1)"))
                    .criterion(
                        "aiact.mark-content",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Les contenus générés sont marqués",
                                    "Generated content is marked")
                                .appliesWhen(GENERATES_CONTENT.isTrue())
                                .requires(CONTENT_MARKED.isTrue())
                                .rationale(
                                    "Les contenus synthétiques doivent être identifiables.",
                                    "Synthetic content must be identifiable.")
                                .remediation(
                                    "Marquer les contenus générés et signaler les textes publiés.",
                                    "Mark generated content and disclose published texts.")
                                .references("AI Act art. 50(2) et 50(4)")))
        .build();
  }
}
