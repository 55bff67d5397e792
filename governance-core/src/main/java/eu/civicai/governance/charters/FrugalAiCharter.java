package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.DecisionFacts.*;
import static eu.civicai.governance.charter.ImpactFacts.*;
import static eu.civicai.governance.charter.ProcurementFacts.*;
import static eu.civicai.governance.charter.PurposeFacts.*;
import static eu.civicai.governance.charter.SystemFacts.*;
import static eu.civicai.governance.charter.UsageFacts.*;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.Sourcing;

/** Frugal AI, after AFNOR SPEC 2314 (2024, revised 2025): necessity, measure, proportion, reuse. */
final class FrugalAiCharter {
  static final String ID = "civicai.frugal-ai";

  private FrugalAiCharter() {}

  static Charter create() {
    return Charter.builder(ID, "1.1")
        .title("IA frugale (d'après l'AFNOR SPEC 2314)", "Frugal AI (after AFNOR SPEC 2314)")
        .source("AFNOR SPEC 2314:2024, « Référentiel général pour l'IA frugale », revised 2025")
        .principle("necessity", "Nécessité", "Necessity", FrugalAiCharter::necessity)
        .principle("measure", "Mesure", "Measure", FrugalAiCharter::measure)
        .principle("proportion", "Proportion", "Proportion", FrugalAiCharter::proportion)
        .principle(
            "infrastructure",
            "Infrastructure et réemploi",
            "Infrastructure and reuse",
            FrugalAiCharter::infrastructure)
        .build();
  }

  /** Principle {@code necessity}: Necessity. */
  private static void necessity(Principle.Builder p) {
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
                        "Expliquer pourquoi une solution plus sobre (règles, statistiques, tableur) ne suffit pas : la frugalité commence par ne pas utiliser d'IA sans besoin.",
                        "Explain why a more frugal solution (rules, statistics, a spreadsheet) is not enough: frugality starts with not using AI without need.")
                    .references("AFNOR SPEC 2314, nécessité"))
        .criterion(
            "frugal.alternatives",
            Severity.MINOR,
            c ->
                c.title("Une solution sans IA a été étudiée", "A solution without AI was studied")
                    .requires(Parts.filled(PURPOSE_PART, ALTERNATIVES))
                    .rationale(
                        "Comparer à une alternative sobre.", "Compare with a frugal alternative.")
                    .remediation(
                        "Décrire une solution sans IA étudiée et ce qu'elle aurait coûté : c'est la référence qui mesure ce que l'IA apporte.",
                        "Describe a solution without AI that was studied and what it would have cost: it is the baseline that measures what AI brings.")
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
                        "Indiquer combien de décisions ou d'appels l'outil traite par an : la consommation en dépend et un usage borné est plus sobre.",
                        "State how many decisions or calls the tool handles a year: consumption depends on it, and a bounded usage is more frugal.")
                    .references("AFNOR SPEC 2314, usages bornés"));
  }

  /** Principle {@code measure}: Measure. */
  private static void measure(Principle.Builder p) {
    p.criterion("frugal.footprint", Severity.MAJOR, FrugalAiCharter::frugalFootprint)
        .criterion("frugal.method", Severity.MAJOR, FrugalAiCharter::frugalMethod)
        .criterion(
            "frugal.inference-energy", Severity.MINOR, FrugalAiCharter::frugalInferenceEnergy)
        .criterion("frugal.carbon", Severity.MINOR, FrugalAiCharter::frugalCarbon)
        .criterion("frugal.hardware", Severity.MINOR, FrugalAiCharter::frugalHardware);
  }

  /** Criterion {@code frugal.footprint}. */
  private static void frugalFootprint(Criterion.Builder c) {
    c.title("L'empreinte est mesurée ou estimée", "The footprint is measured or estimated")
        .requires(FOOTPRINT_KNOWN.isTrue())
        .rationale("La frugalité se prouve par la mesure.", "Frugality is proven by measure.")
        .remediation(
            "Mesurer ou estimer l'énergie et le carbone de l'usage : on ne réduit que ce que l'on connaît.",
            "Measure or estimate the usage's energy and carbon: one reduces only what one knows.")
        .references("AFNOR SPEC 2314, mesure");
  }

  /** Criterion {@code frugal.method}. */
  private static void frugalMethod(Criterion.Builder c) {
    c.title("La méthode de mesure est indiquée", "The measuring method is stated")
        .requires(Parts.filled(FOOTPRINT_PART, FOOTPRINT_METHOD))
        .rationale(
            "Un outil cité (CodeCarbon, CarbonTracker, Green Algorithms) rend le chiffre vérifiable.",
            "A named tool (CodeCarbon, CarbonTracker, Green Algorithms) makes the figure verifiable.")
        .remediation(
            "Citer l'outil ou la méthode de mesure (CodeCarbon, Green Algorithms…) : un chiffre sans méthode ne se compare pas.",
            "Name the measuring tool or method (CodeCarbon, Green Algorithms…): a figure without a method cannot be compared.")
        .references("AFNOR SPEC 2314, outils de mesure");
  }

  /** Criterion {@code frugal.inference-energy}. */
  private static void frugalInferenceEnergy(Criterion.Builder c) {
    c.title("L'énergie d'inférence annuelle est connue", "Yearly inference energy is known")
        .requires(Parts.filled(FOOTPRINT_PART, INFERENCE_ENERGY_KWH))
        .rationale(
            "L'usage en service pèse souvent plus que l'entraînement.",
            "Use in service often weighs more than training.")
        .remediation(
            "Estimer l'énergie consommée par an en service, en kWh : c'est l'essentiel de l'empreinte d'un usage qui dure.",
            "Estimate the energy used per year in service, in kWh: it is most of the footprint of a lasting usage.")
        .references("AFNOR SPEC 2314, mesure");
  }

  /** Criterion {@code frugal.carbon}. */
  private static void frugalCarbon(Criterion.Builder c) {
    c.title("Les émissions annuelles sont connues", "Yearly emissions are known")
        .requires(Parts.filled(FOOTPRINT_PART, CARBON_KG_PER_YEAR))
        .rationale(
            "Le carbone est l'unité commune des arbitrages.",
            "Carbon is the common unit of trade-offs.")
        .remediation(
            "Convertir l'énergie en émissions (kgCO2e) avec le facteur du lieu d'hébergement : le carbone est l'unité commune des bilans.",
            "Convert the energy into emissions (kgCO2e) with the hosting location's factor: carbon is the common unit of reports.")
        .references("AFNOR SPEC 2314, mesure");
  }

  /** Criterion {@code frugal.hardware}. */
  private static void frugalHardware(Criterion.Builder c) {
    c.title("Le matériel est décrit", "The hardware is described")
        .requires(Parts.filled(FOOTPRINT_PART, HARDWARE))
        .rationale(
            "Le matériel porte une part de l'empreinte.", "Hardware carries part of the footprint.")
        .remediation(
            "Décrire le matériel utilisé (GPU, serveurs, capteurs) : sa fabrication pèse souvent plus que son électricité.",
            "Describe the hardware used (GPUs, servers, sensors): making it often weighs more than its electricity.")
        .references("AFNOR SPEC 2314, infrastructure");
  }

  /** Principle {@code proportion}: Proportion. */
  private static void proportion(Principle.Builder p) {
    p.criterion("frugal.practices", Severity.MAJOR, FrugalAiCharter::frugalPractices)
        .criterion(
            "frugal.model-documented", Severity.MINOR, FrugalAiCharter::frugalModelDocumented)
        .criterion(
            "frugal.generative-proportionate",
            Severity.MAJOR,
            FrugalAiCharter::frugalGenerativeProportionate);
  }

  /** Criterion {@code frugal.practices}. */
  private static void frugalPractices(Criterion.Builder c) {
    c.title("Des bonnes pratiques de frugalité sont appliquées", "Frugality practices are applied")
        .requires(Parts.filled(FOOTPRINT_PART, FRUGALITY_PRACTICE_COUNT))
        .rationale("La SPEC recense 31 bonnes pratiques.", "The SPEC lists 31 good practices.")
        .remediation(
            "Appliquer et citer des bonnes pratiques (modèle plus petit, inférence groupée, mise en veille) : ce sont elles qui réduisent réellement la consommation.",
            "Apply and cite good practices (smaller model, batched inference, idle shutdown): they are what actually reduces consumption.")
        .references("AFNOR SPEC 2314, bonnes pratiques");
  }

  /** Criterion {@code frugal.model-documented}. */
  private static void frugalModelDocumented(Criterion.Builder c) {
    c.title("Les modèles utilisés sont documentés", "The models used are documented")
        .requires(Parts.filled(SYSTEM_PART, MODELS))
        .rationale(
            "La taille du modèle conditionne sa consommation.", "Model size drives consumption.")
        .remediation(
            "Nommer les modèles utilisés et leur version : leur taille détermine la consommation, et un modèle plus petit suffit souvent.",
            "Name the models used and their version: their size drives consumption, and a smaller model often does.")
        .references("AFNOR SPEC 2314, service");
  }

  /** Criterion {@code frugal.generative-proportionate}. */
  private static void frugalGenerativeProportionate(Criterion.Builder c) {
    c.title("L'IA générative est justifiée par la mesure", "Generative AI is justified by measure")
        .appliesWhen(TECHNIQUES.contains(AiTechnique.GENERATIVE_AI))
        .requires(FOOTPRINT_KNOWN.isTrue().and(FRUGALITY_PRACTICE_COUNT.atLeast(2)))
        .rationale(
            "Les modèles génératifs sont les plus gourmands.",
            "Generative models are the most resource-hungry.")
        .remediation(
            "Mesurer l'empreinte et appliquer au moins deux pratiques de frugalité : la frugalité se prouve par des chiffres et des actes.",
            "Measure the footprint and apply at least two frugality practices: frugality is shown by figures and actions.")
        .references("AFNOR SPEC 2314");
  }

  /** Principle {@code infrastructure}: Infrastructure and reuse. */
  private static void infrastructure(Principle.Builder p) {
    p.criterion("frugal.hosting-region", Severity.MINOR, FrugalAiCharter::frugalHostingRegion)
        .criterion("frugal.reuse", Severity.MINOR, FrugalAiCharter::frugalReuse)
        .criterion(
            "frugal.procurement-criteria",
            Severity.MAJOR,
            FrugalAiCharter::frugalProcurementCriteria)
        .criterion(
            "frugal.tender-criteria-listed",
            Severity.MINOR,
            FrugalAiCharter::frugalTenderCriteriaListed)
        .criterion(
            "frugal.tender-energy-method",
            Severity.MAJOR,
            FrugalAiCharter::frugalTenderEnergyMethod);
  }

  /** Criterion {@code frugal.tender-criteria-listed} (issue 23). */
  private static void frugalTenderCriteriaListed(Criterion.Builder c) {
    c.title(
            "Les critères environnementaux de l'appel d'offres sont listés",
            "The environmental criteria of the call for tenders are listed")
        .appliesWhen(SOURCING.is(Sourcing.PUBLIC_PROCUREMENT).and(ENVIRONMENTAL_CRITERIA.isTrue()))
        .requires(PROCUREMENT_CRITERIA_COUNT.atLeast(1))
        .rationale(
            "Un critère qu'on ne peut citer ne se vérifie pas à l'exécution du marché.",
            "A criterion nobody can quote cannot be checked while the contract runs.")
        .remediation(
            "Reprendre les critères environnementaux du marché dans la fiche : les clauses"
                + " générées par TenderClauses les y inscrivent.",
            "Copy the contract's environmental criteria into the record: the clauses generated by"
                + " TenderClauses write them there.")
        .references(
            "AFNOR SPEC 2314",
            "Code de la commande publique, R2152-7",
            "Loi Climat et résilience, art. 35");
  }

  /** Criterion {@code frugal.tender-energy-method} (issue 23). */
  private static void frugalTenderEnergyMethod(Criterion.Builder c) {
    c.title(
            "Le titulaire a fourni une méthode de mesure de l'énergie conforme",
            "The awarded bidder supplied a compliant energy measurement method")
        .appliesWhen(
            SOURCING.is(Sourcing.PUBLIC_PROCUREMENT).and(PROCUREMENT_ANSWER_COUNT.atLeast(1)))
        .requires(ENERGY_METHOD_SUPPLIED.isTrue())
        .rationale(
            "Sans méthode de mesure, l'empreinte annoncée dans l'offre ne se vérifie pas.",
            "Without a measurement method, the footprint stated in the bid cannot be checked.")
        .remediation(
            "Demander au titulaire sa méthode de mesure et enregistrer sa réponse contre la clause"
                + " doc.energy-method : outil, périmètre, facteur d'émission.",
            "Ask the bidder for its measurement method and record the answer against clause"
                + " doc.energy-method: tool, scope, emission factor.")
        .references("AFNOR SPEC 2314");
  }

  /** Criterion {@code frugal.hosting-region}. */
  private static void frugalHostingRegion(Criterion.Builder c) {
    c.title("L'hébergement est en France ou dans l'UE", "Hosting is in France or the EU")
        .requires(Parts.HOSTED_IN_EU)
        .rationale(
            "Le mix électrique et la souveraineté comptent.",
            "The electricity mix and sovereignty matter.")
        .remediation(
            "Héberger en France ou dans l'UE : l'électricité y est peu carbonée, et les données restent sous droit européen.",
            "Host in France or the EU: electricity there is low-carbon, and the data stay under European law.")
        .references("AFNOR SPEC 2314, infrastructure");
  }

  /** Criterion {@code frugal.reuse}. */
  private static void frugalReuse(Criterion.Builder c) {
    c.title("Le code ou les modèles sont réutilisables", "Code or models are reusable")
        .requires(
            Parts.filled(SYSTEM_PART, PUBLIC_SOURCE_CODE)
                .or(MODELS.any(MODEL_OPEN_WEIGHTS.isTrue())))
        .rationale("Mutualiser évite de réentraîner.", "Sharing avoids retraining.")
        .remediation(
            "Publier le code ou préférer des modèles ouverts : d'autres collectivités les réutilisent au lieu d'entraîner les leurs.",
            "Publish the code or prefer open models: other authorities reuse them instead of training their own.")
        .references("AFNOR SPEC 2314, réemploi", "Bibliothèque IA territoriale, mutualisation");
  }

  /** Criterion {@code frugal.procurement-criteria}. */
  private static void frugalProcurementCriteria(Criterion.Builder c) {
    c.title(
            "L'achat comporte des critères environnementaux",
            "Procurement carries environmental criteria")
        .appliesWhen(SOURCING.in(Sourcing.PUBLIC_PROCUREMENT, Sourcing.PROVIDER))
        .requires(ENVIRONMENTAL_CRITERIA.isTrue())
        .rationale(
            "Dès l'appel d'offres, comme à la Métropole du Grand Paris.",
            "From the call for tenders, as at the Métropole du Grand Paris.")
        .remediation(
            "Inscrire des critères environnementaux dans le marché (énergie, matériel, hébergement) : c'est au moment de l'achat que l'empreinte se décide.",
            "Put environmental criteria in the contract (energy, hardware, hosting): the footprint is decided when buying.")
        .references("Code de la commande publique, L2112-2", "Loi Climat et résilience, art. 35");
  }
}
