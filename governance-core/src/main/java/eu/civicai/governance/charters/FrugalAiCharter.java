package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.Facts.*;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.Sourcing;

/** Frugal AI, after AFNOR SPEC 2314 (2024, revised 2025): necessity, measure, proportion, reuse. */
final class FrugalAiCharter {
  static final String ID = "civicai.frugal-ai";

  private FrugalAiCharter() {}

  static Charter create() {
    return Charter.builder(ID, "1.0")
        .title("IA frugale (d'après l'AFNOR SPEC 2314)", "Frugal AI (after AFNOR SPEC 2314)")
        .source("AFNOR SPEC 2314:2024, « Référentiel général pour l'IA frugale », revised 2025")
        .principle(
            "necessity",
            "Nécessité",
            "Necessity",
            p ->
                p.criterion(
                        "frugal.necessity",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Le besoin d'IA est justifié face à une solution moins gourmande",
                                    "The need for AI is justified against a less resource-hungry solution")
                                .requires(Parts.filled(PURPOSE_PART, WHY_AI))
                                .rationale(
                                    "Un service frugal justifie le recours à l'IA.",
                                    "A frugal service justifies using AI.")
                                .remediation(
                                    "Justifier l'IA face aux solutions plus sobres.",
                                    "Justify AI against more frugal solutions.")
                                .references("AFNOR SPEC 2314, nécessité"))
                    .criterion(
                        "frugal.alternatives",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "Une solution sans IA a été étudiée",
                                    "A solution without AI was studied")
                                .requires(Parts.filled(PURPOSE_PART, ALTERNATIVES))
                                .rationale(
                                    "Comparer à une alternative sobre.",
                                    "Compare with a frugal alternative.")
                                .remediation(
                                    "Documenter une alternative sans IA.",
                                    "Document an alternative without AI.")
                                .references("AFNOR SPEC 2314, nécessité"))
                    .criterion(
                        "frugal.bounded-use",
                        Severity.MINOR,
                        c ->
                            c.title("Le volume d'usage est connu", "The volume of use is known")
                                .requires(Parts.filled(DECISION_PART, DECISIONS_PER_YEAR))
                                .rationale(
                                    "Un usage borné se mesure en volume.",
                                    "A bounded use is measured in volume.")
                                .remediation(
                                    "Indiquer le nombre de décisions ou d'appels par an.",
                                    "State the number of decisions or calls per year.")
                                .references("AFNOR SPEC 2314, usages bornés")))
        .principle(
            "measure",
            "Mesure",
            "Measure",
            p ->
                p.criterion(
                        "frugal.footprint",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "L'empreinte est mesurée ou estimée",
                                    "The footprint is measured or estimated")
                                .requires(FOOTPRINT_KNOWN.isTrue())
                                .rationale(
                                    "La frugalité se prouve par la mesure.",
                                    "Frugality is proven by measure.")
                                .remediation(
                                    "Mesurer ou estimer l'empreinte.",
                                    "Measure or estimate the footprint.")
                                .references("AFNOR SPEC 2314, mesure"))
                    .criterion(
                        "frugal.method",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "La méthode de mesure est indiquée",
                                    "The measuring method is stated")
                                .requires(Parts.filled(FOOTPRINT_PART, FOOTPRINT_METHOD))
                                .rationale(
                                    "Un outil cité (CodeCarbon, CarbonTracker, Green Algorithms) rend le chiffre vérifiable.",
                                    "A named tool (CodeCarbon, CarbonTracker, Green Algorithms) makes the figure verifiable.")
                                .remediation(
                                    "Citer l'outil ou la méthode.", "Name the tool or method.")
                                .references("AFNOR SPEC 2314, outils de mesure"))
                    .criterion(
                        "frugal.inference-energy",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "L'énergie d'inférence annuelle est connue",
                                    "Yearly inference energy is known")
                                .requires(Parts.filled(FOOTPRINT_PART, INFERENCE_ENERGY_KWH))
                                .rationale(
                                    "L'usage en service pèse souvent plus que l'entraînement.",
                                    "Use in service often weighs more than training.")
                                .remediation(
                                    "Estimer l'énergie consommée par an en service.",
                                    "Estimate the energy used per year in service.")
                                .references("AFNOR SPEC 2314, mesure"))
                    .criterion(
                        "frugal.carbon",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "Les émissions annuelles sont connues",
                                    "Yearly emissions are known")
                                .requires(Parts.filled(FOOTPRINT_PART, CARBON_KG_PER_YEAR))
                                .rationale(
                                    "Le carbone est l'unité commune des arbitrages.",
                                    "Carbon is the common unit of trade-offs.")
                                .remediation(
                                    "Convertir l'énergie en kgCO2e.", "Convert energy into kgCO2e.")
                                .references("AFNOR SPEC 2314, mesure"))
                    .criterion(
                        "frugal.hardware",
                        Severity.MINOR,
                        c ->
                            c.title("Le matériel est décrit", "The hardware is described")
                                .requires(Parts.filled(FOOTPRINT_PART, HARDWARE))
                                .rationale(
                                    "Le matériel porte une part de l'empreinte.",
                                    "Hardware carries part of the footprint.")
                                .remediation(
                                    "Décrire le matériel (GPU, serveurs, capteurs).",
                                    "Describe the hardware (GPUs, servers, sensors).")
                                .references("AFNOR SPEC 2314, infrastructure")))
        .principle(
            "proportion",
            "Proportion",
            "Proportion",
            p ->
                p.criterion(
                        "frugal.practices",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "Des bonnes pratiques de frugalité sont appliquées",
                                    "Frugality practices are applied")
                                .requires(Parts.filled(FOOTPRINT_PART, FRUGALITY_PRACTICE_COUNT))
                                .rationale(
                                    "La SPEC recense 31 bonnes pratiques.",
                                    "The SPEC lists 31 good practices.")
                                .remediation(
                                    "Appliquer et citer des bonnes pratiques (modèle plus petit, inférence groupée…).",
                                    "Apply and cite good practices (smaller model, batched inference…).")
                                .references("AFNOR SPEC 2314, bonnes pratiques"))
                    .criterion(
                        "frugal.model-documented",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "Les modèles utilisés sont documentés",
                                    "The models used are documented")
                                .requires(Parts.filled(SYSTEM_PART, MODELS))
                                .rationale(
                                    "La taille du modèle conditionne sa consommation.",
                                    "Model size drives consumption.")
                                .remediation(
                                    "Nommer les modèles et leur version.",
                                    "Name the models and their version.")
                                .references("AFNOR SPEC 2314, service"))
                    .criterion(
                        "frugal.generative-proportionate",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "L'IA générative est justifiée par la mesure",
                                    "Generative AI is justified by measure")
                                .appliesWhen(TECHNIQUES.contains(AiTechnique.GENERATIVE_AI))
                                .requires(
                                    FOOTPRINT_KNOWN
                                        .isTrue()
                                        .and(FRUGALITY_PRACTICE_COUNT.atLeast(2)))
                                .rationale(
                                    "Les modèles génératifs sont les plus gourmands.",
                                    "Generative models are the most resource-hungry.")
                                .remediation(
                                    "Mesurer l'empreinte et appliquer au moins deux pratiques de frugalité.",
                                    "Measure the footprint and apply at least two frugality practices.")
                                .references("AFNOR SPEC 2314")))
        .principle(
            "infrastructure",
            "Infrastructure et réemploi",
            "Infrastructure and reuse",
            p ->
                p.criterion(
                        "frugal.hosting-region",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "L'hébergement est en France ou dans l'UE",
                                    "Hosting is in France or the EU")
                                .requires(Parts.HOSTED_IN_EU)
                                .rationale(
                                    "Le mix électrique et la souveraineté comptent.",
                                    "The electricity mix and sovereignty matter.")
                                .remediation(
                                    "Héberger en France ou dans l'UE.", "Host in France or the EU.")
                                .references("AFNOR SPEC 2314, infrastructure"))
                    .criterion(
                        "frugal.reuse",
                        Severity.MINOR,
                        c ->
                            c.title(
                                    "Le code ou les modèles sont réutilisables",
                                    "Code or models are reusable")
                                .requires(
                                    Parts.filled(SYSTEM_PART, PUBLIC_SOURCE_CODE)
                                        .or(MODELS.any(MODEL_OPEN_WEIGHTS.isTrue())))
                                .rationale(
                                    "Mutualiser évite de réentraîner.",
                                    "Sharing avoids retraining.")
                                .remediation(
                                    "Publier le code ou préférer des modèles ouverts.",
                                    "Publish the code or prefer open models.")
                                .references(
                                    "AFNOR SPEC 2314, réemploi",
                                    "Bibliothèque IA territoriale, mutualisation"))
                    .criterion(
                        "frugal.procurement-criteria",
                        Severity.MAJOR,
                        c ->
                            c.title(
                                    "L'achat comporte des critères environnementaux",
                                    "Procurement carries environmental criteria")
                                .appliesWhen(
                                    SOURCING.in(Sourcing.PUBLIC_PROCUREMENT, Sourcing.PROVIDER))
                                .requires(ENVIRONMENTAL_CRITERIA.isTrue())
                                .rationale(
                                    "Dès l'appel d'offres, comme à la Métropole du Grand Paris.",
                                    "From the call for tenders, as at the Métropole du Grand Paris.")
                                .remediation(
                                    "Inscrire des critères environnementaux dans le marché.",
                                    "Put environmental criteria in the contract.")
                                .references(
                                    "Code de la commande publique, L2112-2",
                                    "Loi Climat et résilience, art. 35")))
        .build();
  }
}
