package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.AssessmentFacts.*;
import static eu.civicai.governance.charter.DataFacts.*;
import static eu.civicai.governance.charter.DecisionFacts.*;
import static eu.civicai.governance.charter.TransparencyFacts.*;
import static eu.civicai.governance.charter.UsageFacts.*;

import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.data.LegalBasis;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.OutputRole;

/** GDPR and French CRPA transparency for public algorithms (Etalab's guide). */
final class GdprCrpaCharter {
  static final String ID = "civicai.gdpr-crpa";

  private GdprCrpaCharter() {}

  static Charter create() {
    return Charter.builder(ID, "1.1")
        .title(
            "RGPD et transparence des algorithmes publics (CRPA)",
            "GDPR and transparency of public algorithms (CRPA)")
        .source(
            "Regulation (EU) 2016/679; Code des relations entre le public et l'administration, L311-3-1, R311-3-1-2, L312-1-3; Etalab guide")
        .principle(
            "gdpr",
            "Protection des données (RGPD)",
            "Data protection (GDPR)",
            GdprCrpaCharter::gdpr)
        .principle(
            "crpa", "Algorithmes publics (CRPA)", "Public algorithms (CRPA)", GdprCrpaCharter::crpa)
        .build();
  }

  /** Principle {@code gdpr}: Data protection (GDPR). */
  private static void gdpr(Principle.Builder p) {
    p.criterion("gdpr.legal-basis", Severity.BLOCKING, SharedCriteria::legalBasis)
        .criterion(
            "gdpr.no-legitimate-interest",
            Severity.MAJOR,
            GdprCrpaCharter::gdprNoLegitimateInterest)
        .criterion("gdpr.processing-record", Severity.MAJOR, GdprCrpaCharter::gdprProcessingRecord)
        .criterion("gdpr.dpia-status", Severity.MINOR, GdprCrpaCharter::gdprDpiaStatus)
        .criterion("gdpr.dpia-done", Severity.BLOCKING, GdprCrpaCharter::gdprDpiaDone)
        .criterion("gdpr.dpia-criteria", Severity.MAJOR, GdprCrpaCharter::gdprDpiaCriteria)
        .criterion("gdpr.dpo", Severity.MINOR, GdprCrpaCharter::gdprDpo)
        .criterion("gdpr.retention", Severity.MAJOR, GdprCrpaCharter::gdprRetention)
        .criterion("gdpr.transfers", Severity.BLOCKING, GdprCrpaCharter::gdprTransfers);
  }

  /** Criterion {@code gdpr.dpia-criteria} (issue 23). */
  private static void gdprDpiaCriteria(Criterion.Builder c) {
    c.title(
            "L'AIPD est réalisée quand deux critères du CEPD au moins sont remplis",
            "The DPIA is done when two or more EDPB criteria are met")
        .appliesWhen(DPIA_REQUIRED_BY_CRITERIA.isTrue())
        .requires(DPIA.is(DpiaStatus.COMPLETED))
        .rationale(
            "Un traitement qui remplit deux des neuf critères est, dans la plupart des cas,"
                + " susceptible d'engendrer un risque élevé.",
            "A processing meeting two of the nine criteria is, in most cases, likely to result in"
                + " a high risk.")
        .remediation(
            "Réaliser l'analyse d'impact relative à la protection des données avec le DPO : le"
                + " questionnaire d'impact en signale les critères remplis.",
            "Carry out the data protection impact assessment with the DPO: the impact"
                + " questionnaire shows which criteria are met.")
        .references("RGPD art. 35(1)", "G29, WP248 rev.01, III.B.a");
  }

  /** Criterion {@code gdpr.no-legitimate-interest}. */
  private static void gdprNoLegitimateInterest(Criterion.Builder c) {
    c.title(
            "L'intérêt légitime n'est pas invoqué pour une mission publique",
            "Legitimate interests are not relied on for a public task")
        .requires(DATASETS.none(DATASET_LEGAL_BASIS.is(LegalBasis.LEGITIMATE_INTERESTS)))
        .rationale(
            "Les autorités publiques ne peuvent s'en prévaloir pour leurs missions.",
            "Public authorities cannot rely on it for their tasks.")
        .remediation(
            "Retenir la mission d'intérêt public ou l'obligation légale plutôt que l'intérêt légitime : une autorité publique ne peut invoquer ce dernier pour ses missions.",
            "Rely on the public task or a legal obligation rather than legitimate interests: a public authority cannot rely on the latter for its tasks.")
        .references("RGPD art. 6(1), dernier alinéa");
  }

  /** Criterion {@code gdpr.processing-record}. */
  private static void gdprProcessingRecord(Criterion.Builder c) {
    c.title(
            "Le traitement figure au registre des traitements",
            "The processing is in the record of processing")
        .appliesWhen(PERSONAL_DATA_USED.isTrue())
        .requires(Parts.filled(DATA_USE_PART, PROCESSING_RECORD))
        .rationale("Tout traitement est inscrit au registre.", "Every processing is recorded.")
        .remediation(
            "Inscrire le traitement au registre des traitements et relier la fiche à son entrée : c'est le document que la CNIL demande en premier.",
            "Enter the processing in the record of processing and link the record to its entry: it is the first document the CNIL asks for.")
        .references("RGPD art. 30");
  }

  /** Criterion {@code gdpr.dpia-status}. */
  private static void gdprDpiaStatus(Criterion.Builder c) {
    c.title("Le statut de l'AIPD est indiqué", "The DPIA status is stated")
        .appliesWhen(PERSONAL_DATA_USED.isTrue())
        .requires(Parts.filled(DATA_USE_PART, DPIA))
        .rationale(
            "Savoir si une AIPD est requise est déjà une analyse.",
            "Knowing whether a DPIA is required is already an analysis.")
        .remediation(
            "Indiquer si une analyse d'impact (AIPD) est requise et où elle en est, avec le DPO : la réponse montre que les risques ont été pesés.",
            "State, with the DPO, whether a data protection impact assessment is required and where it stands: the answer shows the risks were weighed.")
        .references("RGPD art. 35");
  }

  /** Criterion {@code gdpr.dpia-done}. */
  private static void gdprDpiaDone(Criterion.Builder c) {
    c.title("L'AIPD est réalisée quand elle est requise", "The DPIA is done when required")
        .appliesWhen(
            PERSONAL_DATA_USED
                .isTrue()
                .and(
                    PROFILING
                        .isTrue()
                        .or(SPECIAL_CATEGORIES_USED.isTrue())
                        .or(OUTPUT_ROLE.is(OutputRole.AUTOMATED_DECISION))
                        .or(DPIA.is(DpiaStatus.REQUIRED))))
        .requires(DPIA.is(DpiaStatus.COMPLETED))
        .rationale(
            "Profilage, données sensibles, décision automatisée : AIPD obligatoire.",
            "Profiling, sensitive data, automated decisions: DPIA mandatory.")
        .remediation(
            "Réaliser l'analyse d'impact (méthode CNIL PIA) avant la mise en service : profilage, données sensibles ou décision automatisée la rendent obligatoire.",
            "Carry out the impact assessment (CNIL PIA method) before going live: profiling, sensitive data or automated decisions make it mandatory.")
        .references("RGPD art. 35", "CNIL, liste des traitements soumis à AIPD");
  }

  /** Criterion {@code gdpr.dpo}. */
  private static void gdprDpo(Criterion.Builder c) {
    c.title("Le DPO est indiqué", "The DPO is named")
        .appliesWhen(PERSONAL_DATA_USED.isTrue())
        .requires(HAS_DPO_CONTACT.isTrue())
        .rationale(
            "Les personnes doivent pouvoir le joindre.", "People must be able to reach them.")
        .remediation(
            "Ajouter le contact du délégué à la protection des données : les personnes concernées doivent pouvoir le joindre pour exercer leurs droits.",
            "Add the data protection officer's contact: the people concerned must be able to reach them to exercise their rights.")
        .references("RGPD art. 30(1)(a), 37");
  }

  /** Criterion {@code gdpr.retention}. */
  private static void gdprRetention(Criterion.Builder c) {
    c.title(
            "Chaque jeu de données personnelles a une durée de conservation",
            "Every personal dataset has a retention period")
        .requires(DATASETS.all(DATASET_PERSONAL.isFalse().or(DATASET_RETENTION_SET.isTrue())))
        .rationale("Limitation de la conservation.", "Storage limitation.")
        .remediation(
            "Fixer la durée de conservation de chaque jeu de données personnelles et ce qui se passe à son terme : garder sans limite est interdit.",
            "Set the retention period of each personal dataset and what happens at its end: keeping data without limit is forbidden.")
        .references("RGPD art. 5(1)(e), 30(1)(f)");
  }

  /** Criterion {@code gdpr.transfers}. */
  private static void gdprTransfers(Criterion.Builder c) {
    c.title("Les transferts hors UE ont une garantie", "Transfers outside the EU have a safeguard")
        .requires(Parts.NO_UNSAFEGUARDED_TRANSFER)
        .rationale("Chapitre V du RGPD.", "GDPR Chapter V.")
        .remediation(
            "Documenter la garantie du transfert hors UE (décision d'adéquation, clauses types) ou rapatrier les données : sans elle, le transfert est interdit.",
            "Document the safeguard of the transfer outside the EU (adequacy decision, standard clauses) or bring the data back: without one, the transfer is forbidden.")
        .references("RGPD art. 44 à 49");
  }

  /** Principle {@code crpa}: Public algorithms (CRPA). */
  private static void crpa(Principle.Builder p) {
    p.criterion("crpa.explicit-mention", Severity.BLOCKING, SharedCriteria::explicitMention)
        .criterion("crpa.explanation", Severity.MAJOR, GdprCrpaCharter::crpaExplanation)
        .criterion("crpa.publication", Severity.MAJOR, GdprCrpaCharter::crpaPublication);
  }

  /** Criterion {@code crpa.explanation}. */
  private static void crpaExplanation(Criterion.Builder c) {
    c.title("Les règles sont communicables sur demande", "The rules are communicable on request")
        .appliesWhen(CONCERNS_INDIVIDUALS.isTrue())
        .requires(Parts.filled(DECISION_PART, CONTESTATION))
        .rationale(
            "Degré et mode de contribution, données, paramètres, opérations.",
            "Degree and mode of contribution, data, parameters, operations.")
        .remediation(
            "Décrire comment une personne obtient les règles de l'algorithme et une explication de sa décision : le CRPA lui en donne le droit.",
            "Describe how a person obtains the algorithm's rules and an explanation of their decision: the CRPA gives them that right.")
        .references("CRPA R311-3-1-2");
  }

  /** Criterion {@code crpa.publication}. */
  private static void crpaPublication(Criterion.Builder c) {
    c.title(
            "Les règles des algorithmes principaux sont publiées",
            "The rules of main algorithms are published")
        .appliesWhen(CONCERNS_INDIVIDUALS.isTrue().and(AUTHORITY_AGENTS.greaterThan(50)))
        .requires(PUBLISHED.isTrue())
        .rationale("Obligation au-delà de 50 agents.", "Duty above 50 agents.")
        .remediation(
            "Publier en ligne les règles des principaux algorithmes qui fondent des décisions individuelles : c'est obligatoire au-delà de 50 agents.",
            "Publish online the rules of the main algorithms behind individual decisions: it is mandatory above 50 agents.")
        .references("CRPA L312-1-3");
  }
}
