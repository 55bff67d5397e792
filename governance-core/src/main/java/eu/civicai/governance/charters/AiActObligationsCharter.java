package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.AiActFacts.*;
import static eu.civicai.governance.charter.AssessmentFacts.*;
import static eu.civicai.governance.charter.DecisionFacts.*;
import static eu.civicai.governance.charter.GovernanceFacts.*;
import static eu.civicai.governance.charter.ImpactFacts.*;
import static eu.civicai.governance.charter.TransparencyFacts.*;
import static eu.civicai.governance.charter.UsageFacts.*;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.aiact.Obligation;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charter.Severity;

/**
 * The obligations of a public authority under the EU AI Act, each criterion citing its paragraph
 * and applying when the classifier finds that the obligation binds the authority, in its role, on
 * the evaluation date (see {@link eu.civicai.governance.charter.AiActFacts#aiActDuty}): before the
 * date an obligation applies from, its criterion is not applicable; while it depends on open
 * questions, unknown. A usage that implements a prohibited practice fails a blocking criterion.
 */
final class AiActObligationsCharter {
  static final String ID = "civicai.ai-act-deployer";

  /** The charter's version: its own and the classifier's rule set. */
  static final String VERSION = "2.1+" + AiActClassifier.RULE_SET_VERSION;

  private static final String HIGH_RISK_DATE_FR =
      " S'applique aux systèmes à haut risque de l'annexe III à partir du 2 décembre 2027"
          + " (art. 113 modifié par le règlement (UE) 2026/1744), au plus tard le 2 août 2030"
          + " pour un système en service avant cette date (art. 111, § 2).";
  private static final String HIGH_RISK_DATE_EN =
      " Applies to Annex III high-risk systems from 2 December 2027 (Art. 113 as amended by"
          + " Regulation (EU) 2026/1744), by 2 August 2030 for a system in service before that"
          + " date (Art. 111(2)).";
  private static final String ART_50_DATE_FR = " S'applique à partir du 2 août 2026.";
  private static final String ART_50_DATE_EN = " Applies from 2 August 2026.";

  private AiActObligationsCharter() {}

  private static Condition duty(Obligation o) {
    return aiActDuty(o).isTrue();
  }

  static Charter create() {
    return Charter.builder(ID, VERSION)
        .title(
            "Obligations d'une autorité publique au titre du règlement IA",
            "Obligations of a public authority under the AI Act")
        .source(AiActClassifier.REGULATION + "; Art. 4, 5, 26, 27, 49, 50, 86")
        .principle(
            "classification",
            "Classification",
            "Classification",
            AiActObligationsCharter::classification)
        .principle(
            "all-operators",
            "Tout fournisseur ou déployeur",
            "Every provider or deployer",
            AiActObligationsCharter::allOperators)
        .principle(
            "high-risk",
            "Déployeur d'un système à haut risque",
            "Deployer of a high-risk system",
            AiActObligationsCharter::highRisk)
        .principle(
            "transparency",
            "Transparence (article 50)",
            "Transparency (Article 50)",
            AiActObligationsCharter::transparency)
        .build();
  }

  /** Principle {@code classification}: Classification. */
  private static void classification(Principle.Builder p) {
    p.criterion(
            "aiact.not-prohibited",
            Severity.BLOCKING,
            c ->
                c.title("Aucune pratique interdite", "No prohibited practice")
                    .requires(duty(Obligation.STOP_PROHIBITED_PRACTICE).negate())
                    .rationale(
                        "Les pratiques de l'article 5, § 1, ne peuvent être mises sur"
                            + " le marché, mises en service ni utilisées, quoi que"
                            + " fasse par ailleurs l'usage ; tant qu'un point n'est"
                            + " pas répondu, la réponse est inconnue.",
                        "The practices of Art. 5(1) may not be placed on the market,"
                            + " put into service or used, whatever else the usage"
                            + " does; while a point is unanswered, the answer is"
                            + " unknown.")
                    .remediation("Cesser la pratique interdite.", "Stop the prohibited practice.")
                    .references("AI Act Art. 5(1)"))
        .criterion(
            "aiact.classified",
            Severity.MAJOR,
            c ->
                c.title("Le niveau de risque est déterminé", "The risk tier is determined")
                    .requires(AI_ACT_TIER.isNot(AiActTier.UNDETERMINED))
                    .rationale(
                        "Les obligations dépendent du niveau de risque et du rôle de"
                            + " l'autorité ; sans réponse, elles restent inconnues.",
                        "Obligations depend on the tier and on the authority's role;"
                            + " unanswered, they stay unknown.")
                    .remediation(
                        "Répondre aux questions ouvertes du classificateur : chacune"
                            + " nomme l'article ou le point d'annexe qui la pose.",
                        "Answer the classifier's open questions: each names the"
                            + " article or annex point that asks it.")
                    .references("AI Act Art. 3(1)", "AI Act Art. 2", "AI Act Art. 6"));
  }

  /** Principle {@code all-operators}: Every provider or deployer. */
  private static void allOperators(Principle.Builder p) {
    p.criterion(
        "aiact.literacy",
        Severity.MAJOR,
        c ->
            c.title(
                    "Des mesures développent la maîtrise de l'IA du personnel",
                    "Measures support the AI literacy of staff")
                .appliesWhen(duty(Obligation.AI_LITERACY))
                .requires(AGENT_TRAININGS.atLeast(1))
                .rationale(
                    "Depuis le 2 février 2025 ; l'article 4 remplacé en 2026 demande"
                        + " des mesures, sans garantir un niveau individuel.",
                    "Since 2 February 2025; Art. 4 as replaced in 2026 asks for"
                        + " measures, without guaranteeing an individual level.")
                .remediation(
                    "Former les agents qui utilisent ou supervisent le système, et"
                        + " noter ces formations dans la fiche.",
                    "Train the agents who use or oversee the system, and record"
                        + " the trainings in the record.")
                .references("AI Act Art. 4"));
  }

  /** Principle {@code high-risk}: Deployer of a high-risk system. */
  private static void highRisk(Principle.Builder p) {
    p.criterion(
            "aiact.use-per-instructions",
            Severity.MAJOR,
            AiActObligationsCharter::aiactUsePerInstructions)
        .criterion(
            "aiact.oversight-assigned",
            Severity.BLOCKING,
            AiActObligationsCharter::aiactOversightAssigned)
        .criterion(
            "aiact.oversight-trained",
            Severity.BLOCKING,
            AiActObligationsCharter::aiactOversightTrained)
        .criterion("aiact.input-data", Severity.MAJOR, AiActObligationsCharter::aiactInputData)
        .criterion("aiact.monitoring", Severity.MAJOR, AiActObligationsCharter::aiactMonitoring)
        .criterion("aiact.logs", Severity.MAJOR, AiActObligationsCharter::aiactLogs)
        .criterion(
            "aiact.inform-workers", Severity.MAJOR, AiActObligationsCharter::aiactInformWorkers)
        .criterion(
            "aiact.registration-checked",
            Severity.BLOCKING,
            AiActObligationsCharter::aiactRegistrationChecked)
        .criterion(
            "aiact.inform-affected", Severity.MAJOR, AiActObligationsCharter::aiactInformAffected)
        .criterion("aiact.fria", Severity.BLOCKING, AiActObligationsCharter::aiactFria)
        .criterion(
            "aiact.fria-complete", Severity.MAJOR, AiActObligationsCharter::aiactFriaComplete)
        .criterion("aiact.fria-current", Severity.MAJOR, AiActObligationsCharter::aiactFriaCurrent)
        .criterion(
            "aiact.fria-notified", Severity.MAJOR, AiActObligationsCharter::aiactFriaNotified)
        .criterion(
            "aiact.registration", Severity.BLOCKING, AiActObligationsCharter::aiactRegistration)
        .criterion("aiact.explanation", Severity.MAJOR, AiActObligationsCharter::aiactExplanation);
  }

  /** Criterion {@code aiact.use-per-instructions}. */
  private static void aiactUsePerInstructions(Criterion.Builder c) {
    c.title(
            "Le système est utilisé conformément à sa notice",
            "The system is used per its instructions for use")
        .appliesWhen(duty(Obligation.USE_PER_INSTRUCTIONS))
        .requires(USED_PER_INSTRUCTIONS.isTrue())
        .rationale(
            "Des mesures techniques et organisationnelles appropriées"
                + " sont exigées."
                + HIGH_RISK_DATE_FR,
            "Appropriate technical and organisational measures are"
                + " required."
                + HIGH_RISK_DATE_EN)
        .remediation(
            "Obtenir la notice du fournisseur et organiser son respect.",
            "Obtain the provider's instructions and organise their use.")
        .references("AI Act Art. 26(1)");
  }

  /** Criterion {@code aiact.oversight-assigned}. */
  private static void aiactOversightAssigned(Criterion.Builder c) {
    c.title(
            "Le contrôle humain est confié à des personnes désignées",
            "Human oversight is assigned to named roles")
        .appliesWhen(duty(Obligation.HUMAN_OVERSIGHT))
        .requires(Parts.filled(DECISION_PART, OVERRIDE_ROLE_COUNT))
        .rationale(
            "Le déployeur confie le contrôle humain." + HIGH_RISK_DATE_FR,
            "The deployer assigns human oversight." + HIGH_RISK_DATE_EN)
        .remediation(
            "Désigner les rôles chargés du contrôle humain.",
            "Name the roles in charge of human oversight.")
        .references("AI Act Art. 26(2)");
  }

  /** Criterion {@code aiact.oversight-trained}. */
  private static void aiactOversightTrained(Criterion.Builder c) {
    c.title(
            "Les personnes chargées du contrôle sont formées",
            "The people in charge of oversight are trained")
        .appliesWhen(duty(Obligation.HUMAN_OVERSIGHT))
        .requires(OVERSEERS_TRAINED.isTrue())
        .rationale(
            "Compétence, formation et autorité sont exigées." + HIGH_RISK_DATE_FR,
            "Competence, training and authority are required." + HIGH_RISK_DATE_EN)
        .remediation("Former les superviseurs.", "Train the overseers.")
        .references("AI Act Art. 26(2)");
  }

  /** Criterion {@code aiact.input-data}. */
  private static void aiactInputData(Criterion.Builder c) {
    c.title(
            "Les données d'entrée sont pertinentes et représentatives",
            "Input data is relevant and representative")
        .appliesWhen(duty(Obligation.INPUT_DATA_RELEVANCE))
        .requires(INPUT_DATA_CHECKED.isTrue())
        .rationale(
            "Pour les données sous le contrôle du déployeur." + HIGH_RISK_DATE_FR,
            "For the data under the deployer's control." + HIGH_RISK_DATE_EN)
        .remediation(
            "Vérifier les données d'entrée au regard de la finalité.",
            "Check the input data against the intended purpose.")
        .references("AI Act Art. 26(4)");
  }

  /** Criterion {@code aiact.monitoring}. */
  private static void aiactMonitoring(Criterion.Builder c) {
    c.title(
            "Le fonctionnement est surveillé et le fournisseur informé",
            "Operation is monitored and the provider informed")
        .appliesWhen(duty(Obligation.MONITORING))
        .requires(OPERATION_MONITORED.isTrue())
        .rationale(
            "Les risques et incidents graves sont signalés." + HIGH_RISK_DATE_FR,
            "Risks and serious incidents are reported." + HIGH_RISK_DATE_EN)
        .remediation(
            "Organiser la surveillance et le signalement au fournisseur.",
            "Organise monitoring and reporting to the provider.")
        .references("AI Act Art. 26(5)");
  }

  /** Criterion {@code aiact.logs}. */
  private static void aiactLogs(Criterion.Builder c) {
    c.title(
            "Les journaux sont conservés au moins six mois",
            "Logs are kept for at least six months")
        .appliesWhen(duty(Obligation.KEEP_LOGS))
        .requires(LOG_RETENTION_MONTHS.atLeast(6))
        .rationale(
            "Pour les journaux sous le contrôle du déployeur." + HIGH_RISK_DATE_FR,
            "For the logs under the deployer's control." + HIGH_RISK_DATE_EN)
        .remediation(
            "Conserver les journaux six mois au moins et noter la durée.",
            "Keep the logs for six months at least and record the period.")
        .references("AI Act Art. 26(6)");
  }

  /** Criterion {@code aiact.inform-workers}. */
  private static void aiactInformWorkers(Criterion.Builder c) {
    c.title(
            "Les agents et leurs représentants sont informés",
            "Agents and their representatives are informed")
        .appliesWhen(duty(Obligation.INFORM_WORKERS))
        .requires(AGENT_CONSULTATIONS.atLeast(1).or(AGENTS_CONSULTED.isTrue()))
        .rationale(
            "Avant la mise en service sur le lieu de travail." + HIGH_RISK_DATE_FR,
            "Before putting into service at the workplace." + HIGH_RISK_DATE_EN)
        .remediation(
            "Informer et consulter les représentants du personnel.",
            "Inform and consult staff representatives.")
        .references("AI Act Art. 26(7)");
  }

  /** Criterion {@code aiact.registration-checked}. */
  private static void aiactRegistrationChecked(Criterion.Builder c) {
    c.title(
            "L'enregistrement du système par le fournisseur est vérifié",
            "The provider's registration of the system is checked")
        .appliesWhen(duty(Obligation.CHECK_EU_DATABASE_REGISTRATION))
        .requires(PROVIDER_REGISTRATION_CHECKED.isTrue())
        .rationale(
            "Une autorité publique n'utilise pas un système non enregistré." + HIGH_RISK_DATE_FR,
            "A public authority does not use an unregistered system." + HIGH_RISK_DATE_EN)
        .remediation(
            "Vérifier l'enregistrement dans la base de l'UE, sinon"
                + " informer le fournisseur et ne pas utiliser le système.",
            "Check the EU database registration; otherwise inform the"
                + " provider and do not use the system.")
        .references("AI Act Art. 26(8)");
  }

  /** Criterion {@code aiact.inform-affected}. */
  private static void aiactInformAffected(Criterion.Builder c) {
    c.title("Les personnes concernées sont informées", "Affected persons are informed")
        .appliesWhen(duty(Obligation.INFORM_AFFECTED_PERSONS))
        .requires(Parts.filled(TRANSPARENCY_PART, CITIZEN_NOTICE))
        .rationale(
            "Les personnes visées par une décision doivent le savoir." + HIGH_RISK_DATE_FR,
            "People subject to a decision must know." + HIGH_RISK_DATE_EN)
        .remediation(
            "Rédiger l'information aux personnes concernées.",
            "Write the notice to affected persons.")
        .references("AI Act Art. 26(11)");
  }

  /** Criterion {@code aiact.fria}. */
  private static void aiactFria(Criterion.Builder c) {
    c.title(
            "L'analyse d'impact sur les droits fondamentaux est faite avant la première utilisation",
            "The fundamental rights impact assessment is done before first use")
        .appliesWhen(duty(Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT))
        .requires(Parts.filled(AI_ACT_PART, FRIA_REFERENCE).or(FRIA_PRESENT.isTrue()))
        .rationale(
            "Obligatoire pour les organismes de droit public, sauf pour"
                + " le point 2 de l'annexe III."
                + HIGH_RISK_DATE_FR,
            "Mandatory for bodies governed by public law, except for"
                + " point 2 of Annex III."
                + HIGH_RISK_DATE_EN)
        .remediation(
            "Réaliser l'analyse (art. 27, § 1, points a) à f)) et en noter la référence.",
            "Perform the assessment (Art. 27(1)(a) to (f)) and note its reference.")
        .references("AI Act Art. 27(1)");
  }

  /** Criterion {@code aiact.fria-complete}. */
  private static void aiactFriaComplete(Criterion.Builder c) {
    c.title(
            "L'analyse d'impact sur les droits fondamentaux comprend les éléments a) à f)",
            "The fundamental rights impact assessment holds elements (a) to (f)")
        .appliesWhen(duty(Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT))
        .requires(FRIA_COMPLETE.isTrue())
        .rationale(
            "Une analyse qui omet un élément ne répond pas à l'article 27." + HIGH_RISK_DATE_FR,
            "An assessment that leaves out an element does not meet Article 27."
                + HIGH_RISK_DATE_EN)
        .remediation(
            "Compléter chaque élément manquant de l'analyse (modèle : FriaTemplate) : processus,"
                + " période, personnes, risques, contrôle humain, mesures et plaintes.",
            "Fill each missing element of the assessment (template: FriaTemplate): processes,"
                + " period, persons, risks, human oversight, measures and complaints.")
        .references("AI Act Art. 27(1)(a)-(f)");
  }

  /** Criterion {@code aiact.fria-current}. */
  private static void aiactFriaCurrent(Criterion.Builder c) {
    c.title("L'analyse d'impact est à jour", "The impact assessment is current")
        .appliesWhen(duty(Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT))
        .requires(FRIA_CURRENT.isTrue())
        .rationale(
            "Le déployeur met l'analyse à jour dès qu'un élément a changé ou n'est plus à jour."
                + HIGH_RISK_DATE_FR,
            "The deployer updates the assessment when an element has changed or is no longer up"
                + " to date."
                + HIGH_RISK_DATE_EN)
        .remediation(
            "Réexaminer l'analyse, en publier une nouvelle version et fixer la date du prochain"
                + " réexamen.",
            "Review the assessment, record a new version and set the date of the next review.")
        .references("AI Act Art. 27(2)");
  }

  /** Criterion {@code aiact.fria-notified}. */
  private static void aiactFriaNotified(Criterion.Builder c) {
    c.title(
            "Les résultats de l'analyse sont notifiés à l'autorité de surveillance du marché",
            "The results of the assessment are notified to the market surveillance authority")
        .appliesWhen(duty(Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT))
        .requires(FRIA_NOTIFIED.isTrue())
        .rationale(
            "Une fois l'analyse faite, le déployeur en notifie les résultats avec le modèle rempli."
                + HIGH_RISK_DATE_FR,
            "Once the assessment is done, the deployer notifies its results with the filled-out"
                + " template."
                + HIGH_RISK_DATE_EN)
        .remediation(
            "Notifier les résultats à l'autorité de surveillance du marché et noter la date et la"
                + " référence de la notification.",
            "Notify the results to the market surveillance authority and record the date and"
                + " reference of the notification.")
        .references("AI Act Art. 27(3)");
  }

  /** Criterion {@code aiact.registration}. */
  private static void aiactRegistration(Criterion.Builder c) {
    c.title(
            "L'utilisation est enregistrée dans la base de l'UE",
            "The use is registered in the EU database")
        .appliesWhen(duty(Obligation.REGISTRATION))
        .requires(Parts.filled(AI_ACT_PART, REGISTRATION_REFERENCE))
        .rationale(
            "Les déployeurs publics s'enregistrent, sauf pour le point 2"
                + " de l'annexe III (enregistré au niveau national)."
                + HIGH_RISK_DATE_FR,
            "Public deployers register, except for point 2 of Annex III"
                + " (registered at national level)."
                + HIGH_RISK_DATE_EN)
        .remediation(
            "Enregistrer l'utilisation (annexe VIII, section C).",
            "Register the use (Annex VIII, Section C).")
        .references("AI Act Art. 49(3)");
  }

  /** Criterion {@code aiact.explanation}. */
  private static void aiactExplanation(Criterion.Builder c) {
    c.title(
            "Une explication de la décision peut être obtenue",
            "An explanation of the decision can be obtained")
        .appliesWhen(duty(Obligation.EXPLANATION_ON_REQUEST))
        .requires(Parts.filled(DECISION_PART, CONTESTATION))
        .rationale(
            "Les personnes concernées par une décision fondée sur le"
                + " système ont droit à une explication claire."
                + HIGH_RISK_DATE_FR,
            "People affected by a decision based on the system are"
                + " entitled to a clear explanation."
                + HIGH_RISK_DATE_EN)
        .remediation(
            "Décrire comment obtenir une explication ou contester.",
            "Describe how to get an explanation or contest.")
        .references("AI Act Art. 86(1)");
  }

  /** Principle {@code transparency}: Transparency (Article 50). */
  private static void transparency(Principle.Builder p) {
    p.criterion(
            "aiact.disclose-interaction",
            Severity.MAJOR,
            AiActObligationsCharter::aiactDiscloseInteraction)
        .criterion("aiact.mark-content", Severity.MAJOR, AiActObligationsCharter::aiactMarkContent)
        .criterion(
            "aiact.inform-exposed", Severity.MAJOR, AiActObligationsCharter::aiactInformExposed)
        .criterion(
            "aiact.disclose-generated",
            Severity.MAJOR,
            AiActObligationsCharter::aiactDiscloseGenerated);
  }

  /** Criterion {@code aiact.disclose-interaction}. */
  private static void aiactDiscloseInteraction(Criterion.Builder c) {
    c.title(
            "Les personnes savent qu'elles interagissent avec une IA",
            "People know they interact with AI")
        .appliesWhen(duty(Obligation.DISCLOSE_AI_INTERACTION))
        .requires(Parts.filled(TRANSPARENCY_PART, CITIZEN_NOTICE))
        .rationale(
            "Obligation du fournisseur (art. 50, § 1)." + ART_50_DATE_FR,
            "The provider's duty (Art. 50(1))." + ART_50_DATE_EN)
        .remediation(
            "Afficher que l'interlocuteur est une IA.", "Show that the interlocutor is an AI.")
        .references("AI Act Art. 50(1)");
  }

  /** Criterion {@code aiact.mark-content}. */
  private static void aiactMarkContent(Criterion.Builder c) {
    c.title("Les contenus générés sont marqués", "Generated content is marked")
        .appliesWhen(duty(Obligation.MARK_SYNTHETIC_CONTENT))
        .requires(CONTENT_MARKED.isTrue())
        .rationale(
            "Obligation du fournisseur (art. 50, § 2) ; 2 décembre 2026"
                + " pour un système mis sur le marché avant le 2 août 2026"
                + " (art. 111, § 4)."
                + ART_50_DATE_FR,
            "The provider's duty (Art. 50(2)); 2 December 2026 for a"
                + " system placed on the market before 2 August 2026"
                + " (Art. 111(4))."
                + ART_50_DATE_EN)
        .remediation(
            "Marquer les contenus générés dans un format lisible par machine.",
            "Mark generated content in a machine-readable format.")
        .references("AI Act Art. 50(2)");
  }

  /** Criterion {@code aiact.inform-exposed}. */
  private static void aiactInformExposed(Criterion.Builder c) {
    c.title(
            "Les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique sont informées",
            "People exposed to emotion recognition or biometric categorisation are informed")
        .appliesWhen(duty(Obligation.INFORM_BIOMETRIC_EXPOSURE))
        .requires(Parts.filled(TRANSPARENCY_PART, CITIZEN_NOTICE))
        .rationale(
            "Obligation du déployeur (art. 50, § 3)." + ART_50_DATE_FR,
            "The deployer's duty (Art. 50(3))." + ART_50_DATE_EN)
        .remediation(
            "Informer les personnes exposées du fonctionnement du système.",
            "Inform the exposed persons of the operation of the system.")
        .references("AI Act Art. 50(3)");
  }

  /** Criterion {@code aiact.disclose-generated}. */
  private static void aiactDiscloseGenerated(Criterion.Builder c) {
    c.title(
            "Les hypertrucages et les textes publiés sans responsabilité éditoriale sont signalés",
            "Deep fakes and texts published without editorial responsibility are disclosed")
        .appliesWhen(
            duty(Obligation.DISCLOSE_DEEP_FAKE).or(duty(Obligation.DISCLOSE_GENERATED_TEXT)))
        .requires(CONTENT_MARKED.isTrue())
        .rationale(
            "Obligation du déployeur (art. 50, § 4) ; pas pour un texte"
                + " relu sous la responsabilité éditoriale d'une personne."
                + ART_50_DATE_FR,
            "The deployer's duty (Art. 50(4)); not for text reviewed"
                + " under a person's editorial responsibility."
                + ART_50_DATE_EN)
        .remediation(
            "Indiquer que le contenu a été généré ou manipulé par une IA.",
            "Disclose that the content was generated or manipulated by AI.")
        .references("AI Act Art. 50(4)");
  }
}
