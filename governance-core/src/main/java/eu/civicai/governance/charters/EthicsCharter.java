package eu.civicai.governance.charters;

import static eu.civicai.governance.charter.AiActFacts.*;
import static eu.civicai.governance.charter.AssessmentFacts.*;
import static eu.civicai.governance.charter.DataFacts.*;
import static eu.civicai.governance.charter.DecisionFacts.*;
import static eu.civicai.governance.charter.GovernanceFacts.*;
import static eu.civicai.governance.charter.ImpactFacts.*;
import static eu.civicai.governance.charter.LedgerFacts.*;
import static eu.civicai.governance.charter.PurposeFacts.*;
import static eu.civicai.governance.charter.RiskFacts.*;
import static eu.civicai.governance.charter.StatusFacts.*;
import static eu.civicai.governance.charter.SystemFacts.*;
import static eu.civicai.governance.charter.TransparencyFacts.*;
import static eu.civicai.governance.charter.UsageFacts.*;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.Criterion;
import eu.civicai.governance.charter.Principle;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.charter.WorkFacts;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.RiskCategory;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import java.time.Period;

/**
 * The territorial ethics charter: nine principles drawn from the practices of French collectivités
 * (Sicoval's ethics charter and its strict control of the data lifecycle, Nantes' compass, Tours
 * Métropole's watch committee and "cafés IA", Métropole du Grand Paris' environmental criteria),
 * with the legal texts each criterion rests on.
 */
final class EthicsCharter {
  static final String ID = "civicai.ethics";

  private EthicsCharter() {}

  private static Condition publicFacing() {
    return INTERACTS_WITH_PUBLIC.isTrue().or(AUDIENCES.contains(Audience.GENERAL_PUBLIC));
  }

  static Charter create() {
    return Charter.builder(ID, "1.2")
        .title("Charte éthique territoriale de l'IA", "Territorial AI ethics charter")
        .source(
            "CivicAI, after the public practices of Sicoval, Nantes Métropole, Tours Métropole and the"
                + " Métropole du Grand Paris; EU AI Act, GDPR, CRPA")
        .principle(
            "utility", "Utilité et nécessité", "Utility and necessity", EthicsCharter::utility)
        .principle("oversight", "Contrôle humain", "Human oversight", EthicsCharter::oversight)
        .principle("transparency", "Transparence", "Transparency", EthicsCharter::transparency)
        .principle(
            "data",
            "Gouvernance et cycle de vie des données",
            "Data governance and lifecycle",
            EthicsCharter::data)
        .principle("risks", "Risques et équité", "Risks and fairness", EthicsCharter::risks)
        .principle(
            "involvement",
            "Implication des agents et des citoyens",
            "Involvement of agents and citizens",
            EthicsCharter::involvement)
        .principle("sobriety", "Sobriété", "Sobriety", EthicsCharter::sobriety)
        .principle(
            "security",
            "Sécurité et souveraineté",
            "Security and sovereignty",
            EthicsCharter::security)
        .principle("value", "Valeur mesurée", "Measured value", EthicsCharter::value)
        .build();
  }

  /** Principle {@code utility}: Utility and necessity. */
  private static void utility(Principle.Builder p) {
    p.criterion(
            "utility.goal",
            Severity.MAJOR,
            c ->
                c.title("L'objectif est énoncé", "The goal is stated")
                    .requires(Parts.filled(PURPOSE_PART, GOAL))
                    .rationale(
                        "On ne juge un usage qu'à son objectif.",
                        "A usage is judged against its goal.")
                    .remediation(
                        "Décrire en langage clair ce que l'usage doit accomplir : c'est à cet objectif qu'on juge s'il est utile.",
                        "Describe in plain language what the usage must achieve: it is against this goal that its usefulness is judged.")
                    .references("Boussole de l'IA (Nantes), utilité", "AFNOR SPEC 2314"))
        .criterion(
            "utility.why-ai",
            Severity.MAJOR,
            c ->
                c.title("Le recours à l'IA est justifié", "Using AI is justified")
                    .requires(Parts.filled(PURPOSE_PART, WHY_AI))
                    .rationale(
                        "Une solution plus simple ou plus sobre peut suffire.",
                        "A simpler or more frugal solution may do.")
                    .remediation(
                        "Expliquer pourquoi l'IA plutôt qu'une solution plus simple : une solution plus sobre peut suffire, et l'élu doit savoir pourquoi elle ne suffit pas.",
                        "Explain why AI rather than a simpler solution: a more frugal one may do, and elected officials must know why it does not.")
                    .references("AFNOR SPEC 2314, nécessité"))
        .criterion(
            "utility.alternatives",
            Severity.MINOR,
            c ->
                c.title("Des alternatives ont été étudiées", "Alternatives were considered")
                    .requires(Parts.filled(PURPOSE_PART, ALTERNATIVES))
                    .rationale("Comparer évite l'IA par défaut.", "Comparing avoids AI by default.")
                    .remediation(
                        "Documenter au moins une alternative et pourquoi elle n'a pas été retenue : comparer évite de recourir à l'IA par défaut.",
                        "Document at least one alternative and why it was not chosen: comparing avoids AI by default.")
                    .references(
                        "Boussole de l'IA (Nantes), alternatives",
                        "UK ATRS tier 2, alternatives considered"));
  }

  /** Principle {@code oversight}: Human oversight. */
  private static void oversight(Principle.Builder p) {
    p.criterion(
            "oversight.impact-level-human-decides",
            Severity.MAJOR,
            EthicsCharter::oversightImpactLevelHumanDecides)
        .criterion(
            "oversight.impact-level-approval",
            Severity.MAJOR,
            EthicsCharter::oversightImpactLevelApproval)
        .criterion("oversight.level", Severity.BLOCKING, EthicsCharter::oversightLevel)
        .criterion("oversight.human-path", Severity.MAJOR, EthicsCharter::oversightHumanPath)
        .criterion("oversight.override", Severity.MAJOR, EthicsCharter::oversightOverride)
        .criterion("oversight.trained", Severity.MAJOR, EthicsCharter::oversightTrained)
        .criterion(
            "oversight.no-automated-individual-decision",
            Severity.BLOCKING,
            EthicsCharter::oversightNoAutomatedIndividualDecision)
        .criterion("oversight.review", Severity.MINOR, EthicsCharter::oversightReview);
  }

  /** Criterion {@code oversight.impact-level-human-decides} (issue 23). */
  private static void oversightImpactLevelHumanDecides(Criterion.Builder c) {
    c.title(
            "À partir du niveau d'impact III, un agent prend chaque décision",
            "From impact level III on, an agent takes each decision")
        .appliesWhen(IMPACT_LEVEL_NUMBER.atLeast(3))
        .requires(OVERSIGHT_LEVEL.is(OversightLevel.HUMAN_IN_THE_LOOP))
        .rationale(
            "Un impact élevé ne se délègue pas : le questionnaire d'impact demande une"
                + " intervention humaine identifiée.",
            "High impact is not delegated: the impact questionnaire requires identified human"
                + " intervention.")
        .remediation(
            "Placer un agent formé dans la boucle : il examine chaque résultat et peut l'écarter"
                + " avant qu'il produise un effet.",
            "Put a trained agent in the loop: they review each output and may set it aside before"
                + " it takes effect.")
        .references(
            "Canada, Directive sur la prise de décisions automatisée, annexe C",
            "Questionnaire d'impact CivicAI, niveau III");
  }

  /** Criterion {@code oversight.impact-level-approval} (issue 23). */
  private static void oversightImpactLevelApproval(Criterion.Builder c) {
    c.title(
            "Au niveau d'impact IV, la mise en service est décidée par une instance",
            "At impact level IV, going live is decided by a body")
        .appliesWhen(IMPACT_LEVEL_NUMBER.atLeast(4))
        .requires(DECISION_COUNT.atLeast(1))
        .rationale(
            "Un impact très élevé engage la collectivité : ses élus en décident.",
            "A very high impact commits the authority: its elected officials decide.")
        .remediation(
            "Soumettre la mise en service à l'organe délibérant et enregistrer la décision :"
                + " instance, date, délibération.",
            "Submit going live to the deliberating assembly and record the decision: body, date,"
                + " deliberation.")
        .references(
            "Canada, Directive sur la prise de décisions automatisée, annexe C",
            "Questionnaire d'impact CivicAI, niveau IV");
  }

  /** Criterion {@code oversight.level}. */
  private static void oversightLevel(Criterion.Builder c) {
    c.title("Un humain supervise les résultats", "A person oversees the outputs")
        .requires(OVERSIGHT_LEVEL.isNot(OversightLevel.NONE))
        .rationale(
            "Un service public sans déshumaniser : un humain reste responsable.",
            "A public service that is not dehumanised: a person stays accountable.")
        .remediation(
            "Définir qui valide ou surveille les résultats : un humain doit rester responsable de ce que l'outil produit.",
            "Define who validates or monitors the outputs: a person must stay accountable for what the tool produces.")
        .references("AI Act art. 14 et 26(2)");
  }

  /** Criterion {@code oversight.human-path}. */
  private static void oversightHumanPath(Criterion.Builder c) {
    c.title("Une voie humaine de recours existe", "A human path of recourse exists")
        .appliesWhen(publicFacing().or(CONCERNS_INDIVIDUALS.isTrue()))
        .requires(Parts.filled(DECISION_PART, CONTESTATION))
        .rationale(
            "Chacun doit pouvoir s'adresser à un agent.",
            "Everyone must be able to reach an agent.")
        .remediation(
            "Décrire comment contester un résultat ou obtenir une explication auprès d'un agent : chacun doit pouvoir s'adresser à un humain.",
            "Describe how to contest an outcome or get an explanation from an agent: everyone must be able to reach a person.")
        .references("CRPA R311-3-1-2", "AI Act art. 86");
  }

  /** Criterion {@code oversight.override}. */
  private static void oversightOverride(Criterion.Builder c) {
    c.title("Des rôles peuvent passer outre le résultat", "Roles may override the output")
        .requires(Parts.filled(DECISION_PART, OVERRIDE_ROLE_COUNT))
        .rationale(
            "La supervision n'a de sens que si l'on peut dire non.",
            "Oversight means being able to say no.")
        .remediation(
            "Nommer les rôles habilités à passer outre le résultat : sans ce pouvoir, la supervision humaine n'est qu'une formalité.",
            "Name the roles allowed to override the output: without that power, human oversight is a formality.")
        .references("AI Act art. 14(4)(d)");
  }

  /** Criterion {@code oversight.trained}. */
  private static void oversightTrained(Criterion.Builder c) {
    c.title("Les superviseurs sont formés", "Overseers are trained")
        .requires(OVERSEERS_TRAINED.isTrue())
        .rationale(
            "Superviser un système demande de le comprendre.",
            "Overseeing a system requires understanding it.")
        .remediation(
            "Former les personnes qui supervisent aux limites de l'outil : on ne corrige pas une erreur qu'on ne sait pas reconnaître.",
            "Train the people who oversee in the tool's limits: one cannot correct an error one cannot recognise.")
        .references("AI Act art. 26(2)");
  }

  /** Criterion {@code oversight.no-automated-individual-decision}. */
  private static void oversightNoAutomatedIndividualDecision(Criterion.Builder c) {
    c.title(
            "Aucune décision individuelle n'est entièrement automatisée",
            "No individual decision is fully automated")
        .appliesWhen(CONCERNS_INDIVIDUALS.isTrue())
        .requires(OUTPUT_ROLE.isNot(OutputRole.AUTOMATED_DECISION))
        .rationale(
            "Les décisions sur les personnes restent humaines.",
            "Decisions about people stay human.")
        .remediation(
            "Faire valider chaque décision individuelle par un agent : une décision sur une personne ne peut reposer sur la seule machine (RGPD art. 22).",
            "Have an agent validate each individual decision: a decision about a person cannot rest on the machine alone (GDPR Art. 22).")
        .references("RGPD art. 22", "CRPA L311-3-1");
  }

  /** Criterion {@code oversight.review}. */
  private static void oversightReview(Criterion.Builder c) {
    c.title("L'usage a été revu dans l'année", "The usage was reviewed within the year")
        .appliesWhen(STAGE.in(Stage.DEPLOYMENT, Stage.EXPERIMENTATION))
        .requires(LATEST_REVIEW.withinLast(Period.ofYears(1)))
        .rationale("Un usage évolue ; sa revue aussi.", "A usage changes; so must its review.")
        .remediation(
            "Tenir une revue de l'usage au moins une fois par an : données, usages et risques évoluent après la mise en service.",
            "Review the usage at least once a year: data, uses and risks change after going live.")
        .references("AI Act art. 26(5)");
  }

  /** Principle {@code transparency}: Transparency. */
  private static void transparency(Principle.Builder p) {
    p.criterion("transparency.summary", Severity.MINOR, EthicsCharter::transparencySummary)
        .criterion("transparency.published", Severity.MAJOR, EthicsCharter::transparencyPublished)
        .criterion(
            "transparency.citizen-notice", Severity.MAJOR, EthicsCharter::transparencyCitizenNotice)
        .criterion(
            "transparency.explicit-mention", Severity.BLOCKING, SharedCriteria::explicitMention);
  }

  /** Criterion {@code transparency.summary}. */
  private static void transparencySummary(Criterion.Builder c) {
    c.title("Un résumé en langage clair existe", "A plain-language summary exists")
        .requires(SUMMARY.known())
        .rationale(
            "Le public doit comprendre en quelques lignes.",
            "The public must understand in a few lines.")
        .remediation(
            "Rédiger un résumé en langage clair de 350 caractères au plus : le public doit comprendre l'usage en quelques lignes.",
            "Write a plain-language summary of at most 350 characters: the public must understand the usage in a few lines.")
        .references("Algoritmeregister, description_short");
  }

  /** Criterion {@code transparency.published}. */
  private static void transparencyPublished(Criterion.Builder c) {
    c.title("La fiche est publiée", "The record is published")
        .requires(PUBLISHED.isTrue())
        .rationale("Documenter, c'est aussi rendre public.", "Documenting also means publishing.")
        .remediation(
            "Publier la fiche (site de la collectivité, bibliothèque des Interconnectés) : documenter un usage, c'est aussi le rendre public.",
            "Publish the record (the authority's website, the Interconnectés library): documenting a usage also means making it public.")
        .references("CRPA L312-1-3", "Bibliothèque IA territoriale");
  }

  /** Criterion {@code transparency.citizen-notice}. */
  private static void transparencyCitizenNotice(Criterion.Builder c) {
    c.title("Les citoyens sont informés", "Citizens are informed")
        .appliesWhen(publicFacing().or(CONCERNS_INDIVIDUALS.isTrue()))
        .requires(Parts.filled(TRANSPARENCY_PART, CITIZEN_NOTICE))
        .rationale(
            "Les personnes concernées doivent savoir qu'une IA intervient.",
            "People concerned must know AI is involved.")
        .remediation(
            "Rédiger l'information donnée aux citoyens (qu'une IA intervient, à quoi elle sert, à qui s'adresser) : les personnes concernées ont le droit de le savoir.",
            "Write the notice given to citizens (that AI is involved, what for, whom to contact): the people concerned have a right to know.")
        .references("AI Act art. 50(1) et 26(11)");
  }

  /** Principle {@code data}: Data governance and lifecycle. */
  private static void data(Principle.Builder p) {
    p.criterion("data.documented", Severity.MAJOR, EthicsCharter::dataDocumented)
        .criterion("data.references-resolve", Severity.MAJOR, EthicsCharter::dataReferencesResolve)
        .criterion("data.legal-basis", Severity.BLOCKING, SharedCriteria::legalBasis)
        .criterion("data.retention-set", Severity.MAJOR, EthicsCharter::dataRetentionSet)
        .criterion(
            "data.retention-not-overdue", Severity.BLOCKING, EthicsCharter::dataRetentionNotOverdue)
        .criterion(
            "data.purposes-respected", Severity.BLOCKING, EthicsCharter::dataPurposesRespected)
        .criterion("data.outside-eu", Severity.BLOCKING, EthicsCharter::dataOutsideEu);
  }

  /** Criterion {@code data.documented}. */
  private static void dataDocumented(Criterion.Builder c) {
    c.title("Les jeux de données utilisés sont documentés", "The datasets used are documented")
        .requires(DATASETS.countAtLeast(1))
        .rationale(
            "Pas de contrôle du cycle de vie sans inventaire.",
            "No lifecycle control without an inventory.")
        .remediation(
            "Lister les jeux de données que l'usage utilise et les décrire dans le registre : sans eux, ni la protection des données ni la conservation ne peuvent être vérifiées.",
            "List the datasets the usage uses and describe them in the register: without them, neither data protection nor retention can be checked.")
        .references("RGPD art. 30");
  }

  /** Criterion {@code data.references-resolve}. */
  private static void dataReferencesResolve(Criterion.Builder c) {
    c.title(
            "Chaque jeu de données cité existe dans le registre",
            "Every dataset cited is in the register")
        .requires(UNRESOLVED_DATASETS.equalTo(0))
        .rationale(
            "Une référence orpheline masque une donnée non gouvernée.",
            "A dangling reference hides ungoverned data.")
        .remediation(
            "Décrire dans le registre les jeux de données cités qui n'y figurent pas : une référence orpheline cache une donnée que personne ne gouverne.",
            "Describe in the register the datasets cited but missing from it: a dangling reference hides data nobody governs.")
        .references("Charte éthique du Sicoval, contrôle du cycle de vie");
  }

  /** Criterion {@code data.retention-set}. */
  private static void dataRetentionSet(Criterion.Builder c) {
    c.title(
            "Chaque jeu de données a une durée de conservation",
            "Every dataset has a retention period")
        .requires(DATASETS.all(DATASET_RETENTION_SET.isTrue()))
        .rationale(
            "Conserver sans limite contredit la minimisation.",
            "Keeping data without limit contradicts minimisation.")
        .remediation(
            "Fixer pour chaque jeu de données une durée de conservation, son point de départ et ce qui se passe à la fin (suppression, anonymisation, archivage) : c'est le contrôle du cycle de vie.",
            "Set for each dataset a retention period, its starting point and what happens at its end (deletion, anonymisation, archiving): that is lifecycle control.")
        .references("RGPD art. 5(1)(e)");
  }

  /** Criterion {@code data.retention-not-overdue}. */
  private static void dataRetentionNotOverdue(Criterion.Builder c) {
    c.title("Aucune échéance de conservation n'est dépassée", "No retention deadline is overdue")
        .requires(OVERDUE_DATASETS.equalTo(0))
        .rationale(
            "Le contrôle strict du cycle de vie se prouve au journal.",
            "Strict lifecycle control is proven by the ledger.")
        .remediation(
            "Supprimer, anonymiser ou archiver les données échues, et l'enregistrer au journal : le contrôle du cycle de vie se prouve par le journal.",
            "Delete, anonymise or archive the data past their deadline, and record it in the ledger: lifecycle control is proven by the ledger.")
        .references("RGPD art. 5(1)(e)");
  }

  /** Criterion {@code data.purposes-respected}. */
  private static void dataPurposesRespected(Criterion.Builder c) {
    c.title(
            "Les données ne servent qu'aux finalités déclarées",
            "Data serve only declared purposes")
        .requires(UNDECLARED_PURPOSE_USES.equalTo(0))
        .rationale(
            "Une finalité nouvelle exige une analyse nouvelle.",
            "A new purpose needs a new assessment.")
        .remediation(
            "Déclarer la nouvelle finalité (et en analyser la compatibilité) ou cesser l'utilisation : des données ne servent qu'aux fins pour lesquelles elles ont été collectées.",
            "Declare the new purpose (and assess its compatibility) or stop the use: data serve only the purposes they were collected for.")
        .references("RGPD art. 5(1)(b)");
  }

  /** Criterion {@code data.outside-eu}. */
  private static void dataOutsideEu(Criterion.Builder c) {
    c.title(
            "Aucune donnée personnelle ne sort de l'UE sans garantie",
            "No personal data leaves the EU without safeguard")
        .requires(PERSONAL_DATA_OUTSIDE_EU.equalTo(0).and(Parts.NO_UNSAFEGUARDED_TRANSFER))
        .rationale(
            "Les transferts hors UE exigent des garanties appropriées.",
            "Transfers outside the EU need appropriate safeguards.")
        .remediation(
            "Héberger dans l'UE ou documenter la garantie du transfert (décision d'adéquation, clauses types) : sans elle, des données personnelles ne peuvent quitter l'UE.",
            "Host in the EU or document the transfer safeguard (adequacy decision, standard clauses): without one, personal data cannot leave the EU.")
        .references("RGPD art. 44 à 49");
  }

  /** Principle {@code risks}: Risks and fairness. */
  private static void risks(Principle.Builder p) {
    p.criterion(
            "risks.no-prohibited-practice",
            Severity.BLOCKING,
            EthicsCharter::risksNoProhibitedPractice)
        .criterion("risks.identified", Severity.MAJOR, EthicsCharter::risksIdentified)
        .criterion("risks.mitigated", Severity.MAJOR, EthicsCharter::risksMitigated)
        .criterion(
            "risks.no-maximal-residual", Severity.MAJOR, EthicsCharter::risksNoMaximalResidual)
        .criterion("risks.fairness", Severity.MAJOR, EthicsCharter::risksFairness)
        .criterion(
            "risks.vulnerable-safeguards", Severity.MAJOR, EthicsCharter::risksVulnerableSafeguards)
        .criterion(
            "risks.affected-persons-known",
            Severity.MINOR,
            EthicsCharter::risksAffectedPersonsKnown);
  }

  /** Criterion {@code risks.no-prohibited-practice}. */
  private static void risksNoProhibitedPractice(Criterion.Builder c) {
    c.title(
            "L'usage ne met en œuvre aucune pratique interdite par le règlement IA",
            "The usage implements no practice the AI Act prohibits")
        .requires(PROHIBITED_PRACTICE_DECLARED.isFalse())
        .notWaivable() // no committee exempts a usage from Art. 5
        .rationale(
            "Une pratique interdite (notation sociale, manipulation, reconnaissance des émotions au travail…) ne se compense par aucune autre qualité : l'usage est non conforme, quoi qu'il fasse par ailleurs.",
            "A prohibited practice (social scoring, manipulation, emotion recognition at work…) is offset by no other quality: the usage is non-compliant, whatever else it does.")
        .remediation(
            "Arrêter la pratique interdite avant toute autre démarche ; si le classificateur ne peut conclure, répondre à ses questions sur l'article 5 pour l'exclure.",
            "Stop the prohibited practice before anything else; if the classifier cannot conclude, answer its Article 5 questions to rule it out.")
        .references("AI Act art. 5");
  }

  /** Criterion {@code risks.identified}. */
  private static void risksIdentified(Criterion.Builder c) {
    c.title("Les risques sont identifiés", "Risks are identified")
        .requires(RISKS.known())
        .rationale(
            "Ce qui n'est pas identifié n'est pas maîtrisé.",
            "What is not identified is not managed.")
        .remediation(
            "Lister les risques avec leur vraisemblance et leur gravité : ce qui n'est pas identifié n'est pas maîtrisé.",
            "List the risks with their likelihood and severity: what is not identified is not managed.")
        .references("CNIL PIA", "AI Act art. 27(1)(d)");
  }

  /** Criterion {@code risks.mitigated}. */
  private static void risksMitigated(Criterion.Builder c) {
    c.title("Chaque risque a une mesure d'atténuation", "Every risk has a mitigation")
        .requires(RISKS.all(RISK_MITIGATION_COUNT.atLeast(1)))
        .rationale(
            "Identifier sans traiter ne protège personne.",
            "Identifying without treating protects no one.")
        .remediation(
            "Associer à chaque risque au moins une mesure d'atténuation : un risque identifié mais non traité ne protège personne.",
            "Attach at least one mitigation to each risk: a risk identified but not treated protects no one.")
        .references("CNIL PIA, plan d'action");
  }

  /** Criterion {@code risks.no-maximal-residual}. */
  private static void risksNoMaximalResidual(Criterion.Builder c) {
    c.title("Aucun risque ne reste de gravité maximale", "No risk stays of maximum severity")
        .requires(RISKS.none(RISK_RESIDUAL_SEVERITY.equalTo(4)))
        .rationale(
            "Un risque résiduel maximal doit être réduit ou accepté par l'instance compétente.",
            "A maximum residual risk must be reduced or accepted by the competent body.")
        .remediation(
            "Réduire le risque ou faire accepter le risque résiduel par l'instance compétente, par une décision écrite : un risque maximal ne peut rester sans décision.",
            "Reduce the risk or have the competent body accept the residual risk in a written decision: a maximum risk cannot stand without a decision.")
        .references("CNIL PIA, risques résiduels");
  }

  /** Criterion {@code risks.fairness}. */
  private static void risksFairness(Criterion.Builder c) {
    c.title("Le risque de discrimination est évalué", "The risk of discrimination is assessed")
        .appliesWhen(CONCERNS_INDIVIDUALS.isTrue())
        .requires(RISKS.any(RISK_CATEGORY.is(RiskCategory.DISCRIMINATION)))
        .rationale(
            "Les décisions sur les personnes peuvent reproduire des biais.",
            "Decisions about people can reproduce biases.")
        .remediation(
            "Évaluer les biais et l'équité des résultats, par groupe de personnes : des décisions sur les personnes peuvent reproduire des discriminations.",
            "Assess the biases and fairness of the outputs, group by group: decisions about people can reproduce discrimination.")
        .references("AI Act art. 27(1)(d)", "Défenseur des droits, algorithmes et discriminations");
  }

  /** Criterion {@code risks.vulnerable-safeguards}. */
  private static void risksVulnerableSafeguards(Criterion.Builder c) {
    c.title(
            "Des garanties protègent les personnes vulnérables concernées",
            "Safeguards protect the vulnerable people affected")
        .appliesWhen(VULNERABLE_GROUP_COUNT.atLeast(1))
        .requires(
            RISKS.any(
                RISK_CATEGORY
                    .in(RiskCategory.FUNDAMENTAL_RIGHTS, RiskCategory.DISCRIMINATION)
                    .and(RISK_MITIGATION_COUNT.atLeast(1))))
        .rationale(
            "Une erreur pèse plus lourd sur une personne âgée, un enfant ou un allocataire : ceux qui peuvent le moins se défendre doivent être protégés en premier.",
            "An error weighs more on an elderly person, a child or a benefit claimant: those least able to defend themselves must be protected first.")
        .remediation(
            "Identifier le risque pour les droits ou l'égalité de traitement de ces groupes et décrire la garantie qui le réduit (vérification humaine, voie d'accès sans numérique, seuils adaptés) : ce sont eux qui peuvent le moins se défendre d'une erreur.",
            "Identify the risk to the rights or equal treatment of these groups and describe the safeguard that reduces it (human check, a non-digital route, adapted thresholds): they are the least able to defend themselves against an error.")
        .references("AI Act art. 27(1)(c) à (f)", "AI Act art. 9(9)");
  }

  /** Criterion {@code risks.affected-persons-known}. */
  private static void risksAffectedPersonsKnown(Criterion.Builder c) {
    c.title(
            "Le nombre de personnes concernées est estimé",
            "The number of persons affected is estimated")
        .appliesWhen(CONCERNS_INDIVIDUALS.isTrue())
        .requires(Parts.filled(DECISION_PART, AFFECTED_PERSONS))
        .rationale(
            "L'ampleur d'une erreur dépend du nombre de personnes touchées ; c'est aussi ce que demande l'analyse d'impact.",
            "How far an error reaches depends on how many people it touches; the impact assessment asks for it too.")
        .remediation(
            "Estimer combien de personnes sont concernées chaque année, même en ordre de grandeur : l'ampleur d'une erreur en dépend.",
            "Estimate how many people are affected each year, even as an order of magnitude: how far an error reaches depends on it.")
        .references("AI Act art. 27(1)(c)");
  }

  /** Principle {@code involvement}: Involvement of agents and citizens. */
  private static void involvement(Principle.Builder p) {
    p.criterion(
            "involvement.agents-consulted",
            Severity.MAJOR,
            EthicsCharter::involvementAgentsConsulted)
        .criterion(
            "involvement.citizens-consulted",
            Severity.MINOR,
            EthicsCharter::involvementCitizensConsulted)
        .criterion(
            "involvement.agents-trained", Severity.MAJOR, EthicsCharter::involvementAgentsTrained)
        .criterion(
            "involvement.working-conditions",
            Severity.MAJOR,
            EthicsCharter::involvementWorkingConditions)
        .criterion(
            "involvement.working-conditions-risks",
            Severity.MINOR,
            EthicsCharter::involvementWorkingConditionsRisks)
        .criterion(
            "involvement.consultation-participants",
            Severity.MINOR,
            EthicsCharter::involvementConsultationParticipants)
        .criterion(
            "involvement.watch-committee",
            Severity.MINOR,
            EthicsCharter::involvementWatchCommittee);
  }

  /** Criterion {@code involvement.agents-consulted}. */
  private static void involvementAgentsConsulted(Criterion.Builder c) {
    c.title("Les agents ont été consultés", "Agents were consulted")
        .requires(
            AGENT_CONSULTATIONS
                .atLeast(1)
                .or(AGENTS_CONSULTED.isTrue())
                // Read from the authority's strategy when it has one; known() first, so that no
                // strategy changes nothing.
                .or(
                    WorkFacts.STAFF_REPRESENTATIVES_CONSULTED
                        .known()
                        .and(WorkFacts.STAFF_REPRESENTATIVES_CONSULTED.isTrue())))
        .rationale(
            "Ceux qui travaillent avec l'outil doivent être entendus.",
            "Those who work with the tool must be heard.")
        .remediation(
            "Consulter les agents qui utiliseront l'outil, ou leurs représentants : ils connaissent le travail réel et en subiront les effets.",
            "Consult the agents who will use the tool, or their representatives: they know the real work and will feel its effects.")
        .references("Code général de la fonction publique, dialogue social");
  }

  /** Criterion {@code involvement.citizens-consulted}. */
  private static void involvementCitizensConsulted(Criterion.Builder c) {
    c.title("Les citoyens ont été consultés", "Citizens were consulted")
        .appliesWhen(publicFacing())
        .requires(CITIZEN_CONSULTATIONS.atLeast(1))
        .rationale(
            "Un service au public se conçoit avec lui.",
            "A public service is designed with the public.")
        .remediation(
            "Organiser une consultation des habitants (café IA, atelier, questionnaire) : un service au public se conçoit avec lui.",
            "Hold a consultation of residents (AI café, workshop, survey): a public service is designed with the public.")
        .references("Pratique territoriale : cafés IA (Tours Métropole)");
  }

  /** Criterion {@code involvement.agents-trained}. */
  private static void involvementAgentsTrained(Criterion.Builder c) {
    c.title("Les agents sont formés à l'IA", "Agents are trained in AI")
        .requires(AGENT_TRAININGS.atLeast(1))
        .rationale(
            "La maîtrise de l'IA est une obligation et une protection.",
            "AI literacy is both a duty and a protection.")
        .remediation(
            "Former les agents qui utilisent le système à l'IA et à ses limites : la maîtrise de l'IA est une obligation du règlement IA.",
            "Train the agents who use the system in AI and its limits: AI literacy is a duty under the AI Act.")
        .references("AI Act art. 4");
  }

  /** Criterion {@code involvement.working-conditions}. */
  private static void involvementWorkingConditions(Criterion.Builder c) {
    c.title(
            "Les effets sur le travail des agents sont anticipés",
            "Effects on agents' work are anticipated")
        .requires(
            Parts.filled(IMPACTS_PART, IMPACT_ON_AGENTS)
                .or(
                    WorkFacts.EFFECTS_ANTICIPATED
                        .known()
                        .and(WorkFacts.EFFECTS_ANTICIPATED.isTrue())))
        .rationale(
            "L'IA transforme les métiers ; cela s'anticipe.",
            "AI changes jobs; this is anticipated.")
        .remediation(
            "Décrire les effets attendus sur le travail des agents (tâches, charge, compétences) : l'IA transforme les métiers, et cela s'anticipe avec eux.",
            "Describe the expected effects on agents' work (tasks, workload, skills): AI changes jobs, and this is anticipated with them.")
        .references("AI Act art. 26(7)");
  }

  /** Criterion {@code involvement.working-conditions-risks}. */
  private static void involvementWorkingConditionsRisks(Criterion.Builder c) {
    c.title(
            "Les risques pour les conditions de travail sont évalués",
            "Risks to working conditions are assessed")
        .appliesWhen(IMPACT_ON_AGENTS.stated())
        .requires(WORKING_CONDITIONS_RISKS.atLeast(1))
        .rationale(
            "Des effets sur le travail des agents sont décrits : charge, autonomie, surveillance ou perte de savoir-faire se traitent comme des risques, avec leurs mesures.",
            "Effects on agents' work are described: workload, autonomy, monitoring or lost skills are handled as risks, with their measures.")
        .remediation(
            "Ajouter aux risques, avec les agents, ceux qui touchent leurs conditions de travail (catégorie « Conditions de travail ») et les mesures prévues : charge, autonomie ou surveillance changent avec l'outil.",
            "Add to the risks, with the agents, those to their working conditions (category 'Working conditions') and the planned measures: workload, autonomy or monitoring change with the tool.")
        .references("Code général de la fonction publique, santé et sécurité au travail");
  }

  /** Criterion {@code involvement.consultation-participants}. */
  private static void involvementConsultationParticipants(Criterion.Builder c) {
    c.title("Chaque consultation a réuni des participants", "Every consultation had participants")
        .appliesWhen(CONSULTATIONS.countAtLeast(1))
        .requires(CONSULTATIONS.all(CONSULTATION_PARTICIPANTS.atLeast(1)))
        .rationale(
            "Une consultation se juge à qui y a pris part : sans nombre de participants, on ne sait pas si elle a eu lieu pour de bon.",
            "A consultation is judged by who took part: without a number of participants, one cannot tell whether it really happened.")
        .remediation(
            "Indiquer pour chaque consultation combien de personnes y ont participé : une consultation se juge à qui y a pris part.",
            "State for each consultation how many people took part: a consultation is judged by who took part.")
        .references("Pratique territoriale : cafés IA (Tours Métropole)");
  }

  /** Criterion {@code involvement.watch-committee}. */
  private static void involvementWatchCommittee(Criterion.Builder c) {
    c.title("Un comité de veille suit l'usage", "A watch committee follows the usage")
        .requires(Parts.filled(GOVERNANCE_PART, WATCH_COMMITTEE))
        .rationale(
            "Élus et techniciens suivent ensemble les usages.",
            "Elected officials and technicians follow usages together.")
        .remediation(
            "Confier le suivi de l'usage à un comité de veille d'élus et de techniciens : il voit les dérives qu'un service seul ne voit pas.",
            "Entrust follow-up of the usage to a watch committee of elected officials and technicians: it sees drifts a single service misses.")
        .references("Pratique territoriale : comité de veille (Tours Métropole)");
  }

  /** Principle {@code sobriety}: Sobriety. */
  private static void sobriety(Principle.Builder p) {
    p.criterion("sobriety.footprint-known", Severity.MAJOR, EthicsCharter::sobrietyFootprintKnown)
        .criterion("sobriety.method", Severity.MINOR, EthicsCharter::sobrietyMethod)
        .criterion("sobriety.proportionate", Severity.MAJOR, EthicsCharter::sobrietyProportionate);
  }

  /** Criterion {@code sobriety.footprint-known}. */
  private static void sobrietyFootprintKnown(Criterion.Builder c) {
    c.title(
            "L'empreinte énergétique ou carbone est connue",
            "The energy or carbon footprint is known")
        .requires(FOOTPRINT_KNOWN.isTrue())
        .rationale("On ne réduit que ce que l'on mesure.", "One reduces only what one measures.")
        .remediation(
            "Mesurer ou estimer l'énergie et le carbone de l'usage : on ne réduit que ce que l'on mesure.",
            "Measure or estimate the usage's energy and carbon: one reduces only what one measures.")
        .references("AFNOR SPEC 2314");
  }

  /** Criterion {@code sobriety.method}. */
  private static void sobrietyMethod(Criterion.Builder c) {
    c.title("La méthode de mesure est indiquée", "The measuring method is stated")
        .appliesWhen(FOOTPRINT_KNOWN.isTrue())
        .requires(
            Parts.filled(FOOTPRINT_PART, FOOTPRINT_METHOD)
                .and(Parts.filled(FOOTPRINT_PART, FOOTPRINT_BASIS)))
        .rationale(
            "Un chiffre sans méthode ne se compare pas.",
            "A figure without a method cannot be compared.")
        .remediation(
            "Indiquer l'outil (CodeCarbon, Green Algorithms…) et si le chiffre est mesuré ou estimé : un chiffre sans méthode ne se compare pas.",
            "State the tool (CodeCarbon, Green Algorithms…) and whether the figure is measured or estimated: a figure without a method cannot be compared.")
        .references("AFNOR SPEC 2314");
  }

  /** Criterion {@code sobriety.proportionate}. */
  private static void sobrietyProportionate(Criterion.Builder c) {
    c.title(
            "Bénéfices et empreinte sont mis en regard",
            "Benefits are weighed against the footprint")
        .requires(FOOTPRINT_KNOWN.isTrue().and(BENEFITS.any(BENEFIT_MEASURED_KNOWN.isTrue())))
        .rationale(
            "L'usage doit rapporter plus qu'il ne coûte à l'environnement.",
            "The usage must bring more than it costs the environment.")
        .remediation(
            "Mesurer au moins un bénéfice et l'empreinte, pour les mettre en regard : l'usage doit rapporter plus qu'il ne coûte à l'environnement.",
            "Measure at least one benefit and the footprint, to weigh them: the usage must bring more than it costs the environment.")
        .references("Critères environnementaux de la Métropole du Grand Paris");
  }

  /** Principle {@code security}: Security and sovereignty. */
  private static void security(Principle.Builder p) {
    p.criterion("security.hosting-region", Severity.MAJOR, EthicsCharter::securityHostingRegion)
        .criterion(
            "security.supplier-identified",
            Severity.MINOR,
            EthicsCharter::securitySupplierIdentified)
        .criterion(
            "security.sovereign-hosting-personal-data",
            Severity.MINOR,
            EthicsCharter::securitySovereignHostingPersonalData);
  }

  /** Criterion {@code security.hosting-region}. */
  private static void securityHostingRegion(Criterion.Builder c) {
    c.title("L'hébergement est en France ou dans l'UE", "Hosting is in France or the EU")
        .requires(Parts.HOSTED_IN_EU)
        .rationale(
            "La souveraineté commence par la localisation.", "Sovereignty starts with location.")
        .remediation(
            "Choisir un hébergement en France ou dans l'UE : les données restent sous droit européen et hors de portée des lois extraterritoriales.",
            "Choose hosting in France or the EU: the data stay under European law, out of reach of extraterritorial laws.")
        .references("Doctrine « cloud au centre »");
  }

  /** Criterion {@code security.supplier-identified}. */
  private static void securitySupplierIdentified(Criterion.Builder c) {
    c.title("Les fournisseurs sont identifiés", "Suppliers are identified")
        .appliesWhen(SOURCING.isNot(Sourcing.IN_HOUSE))
        .requires(Parts.filled(SYSTEM_PART, SUPPLIER_COUNT))
        .rationale("La dépendance se gère si elle est connue.", "Dependency is managed when known.")
        .remediation(
            "Nommer les fournisseurs et leur rôle : une dépendance connue se gère, une dépendance cachée se subit.",
            "Name the suppliers and their role: a known dependency can be managed, a hidden one is endured.")
        .references("UK ATRS tier 2, suppliers");
  }

  /** Criterion {@code security.sovereign-hosting-personal-data}. */
  private static void securitySovereignHostingPersonalData(Criterion.Builder c) {
    c.title(
            "Les données personnelles sont hébergées en interne ou chez un hébergeur SecNumCloud",
            "Personal data are hosted in-house or by a SecNumCloud host")
        .appliesWhen(PERSONAL_DATA_USED.isTrue())
        .requires(SEC_NUM_CLOUD.isTrue().or(HOSTING_MODE.is(HostingMode.ON_PREMISES)))
        .rationale(
            "Les données des habitants méritent l'hébergement le plus sûr.",
            "Residents' data deserve the safest hosting.")
        .remediation(
            "Héberger les données personnelles en interne ou chez un prestataire qualifié SecNumCloud : les données des habitants méritent l'hébergement le plus sûr.",
            "Host personal data in-house or with a SecNumCloud-qualified provider: residents' data deserve the safest hosting.")
        .references("ANSSI SecNumCloud");
  }

  /** Principle {@code value}: Measured value. */
  private static void value(Principle.Builder p) {
    p.criterion("value.indicators", Severity.MAJOR, EthicsCharter::valueIndicators)
        .criterion("value.baselines", Severity.MINOR, EthicsCharter::valueBaselines)
        .criterion("value.measured", Severity.MINOR, EthicsCharter::valueMeasured);
  }

  /** Criterion {@code value.indicators}. */
  private static void valueIndicators(Criterion.Builder c) {
    c.title("Des indicateurs de bénéfices existent", "Benefit indicators exist")
        .requires(BENEFITS.known())
        .rationale(
            "La valeur (argent, temps, eau, énergie) se démontre.",
            "Value (money, time, water, energy) is shown.")
        .remediation(
            "Définir au moins un indicateur de bénéfice (euros, heures, eau, énergie) : la valeur d'un usage se démontre.",
            "Define at least one benefit indicator (euros, hours, water, energy): a usage's value must be shown.")
        .references("Boussole de l'IA (Nantes), utilité");
  }

  /** Criterion {@code value.baselines}. */
  private static void valueBaselines(Criterion.Builder c) {
    c.title("Chaque indicateur a une valeur de référence", "Every indicator has a baseline")
        .appliesWhen(BENEFITS.countAtLeast(1))
        .requires(BENEFITS.all(BENEFIT_BASELINE_KNOWN.isTrue()))
        .rationale(
            "Sans point de départ, pas de gain mesurable.",
            "Without a starting point, no measurable gain.")
        .remediation(
            "Indiquer la valeur de chaque indicateur avant l'usage : sans point de départ, aucun gain n'est mesurable.",
            "State each indicator's value before the usage: without a starting point, no gain is measurable.")
        .references("AFNOR SPEC 2314");
  }

  /** Criterion {@code value.measured}. */
  private static void valueMeasured(Criterion.Builder c) {
    c.title("Un bénéfice est mesuré en service", "A benefit is measured in service")
        .appliesWhen(STAGE.in(Stage.DEPLOYMENT, Stage.ENDED))
        .requires(BENEFITS.any(BENEFIT_MEASURED_KNOWN.isTrue()))
        .rationale(
            "Un usage déployé doit prouver sa valeur.", "A deployed usage must prove its value.")
        .remediation(
            "Mesurer les indicateurs en service sur une période donnée : un usage déployé doit prouver sa valeur.",
            "Measure the indicators in service over a given period: a deployed usage must prove its value.")
        .references("Pratique territoriale : bilan du Sicoval (8 M€, 950 foyers)");
  }
}
