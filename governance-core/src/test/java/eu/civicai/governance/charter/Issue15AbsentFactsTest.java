package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.Article2Exclusion;
import eu.civicai.governance.usage.DataRole;
import eu.civicai.governance.usage.DatasetUse;
import eu.civicai.governance.usage.ProhibitedPractice;
import eu.civicai.governance.usage.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "Honest verdicts": absent facts are unknown, never assumed; a prohibited practice makes
 * the ethics charter non-compliant whatever else the usage does.
 */
class Issue15AbsentFactsTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
  private static final AiUsage BARE =
      AiUsage.builder("compteur-eau")
          .name("Prévision des consommations")
          .authority(Authority.of("Valmont", AuthorityKind.COMMUNE))
          .build();

  private static Register register() {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("index-compteurs")
            .name("Index des compteurs")
            .personalData(PersonalDataLevel.NONE)
            .build());
    return register;
  }

  private static EvaluationReport evaluate(Charter charter, AiUsage usage) {
    return CharterEvaluator.of(charter)
        .evaluate(usage, EvaluationContext.of(CLOCK, Locale.ENGLISH).withDatasets(register()))
        .get(0);
  }

  private static Outcome outcome(EvaluationReport report, String criterion) {
    return report.findings().stream()
        .filter(f -> f.criterionId().equals(criterion))
        .findFirst()
        .orElseThrow()
        .outcome();
  }

  @Test
  void noDatasetListed_personalDataIsUnknown_gdprCriteriaUnknown_notNotApplicable() {
    AiUsage declaresData = BARE.toBuilder().dataUse(d -> d.sources(DataSource.INTERNAL)).build();

    EvaluationReport gdpr = evaluate(BuiltInCharters.gdprCrpa(), declaresData);
    EvaluationReport ethics = evaluate(BuiltInCharters.ethics(), declaresData);

    // Was NOT_APPLICABLE: "no dataset listed" read as "no personal data".
    assertThat(outcome(gdpr, "gdpr.processing-record")).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(gdpr, "gdpr.dpo")).isEqualTo(Outcome.UNKNOWN);
    // Were SATISFIED: "every dataset…" held over zero datasets.
    assertThat(outcome(gdpr, "gdpr.legal-basis")).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(gdpr, "gdpr.retention")).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(gdpr, "gdpr.no-legitimate-interest")).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(ethics, "data.retention-set")).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(ethics, "data.legal-basis")).isEqualTo(Outcome.UNKNOWN);
    // The count stays known: no dataset is documented.
    assertThat(outcome(ethics, "data.documented")).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(gdpr.verdict()).isEqualTo(Verdict.INCOMPLETE);
  }

  @Test
  void aReferenceThatDoesNotResolve_leavesEveryDatasetUnknown_butAFailureStaysAFailure() {
    AiUsage partly =
        BARE.toBuilder()
            .dataUse(
                d ->
                    d.datasets(
                        DatasetUse.of("index-compteurs", DataRole.INPUT),
                        DatasetUse.of("fichier-abonnes", DataRole.INPUT)))
            .build();

    EvaluationReport gdpr = evaluate(BuiltInCharters.gdprCrpa(), partly);

    assertThat(outcome(gdpr, "gdpr.legal-basis")).isEqualTo(Outcome.UNKNOWN);
    assertThat(outcome(gdpr, "gdpr.processing-record")).isEqualTo(Outcome.UNKNOWN);
    assertThat(
            gdpr.findings().stream()
                .filter(f -> f.criterionId().equals("gdpr.legal-basis"))
                .findFirst()
                .orElseThrow()
                .evidence())
        .contains(new Evidence("data.datasetsComplete", "false"));
    // The listed dataset lacks a retention period: not satisfied, whatever the other holds.
    assertThat(outcome(evaluate(BuiltInCharters.ethics(), partly), "data.retention-set"))
        .isEqualTo(Outcome.NOT_SATISFIED);
  }

  @Test
  void everyDatasetListedAndResolved_decidesAsBefore() {
    AiUsage complete =
        BARE.toBuilder()
            .dataUse(d -> d.datasets(DatasetUse.of("index-compteurs", DataRole.INPUT)))
            .build();

    EvaluationReport gdpr = evaluate(BuiltInCharters.gdprCrpa(), complete);

    assertThat(outcome(gdpr, "gdpr.legal-basis")).isEqualTo(Outcome.SATISFIED);
    assertThat(outcome(gdpr, "gdpr.processing-record")).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @Test
  void undeterminedTier_makesHighRiskObligationsUnknown_notNotApplicable() {
    assertThat(AiActClassifier.classify(BARE).tier()).isEqualTo(AiActTier.UNDETERMINED);

    EvaluationReport aiAct = evaluate(BuiltInCharters.aiActDeployer(), BARE);

    for (String id :
        new String[] {
          "aiact.registration", "aiact.oversight-assigned", "aiact.oversight-trained"
        }) {
      assertThat(outcome(aiAct, id)).as(id).isEqualTo(Outcome.UNKNOWN);
    }
    assertThat(aiAct.verdict()).isIn(Verdict.INCOMPLETE, Verdict.NON_COMPLIANT);
  }

  @Test
  void prohibitedPractice_makesTheEthicsCharterNonCompliant_whateverElseTheUsageDoes() {
    AiUsage full = Samples.fullUsage();
    Map<ProhibitedPractice, Boolean> screening = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      screening.put(p, p == ProhibitedPractice.SOCIAL_SCORING);
    }
    // Whether the Act applies (Art. 2, Art. 3(1)) is left unanswered: the tier stays undetermined,
    // but the territorial charter refuses social scoring whatever the Act's scope.
    AiUsage scoring =
        full.toBuilder()
            .aiAct(full.aiAct().toBuilder().prohibitedPractices(screening).build())
            .build();
    assertThat(AiActClassifier.classify(scoring).tier()).isEqualTo(AiActTier.UNDETERMINED);
    AiUsage inScope =
        scoring.toBuilder()
            .aiAct(
                scoring.aiAct().toBuilder()
                    .aiSystem(Answer.YES)
                    .article2Exclusion(Article2Exclusion.NONE)
                    .build())
            .build();
    assertThat(AiActClassifier.classify(inScope).tier()).isEqualTo(AiActTier.PROHIBITED);

    EvaluationReport ethics =
        CharterEvaluator.of(BuiltInCharters.ethics())
            .evaluate(
                scoring,
                EvaluationContext.of(CLOCK, Locale.FRENCH).withDatasets(registerWithTelereleve()))
            .get(0);

    assertThat(ethics.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(ethics.blocking())
        .extracting(Finding::criterionId)
        .contains("risks.no-prohibited-practice");
    assertThat(ethics.score()).isGreaterThanOrEqualTo(50);

    // Not even a waiver lifts it.
    Waiver waiver =
        Waiver.builder()
            .criterion("risks.no-prohibited-practice")
            .usage(scoring.id())
            .justification("Expérimentation encadrée")
            .grantedBy("comité de veille")
            .grantedOn(java.time.LocalDate.of(2026, 1, 1))
            .expiresOn(java.time.LocalDate.of(2026, 12, 31))
            .build();
    EvaluationReport waived =
        CharterEvaluator.of(BuiltInCharters.ethics())
            .evaluate(
                scoring,
                EvaluationContext.of(CLOCK, Locale.FRENCH)
                    .withDatasets(registerWithTelereleve())
                    .withWaivers(java.util.List.of(waiver)))
            .get(0);
    assertThat(waived.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(waived.findings(Outcome.WAIVED)).isEmpty();
    assertThat(
            BuiltInCharters.ethics().criteria().stream()
                .filter(c -> c.id().equals("risks.no-prohibited-practice"))
                .findFirst()
                .orElseThrow()
                .isWaivable())
        .isFalse();
  }

  private static Register registerWithTelereleve() {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("telereleve")
            .name("Télérelève")
            .personalData(PersonalDataLevel.NONE)
            .build());
    return register;
  }
}
