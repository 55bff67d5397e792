package eu.civicai.governance.charter;

import static eu.civicai.governance.charter.Outcome.NOT_SATISFIED;
import static eu.civicai.governance.charter.Outcome.SATISFIED;
import static eu.civicai.governance.charter.Outcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.data.LegalBasis;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.DpiaStatus;
import eu.civicai.governance.usage.EstimationBasis;
import eu.civicai.governance.usage.OutputRole;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.RiskCategory;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every built-in criterion with a satisfying, a violating and an unknown case. Facts are given as
 * maps (the evaluator reads them through the same compiled conditions as from a usage); the
 * "unknown" case gives no fact at all. Criteria on the identity and the completeness profiles treat
 * absence as the failure, so their empty case is NOT_SATISFIED by design, and a few criteria do not
 * apply when their list is absent: the third column says which.
 */
class BuiltInCriteriaTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private record Row(
      String id, Map<String, Object> satisfying, Map<String, Object> violating, Outcome empty) {}

  private static final List<Row> ROWS = new ArrayList<>();

  private static void row(String id, Map<String, Object> s, Map<String, Object> v) {
    ROWS.add(new Row(id, s, v, UNKNOWN));
  }

  private static void absenceFails(String id, Map<String, Object> s, Map<String, Object> v) {
    ROWS.add(new Row(id, s, v, NOT_SATISFIED));
  }

  private static Map<String, Object> m(Object... kv) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      map.put((String) kv[i], kv[i + 1]);
    }
    return map;
  }

  private static Map<String, Object> with(Map<String, Object> base, Object... kv) {
    Map<String, Object> map = new LinkedHashMap<>(base);
    map.putAll(m(kv));
    return map;
  }

  @SafeVarargs
  private static List<Map<String, Object>> l(Map<String, Object>... elements) {
    return List.of(elements);
  }

  static {
    Map<String, Object> decision = m("decision.documented", true);
    Map<String, Object> purpose = m("purpose.documented", true);
    Map<String, Object> transparency = m("transparency.documented", true);
    Map<String, Object> personalWithBasis =
        m("dataset.personal", true, "dataset.legalBasis", LegalBasis.PUBLIC_TASK);
    // ethics
    row("utility.goal", m("purpose.goal", "Réduire les fuites"), purpose);
    row("utility.why-ai", m("purpose.whyAi", "Trop de données"), purpose);
    row("utility.alternatives", m("purpose.alternatives", l(m())), purpose);
    row(
        "oversight.impact-level-human-decides",
        m(
            "impacts.assessment.levelNumber",
            3,
            "decision.oversightLevel",
            OversightLevel.HUMAN_IN_THE_LOOP),
        m(
            "impacts.assessment.levelNumber",
            4,
            "decision.oversightLevel",
            OversightLevel.HUMAN_ON_THE_LOOP));
    row(
        "oversight.impact-level-approval",
        m("impacts.assessment.levelNumber", 4, "governance.decisionCount", 1),
        m("impacts.assessment.levelNumber", 4, "governance.decisionCount", 0));
    row(
        "oversight.level",
        m("decision.oversightLevel", OversightLevel.HUMAN_IN_THE_LOOP),
        m("decision.oversightLevel", OversightLevel.NONE));
    row(
        "oversight.human-path",
        m("decision.interactsWithPublic", true, "decision.contestation", "Accueil"),
        with(decision, "decision.interactsWithPublic", true));
    row("oversight.override", m("decision.overrideRoleCount", 1), decision);
    row(
        "oversight.trained",
        m("decision.overseersTrained", true),
        m("decision.overseersTrained", false));
    row(
        "oversight.no-automated-individual-decision",
        m("decision.concernsIndividuals", true, "decision.outputRole", OutputRole.DECISION_SUPPORT),
        m(
            "decision.concernsIndividuals",
            true,
            "decision.outputRole",
            OutputRole.AUTOMATED_DECISION));
    row(
        "oversight.review",
        m("status.stage", Stage.DEPLOYMENT, "governance.latestReview", TODAY.minusMonths(3)),
        m("status.stage", Stage.DEPLOYMENT, "governance.latestReview", TODAY.minusYears(2)));
    absenceFails("transparency.summary", m("usage.summary", "Résumé"), m());
    row(
        "transparency.published",
        m("transparency.published", true),
        m("transparency.published", false));
    row(
        "transparency.citizen-notice",
        m("decision.interactsWithPublic", true, "transparency.citizenNotice", "Avis"),
        with(transparency, "decision.interactsWithPublic", true));
    row(
        "transparency.explicit-mention",
        m("decision.concernsIndividuals", true, "transparency.explicitMention", "Mention"),
        with(transparency, "decision.concernsIndividuals", true));
    row("data.documented", m("data.datasets", l(m())), m("data.datasets", List.of()));
    row(
        "data.references-resolve",
        m("data.unresolvedReferences", 0),
        m("data.unresolvedReferences", 2));
    row(
        "data.legal-basis",
        m("data.datasets", l(personalWithBasis)),
        m("data.datasets", l(m("dataset.personal", true))));
    row(
        "data.retention-set",
        m("data.datasets", l(m("dataset.retentionSet", true))),
        m("data.datasets", l(m("dataset.retentionSet", false))));
    row(
        "data.retention-not-overdue",
        m("ledger.overdueDatasets", 0),
        m("ledger.overdueDatasets", 1));
    row(
        "data.purposes-respected",
        m("ledger.undeclaredPurposeUses", 0),
        m("ledger.undeclaredPurposeUses", 3));
    row(
        "data.outside-eu",
        m(
            "ledger.personalDataOutsideEu",
            0,
            "data.datasets",
            l(m("dataset.personal", true, "dataset.storageRegion", HostingRegion.FRANCE))),
        m("ledger.personalDataOutsideEu", 1, "data.datasets", List.of()));
    row(
        "risks.no-prohibited-practice",
        m("aiAct.prohibitedPracticeDeclared", false),
        m("aiAct.prohibitedPracticeDeclared", true));
    absenceFails("risks.identified", m("risks", l(m())), m());
    row(
        "risks.mitigated",
        m("risks", l(m("risk.mitigationCount", 1))),
        m("risks", l(m("risk.mitigationCount", 0))));
    row(
        "risks.no-maximal-residual",
        m("risks", l(m("risk.residualSeverity", 2))),
        m("risks", l(m("risk.residualSeverity", 4))));
    row(
        "risks.fairness",
        m(
            "decision.concernsIndividuals",
            true,
            "risks",
            l(m("risk.category", RiskCategory.DISCRIMINATION))),
        m(
            "decision.concernsIndividuals",
            true,
            "risks",
            l(m("risk.category", RiskCategory.PRIVACY))));
    row(
        "risks.vulnerable-safeguards",
        m(
            "decision.vulnerableGroupCount",
            2,
            "risks",
            l(
                m("risk.category", RiskCategory.PRIVACY),
                m("risk.category", RiskCategory.FUNDAMENTAL_RIGHTS, "risk.mitigationCount", 1))),
        m(
            "decision.vulnerableGroupCount",
            1,
            "risks",
            l(m("risk.category", RiskCategory.DISCRIMINATION, "risk.mitigationCount", 0))));
    row(
        "risks.affected-persons-known",
        m("decision.concernsIndividuals", true, "decision.affectedPersons", 12_000),
        with(decision, "decision.concernsIndividuals", true));
    row(
        "involvement.agents-consulted",
        m("governance.agentConsultations", 1),
        m("governance.agentConsultations", 0, "impacts.agentsConsulted", false));
    row(
        "involvement.citizens-consulted",
        m("decision.interactsWithPublic", true, "governance.citizenConsultations", 2),
        m("decision.interactsWithPublic", true, "governance.citizenConsultations", 0));
    row(
        "involvement.agents-trained",
        m("governance.agentTrainings", 3),
        m("governance.agentTrainings", 0));
    row(
        "involvement.working-conditions",
        m("impacts.onAgents", "Tournées ciblées"),
        m("impacts.documented", true));
    row(
        "involvement.working-conditions-risks",
        m("impacts.onAgents", "Tournées ciblées", "risks.workingConditions", 1),
        m("impacts.onAgents", "Tournées ciblées", "risks.workingConditions", 0));
    row(
        "involvement.consultation-participants",
        m(
            "governance.consultations",
            l(m("consultation.participants", 12), m("consultation.participants", 40))),
        m(
            "governance.consultations",
            l(m("consultation.participants", 12), m("consultation.participants", 0))));
    row(
        "involvement.watch-committee",
        m("governance.watchCommittee", "Comité"),
        m("governance.documented", true));
    row("sobriety.footprint-known", m("footprint.known", true), m("footprint.known", false));
    row(
        "sobriety.method",
        m(
            "footprint.known",
            true,
            "footprint.method",
            "CodeCarbon",
            "footprint.basis",
            EstimationBasis.MEASURED),
        m("footprint.known", true, "footprint.documented", true));
    row(
        "sobriety.proportionate",
        m("footprint.known", true, "benefits", l(m("benefit.measuredKnown", true))),
        m("footprint.known", false, "benefits", l(m("benefit.measuredKnown", true))));
    row(
        "security.hosting-region",
        m("system.hostingRegion", HostingRegion.EU),
        m("system.hostingRegion", HostingRegion.OUTSIDE_EU));
    row(
        "security.supplier-identified",
        m("system.sourcing", Sourcing.PROVIDER, "system.supplierCount", 1),
        m("system.sourcing", Sourcing.PROVIDER, "system.documented", true));
    row(
        "security.sovereign-hosting-personal-data",
        m("data.personalDataUsed", true, "system.hostingMode", HostingMode.ON_PREMISES),
        m(
            "data.personalDataUsed",
            true,
            "system.hostingMode",
            HostingMode.THIRD_PARTY_CLOUD,
            "system.secNumCloud",
            false));
    absenceFails("value.indicators", m("benefits", l(m())), m());
    row(
        "value.baselines",
        m("benefits", l(m("benefit.baselineKnown", true))),
        m("benefits", l(m("benefit.baselineKnown", false))));
    row(
        "value.measured",
        m("status.stage", Stage.DEPLOYMENT, "benefits", l(m("benefit.measuredKnown", true))),
        m("status.stage", Stage.DEPLOYMENT, "benefits", l(m("benefit.measuredKnown", false))));
    // compass
    row("compass.utility.goal", m("purpose.goal", "Besoin"), purpose);
    row("compass.utility.beneficiaries", m("purpose.audienceCount", 1), purpose);
    row(
        "compass.utility.value",
        m("benefits", l(m("benefit.targetKnown", true))),
        m("benefits", l(m("benefit.targetKnown", false, "benefit.measuredKnown", false))));
    absenceFails("compass.impacts.risks", m("risks", l(m())), m());
    row(
        "compass.impacts.people",
        m("impacts.onCitizens", "a", "impacts.onAgents", "b"),
        m("impacts.documented", true, "impacts.onAgents", "b"));
    row(
        "compass.impacts.environment",
        m("footprint.known", true),
        m("footprint.known", false, "impacts.documented", true));
    row("compass.alternatives.considered", m("purpose.alternatives", l(m())), purpose);
    row(
        "compass.alternatives.justified",
        m("purpose.alternatives", l(m("alternative.whyNotChosen", "Lent"))),
        m("purpose.alternatives", l(m())));
    row(
        "compass.alternatives.reversible",
        m("risks", l(m("risk.category", RiskCategory.DEPENDENCY))),
        m("risks", l(m("risk.category", RiskCategory.PRIVACY))));
    // frugal AI
    row("frugal.necessity", m("purpose.whyAi", "x"), purpose);
    row("frugal.alternatives", m("purpose.alternatives", l(m())), purpose);
    row("frugal.bounded-use", m("decision.decisionsPerYear", 1200), decision);
    row("frugal.footprint", m("footprint.known", true), m("footprint.known", false));
    row(
        "frugal.method",
        m("footprint.method", "Green Algorithms"),
        m("footprint.documented", true));
    row(
        "frugal.inference-energy",
        m("footprint.inferenceEnergyKwhPerYear", 1200),
        m("footprint.documented", true));
    row("frugal.carbon", m("footprint.carbonKgPerYear", 65), m("footprint.documented", true));
    row("frugal.hardware", m("footprint.hardware", "2 serveurs"), m("footprint.documented", true));
    row("frugal.practices", m("footprint.practiceCount", 1), m("footprint.documented", true));
    row("frugal.model-documented", m("system.models", l(m())), m("system.documented", true));
    row(
        "frugal.generative-proportionate",
        m(
            "system.techniques",
            List.of(AiTechnique.GENERATIVE_AI),
            "footprint.known",
            true,
            "footprint.practiceCount",
            2),
        m(
            "system.techniques",
            List.of(AiTechnique.GENERATIVE_AI),
            "footprint.known",
            true,
            "footprint.practiceCount",
            1));
    row(
        "frugal.hosting-region",
        m("system.hostingRegion", HostingRegion.FRANCE),
        m("system.hostingRegion", HostingRegion.OUTSIDE_EU));
    row(
        "frugal.reuse",
        m("system.publicSourceCode", "https://code"),
        m("system.documented", true, "system.models", l(m("model.openWeights", false))));
    row(
        "frugal.procurement-criteria",
        m("system.sourcing", Sourcing.PUBLIC_PROCUREMENT, "system.environmentalCriteria", true),
        m("system.sourcing", Sourcing.PUBLIC_PROCUREMENT, "system.environmentalCriteria", false));
    // AI Act deployer
    row(
        "aiact.not-prohibited",
        m("aiAct.duty.STOP_PROHIBITED_PRACTICE", false),
        m("aiAct.duty.STOP_PROHIBITED_PRACTICE", true));
    row(
        "aiact.classified",
        m("aiAct.tier", AiActTier.HIGH_RISK),
        m("aiAct.tier", AiActTier.UNDETERMINED));
    row(
        "aiact.literacy",
        m("aiAct.duty.AI_LITERACY", true, "governance.agentTrainings", 1),
        m("aiAct.duty.AI_LITERACY", true, "governance.agentTrainings", 0));
    row(
        "aiact.use-per-instructions",
        m("aiAct.duty.USE_PER_INSTRUCTIONS", true, "aiAct.usedPerInstructions", true),
        m("aiAct.duty.USE_PER_INSTRUCTIONS", true, "aiAct.usedPerInstructions", false));
    row(
        "aiact.input-data",
        m("aiAct.duty.INPUT_DATA_RELEVANCE", true, "aiAct.inputDataChecked", true),
        m("aiAct.duty.INPUT_DATA_RELEVANCE", true, "aiAct.inputDataChecked", false));
    row(
        "aiact.monitoring",
        m("aiAct.duty.MONITORING", true, "aiAct.operationMonitored", true),
        m("aiAct.duty.MONITORING", true, "aiAct.operationMonitored", false));
    row(
        "aiact.logs",
        m("aiAct.duty.KEEP_LOGS", true, "aiAct.logRetentionMonths", 6),
        m("aiAct.duty.KEEP_LOGS", true, "aiAct.logRetentionMonths", 5));
    row(
        "aiact.registration-checked",
        m(
            "aiAct.duty.CHECK_EU_DATABASE_REGISTRATION",
            true,
            "aiAct.providerRegistrationChecked",
            true),
        m(
            "aiAct.duty.CHECK_EU_DATABASE_REGISTRATION",
            true,
            "aiAct.providerRegistrationChecked",
            false));
    row(
        "aiact.fria",
        m("aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", true, "aiAct.friaReference", "AIDF-1"),
        m(
            "aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT",
            true,
            "aiAct.documented",
            true,
            "aiAct.fria.present",
            false));
    // Issue 23: what the assessment kept in aiAct.fria says.
    row(
        "aiact.fria-complete",
        m("aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", true, "aiAct.fria.complete", true),
        m("aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", true, "aiAct.fria.complete", false));
    row(
        "aiact.fria-current",
        m("aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", true, "aiAct.fria.current", true),
        m("aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", true, "aiAct.fria.current", false));
    row(
        "aiact.fria-notified",
        m("aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", true, "aiAct.fria.notified", true),
        m("aiAct.duty.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT", true, "aiAct.fria.notified", false));
    row(
        "aiact.registration",
        m("aiAct.duty.REGISTRATION", true, "aiAct.registrationReference", "EU-DB-42"),
        m("aiAct.duty.REGISTRATION", true, "aiAct.documented", true));
    row(
        "aiact.oversight-assigned",
        m("aiAct.duty.HUMAN_OVERSIGHT", true, "decision.overrideRoleCount", 2),
        m("aiAct.duty.HUMAN_OVERSIGHT", true, "decision.documented", true));
    row(
        "aiact.oversight-trained",
        m("aiAct.duty.HUMAN_OVERSIGHT", true, "decision.overseersTrained", true),
        m("aiAct.duty.HUMAN_OVERSIGHT", true, "decision.overseersTrained", false));
    row(
        "aiact.inform-affected",
        m("aiAct.duty.INFORM_AFFECTED_PERSONS", true, "transparency.citizenNotice", "Avis"),
        m("aiAct.duty.INFORM_AFFECTED_PERSONS", true, "transparency.documented", true));
    row(
        "aiact.explanation",
        m("aiAct.duty.EXPLANATION_ON_REQUEST", true, "decision.contestation", "Écrire au maire"),
        m("aiAct.duty.EXPLANATION_ON_REQUEST", true, "decision.documented", true));
    row(
        "aiact.inform-workers",
        m("aiAct.duty.INFORM_WORKERS", true, "governance.agentConsultations", 1),
        m(
            "aiAct.duty.INFORM_WORKERS",
            true,
            "governance.agentConsultations",
            0,
            "impacts.agentsConsulted",
            false));
    row(
        "aiact.disclose-interaction",
        m(
            "aiAct.duty.DISCLOSE_AI_INTERACTION",
            true,
            "transparency.citizenNotice",
            "Je suis un robot"),
        m("aiAct.duty.DISCLOSE_AI_INTERACTION", true, "transparency.documented", true));
    row(
        "aiact.mark-content",
        m("aiAct.duty.MARK_SYNTHETIC_CONTENT", true, "decision.contentMarked", true),
        m("aiAct.duty.MARK_SYNTHETIC_CONTENT", true, "decision.contentMarked", false));
    row(
        "aiact.inform-exposed",
        m("aiAct.duty.INFORM_BIOMETRIC_EXPOSURE", true, "transparency.citizenNotice", "Avis"),
        m("aiAct.duty.INFORM_BIOMETRIC_EXPOSURE", true, "transparency.documented", true));
    row(
        "aiact.disclose-generated",
        m("aiAct.duty.DISCLOSE_GENERATED_TEXT", true, "decision.contentMarked", true),
        m(
            "aiAct.duty.DISCLOSE_GENERATED_TEXT",
            false,
            "aiAct.duty.DISCLOSE_DEEP_FAKE",
            true,
            "decision.contentMarked",
            false));
    // GDPR and CRPA
    row(
        "gdpr.legal-basis",
        m("data.datasets", l(personalWithBasis)),
        m("data.datasets", l(m("dataset.personal", true))));
    row(
        "gdpr.no-legitimate-interest",
        m("data.datasets", l(personalWithBasis)),
        m("data.datasets", l(m("dataset.legalBasis", LegalBasis.LEGITIMATE_INTERESTS))));
    Map<String, Object> personal = m("data.personalDataUsed", true);
    row(
        "gdpr.processing-record",
        with(personal, "data.processingRecord", "Registre n°12"),
        with(personal, "data.documented", true));
    row(
        "gdpr.dpia-status",
        with(personal, "data.dpia", DpiaStatus.NOT_REQUIRED),
        with(personal, "data.documented", true));
    row(
        "gdpr.dpia-done",
        with(personal, "decision.profiling", true, "data.dpia", DpiaStatus.COMPLETED),
        with(personal, "decision.profiling", true, "data.dpia", DpiaStatus.IN_PROGRESS));
    row(
        "frugal.tender-criteria-listed",
        m(
            "system.sourcing",
            Sourcing.PUBLIC_PROCUREMENT,
            "system.environmentalCriteria",
            true,
            "procurement.criteriaCount",
            2),
        m(
            "system.sourcing",
            Sourcing.PUBLIC_PROCUREMENT,
            "system.environmentalCriteria",
            true,
            "procurement.criteriaCount",
            0));
    row(
        "frugal.tender-energy-method",
        m(
            "system.sourcing",
            Sourcing.PUBLIC_PROCUREMENT,
            "procurement.answerCount",
            3,
            "procurement.energyMethodSupplied",
            true),
        m(
            "system.sourcing",
            Sourcing.PUBLIC_PROCUREMENT,
            "procurement.answerCount",
            3,
            "procurement.energyMethodSupplied",
            false));
    row(
        "gdpr.dpia-criteria",
        m("impacts.assessment.dpiaRequired", true, "data.dpia", DpiaStatus.COMPLETED),
        m("impacts.assessment.dpiaRequired", true, "data.dpia", DpiaStatus.REQUIRED));
    row(
        "gdpr.dpo",
        with(personal, "usage.hasDpoContact", true),
        with(personal, "usage.hasDpoContact", false));
    row(
        "gdpr.retention",
        m("data.datasets", l(m("dataset.personal", true, "dataset.retentionSet", true))),
        m("data.datasets", l(m("dataset.personal", true, "dataset.retentionSet", false))));
    row(
        "gdpr.transfers",
        m(
            "data.datasets",
            l(
                m(
                    "dataset.personal",
                    true,
                    "dataset.storageRegion",
                    HostingRegion.OUTSIDE_EU,
                    "dataset.transfersSafeguarded",
                    true))),
        m(
            "data.datasets",
            l(
                m(
                    "dataset.personal",
                    true,
                    "dataset.storageRegion",
                    HostingRegion.OUTSIDE_EU,
                    "dataset.transfersSafeguarded",
                    false))));
    row(
        "crpa.explicit-mention",
        m("decision.concernsIndividuals", true, "transparency.explicitMention", "Mention"),
        with(transparency, "decision.concernsIndividuals", true));
    row(
        "crpa.explanation",
        m("decision.concernsIndividuals", true, "decision.contestation", "Sur demande"),
        with(decision, "decision.concernsIndividuals", true));
    row(
        "crpa.publication",
        m(
            "decision.concernsIndividuals",
            true,
            "authority.agents",
            120,
            "transparency.published",
            true),
        m(
            "decision.concernsIndividuals",
            true,
            "authority.agents",
            120,
            "transparency.published",
            false));
    // completeness: absence of the field is the failure
    Map<String, Map<String, Object>> filled = new LinkedHashMap<>();
    Map<String, Object> dataset =
        m(
            "dataset.source",
            DataSource.SENSORS,
            "dataset.collectionMode",
            CollectionMode.AUTOMATED,
            "dataset.personal",
            false);
    filled.put("interconnectes.coll-nom", m("authority.name", "Sicoval"));
    filled.put("interconnectes.nom-projet", m("usage.name", "Fuites"));
    filled.put("interconnectes.coll-siret", m("authority.siret", "24310063300011"));
    filled.put("interconnectes.coll-type", m("authority.kind", AuthorityKind.COMMUNE));
    filled.put("interconnectes.projet-date", m("status.startDate", TODAY));
    filled.put("interconnectes.projet-status", m("status.stage", Stage.IDEA));
    filled.put("interconnectes.projet-contact", m("usage.contactCount", 1));
    filled.put("interconnectes.usage-description", m("usage.description", "…"));
    filled.put("interconnectes.mise-en-oeuvre", m("system.sourcing", Sourcing.IN_HOUSE));
    filled.put("interconnectes.theme", m("purpose.theme", Theme.MOBILITY));
    filled.put("interconnectes.audience-service", m("purpose.audienceCount", 1));
    filled.put("interconnectes.herbergement", m("system.hostingMode", HostingMode.ON_PREMISES));
    filled.put("interconnectes.nom-algorithme", m("system.algorithmName", "XGBoost"));
    filled.put("interconnectes.type-algorithme", m("system.techniqueCount", 1));
    filled.put(
        "interconnectes.donnees-source",
        m("data.datasets", l(dataset), "data.unresolvedReferences", 0));
    filled.put(
        "interconnectes.donnees-acces",
        m("data.datasets", l(dataset), "data.unresolvedReferences", 0));
    filled.put("interconnectes.image-url", m("transparency.imageUrl", "https://img"));
    filled.put("interconnectes.date", m("metadata.updatedOn", TODAY));
    filled.put("algoritmeregister.name", m("usage.name", "Fuites"));
    filled.put("algoritmeregister.description-short", m("usage.summary", "…"));
    filled.put("algoritmeregister.organization", m("authority.name", "Sicoval"));
    filled.put("algoritmeregister.category", m("purpose.theme", Theme.MOBILITY));
    filled.put("algoritmeregister.status", m("status.stage", Stage.IDEA));
    filled.put("algoritmeregister.goal", m("purpose.goal", "…"));
    filled.put("algoritmeregister.proportionality", m("purpose.whyAi", "…"));
    filled.put(
        "algoritmeregister.human-intervention",
        m("decision.oversightLevel", OversightLevel.HUMAN_ON_THE_LOOP));
    filled.put("algoritmeregister.risks", m("risks", l(m())));
    filled.put(
        "algoritmeregister.lawful-basis",
        m("data.datasets", l(personalWithBasis), "data.unresolvedReferences", 0));
    filled.put("algoritmeregister.process-index-url", m("data.processingRecord", "…"));
    filled.put("algoritmeregister.impact-assessment", m("data.dpia", DpiaStatus.COMPLETED));
    filled.put("algoritmeregister.source-data", m("data.datasets", l(dataset)));
    filled.put(
        "algoritmeregister.methods-and-models",
        m("system.techniqueCount", 1, "system.selfLearning", false));
    filled.put("algoritmeregister.provider", m("system.sourcing", Sourcing.PROVIDER));
    filled.put("algoritmeregister.contact-email", m("usage.hasContactEmail", true));
    filled.put("algoritmeregister.website", m("usage.linkCount", 1));
    filled.put("algoritmeregister.lang", m("metadata.language", "fr"));
    filled.put("atrs.tier1.name", m("usage.name", "Fuites"));
    filled.put("atrs.tier1.description", m("usage.description", "…"));
    filled.put("atrs.tier1.website", m("transparency.publicationUrl", "https://x"));
    filled.put("atrs.tier1.contact", m("usage.hasContactEmail", true));
    filled.put("atrs.tier2.organisation", m("authority.name", "Sicoval"));
    filled.put("atrs.tier2.team", m("usage.team", "Eau"));
    filled.put("atrs.tier2.senior-responsible-owner", m("usage.hasOwnerContact", true));
    filled.put(
        "atrs.tier2.suppliers", m("system.sourcing", Sourcing.PROVIDER, "system.supplierCount", 1));
    filled.put(
        "atrs.tier2.procurement",
        m("system.sourcing", Sourcing.PUBLIC_PROCUREMENT, "system.procurementProcedure", "AO"));
    filled.put("atrs.tier2.scope", m("purpose.goal", "…"));
    filled.put("atrs.tier2.benefit", m("benefits", l(m())));
    filled.put("atrs.tier2.alternatives", m("purpose.alternatives", l(m())));
    filled.put("atrs.tier2.model-type", m("system.techniqueCount", 2));
    filled.put("atrs.tier2.phase", m("status.stage", Stage.EXPERIMENTATION));
    filled.put("atrs.tier2.process-integration", m("decision.outputRole", OutputRole.INFORMATION));
    filled.put(
        "atrs.tier2.human-decisions",
        m("decision.oversightLevel", OversightLevel.HUMAN_IN_COMMAND));
    filled.put("atrs.tier2.training", m("decision.overseersTrained", false));
    filled.put("atrs.tier2.appeals", m("decision.contestation", "…"));
    filled.put("atrs.tier2.data-source", m("data.datasets", l(dataset)));
    filled.put("atrs.tier2.risks", m("risks", l(m())));
    filled.put("atrs.tier2.impact-assessments", m("data.dpia", DpiaStatus.NOT_REQUIRED));
    // Violations of composite fields, beyond plain absence.
    Map<String, Map<String, Object>> violated = new HashMap<>();
    violated.put(
        "interconnectes.donnees-source",
        m("data.datasets", l(m("dataset.collectionMode", CollectionMode.API))));
    violated.put("interconnectes.donnees-acces", m("data.datasets", List.of()));
    violated.put("algoritmeregister.methods-and-models", m("system.techniqueCount", 1));
    violated.put("algoritmeregister.contact-email", m("usage.hasContactEmail", false));
    violated.put("atrs.tier2.suppliers", m("system.sourcing", Sourcing.PROVIDER));
    violated.put("atrs.tier2.procurement", m("system.sourcing", Sourcing.PUBLIC_PROCUREMENT));
    violated.put("atrs.tier2.senior-responsible-owner", m("usage.hasOwnerContact", false));
    filled.forEach((id, s) -> absenceFails(id, s, violated.getOrDefault(id, m())));
  }

  private static Outcome outcome(Criterion criterion, Map<String, Object> facts) {
    ConditionCompiler.CompiledCriterion compiled = ConditionCompiler.compile(criterion);
    ConditionCompiler.Env env = new ConditionCompiler.Env(TODAY, BuiltInCriteriaTest::read);
    return CharterEvaluator.judge(compiled, facts, env);
  }

  @SuppressWarnings("unchecked")
  private static Object read(Fact fact, Object subject) {
    Object value = ((Map<String, Object>) subject).get(fact.name());
    return value instanceof Integer || value instanceof Long
        ? new BigDecimal(value.toString())
        : value;
  }

  private static Map<String, Criterion> builtInCriteria() {
    return BuiltInCharters.all().stream()
        .flatMap(c -> c.criteria().stream())
        .collect(Collectors.toMap(Criterion::id, c -> c, (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void everyBuiltInCriterion_hasARowInThisTable() {
    Set<String> tested = ROWS.stream().map(Row::id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(tested).isEqualTo(new TreeSet<>(builtInCriteria().keySet()));
    assertThat(ROWS).hasSize(builtInCriteria().size());
  }

  @Test
  void everyBuiltInCriterion_isSatisfiedViolatedAndUnknownAsItsRowSays() {
    Map<String, Criterion> criteria = builtInCriteria();
    List<String> failures = new ArrayList<>();
    for (Row row : ROWS) {
      Criterion criterion = criteria.get(row.id());
      check(failures, row.id(), "satisfying", outcome(criterion, row.satisfying()), SATISFIED);
      check(failures, row.id(), "violating", outcome(criterion, row.violating()), NOT_SATISFIED);
      check(failures, row.id(), "without facts", outcome(criterion, Map.of()), row.empty());
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void charters_meetTheCriterionFloorsOfTheIssue() {
    assertThat(BuiltInCharters.ethics().principles()).hasSize(9);
    assertThat(BuiltInCharters.ethics().criteria().size()).isGreaterThanOrEqualTo(25);
    assertThat(BuiltInCharters.compass().principles())
        .allSatisfy(p -> assertThat(p.criteria().size()).isGreaterThanOrEqualTo(3));
    assertThat(BuiltInCharters.frugalAi().criteria().size()).isGreaterThanOrEqualTo(10);
    assertThat(BuiltInCharters.aiActDeployer().criteria().size()).isGreaterThanOrEqualTo(8);
    assertThat(BuiltInCharters.gdprCrpa().criteria().size()).isGreaterThanOrEqualTo(8);
    assertThat(BuiltInCharters.completenessInterconnectes().criteria()).hasSize(18);
    assertThat(BuiltInCharters.all())
        .allSatisfy(
            c ->
                assertThat(c.criteria())
                    .allSatisfy(cr -> assertThat(cr.references()).isNotEmpty()));
  }

  private static void check(
      List<String> failures, String id, String which, Outcome actual, Outcome expected) {
    if (actual != expected) {
      failures.add(id + " " + which + ": expected " + expected + " but was " + actual);
    }
  }
}
