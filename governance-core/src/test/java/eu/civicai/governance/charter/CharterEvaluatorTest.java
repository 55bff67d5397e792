package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidDefinitionException;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.charters.Compass;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Samples;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CharterEvaluatorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/Paris"));
  private static final CharterEvaluator ALL = CharterEvaluator.of(BuiltInCharters.all());
  private static final AiUsage SMALL_COMMUNE =
      AiUsage.builder("chatbot-saint-remy")
          .name("Agent conversationnel de la mairie")
          .authority(Authority.of("Saint-Rémy", AuthorityKind.COMMUNE).withPopulation(3000))
          .build();

  private static Register registerWithSample() {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("telereleve")
            .name("Télérelève")
            .personalData(PersonalDataLevel.NONE)
            .build());
    register.add(Samples.fullUsage());
    return register;
  }

  @Test
  void evaluationDate_isTheClockZonesDate_forOffsetsAndRegions() {
    // The evaluator computes dates of fixed offsets itself; seeded instants around the epoch and
    // far from it, every whole offset from -18 h to +18 h, and a zone with summer time.
    java.util.Random random = new java.util.Random(20261129);
    for (int i = 0; i < 20_000; i++) {
      Instant at =
          Instant.ofEpochSecond(
              random.nextLong() % 300_000_000_000L, random.nextInt(1_000_000_000));
      ZoneId zone =
          i % 10 == 0
              ? ZoneId.of("Europe/Paris")
              : java.time.ZoneOffset.ofTotalSeconds(random.nextInt(36 * 3600 + 1) - 18 * 3600);
      assertThat(CharterEvaluator.dateOf(at, zone))
          .as("%s in %s", at, zone)
          .isEqualTo(LocalDate.ofInstant(at, zone));
    }
  }

  @Tag("slow") // left out of mutation testing: see governance-core/pom.xml
  @Test
  void sameInputs_giveEqualReports() {
    Register register = registerWithSample();
    AiUsage usage = register.find("sicoval-detection-fuites").orElseThrow();
    EvaluationContext context = EvaluationContext.of(CLOCK, Locale.FRENCH).withDatasets(register);

    List<EvaluationReport> first = ALL.evaluate(usage, context);
    List<EvaluationReport> second =
        CharterEvaluator.of(BuiltInCharters.all()).evaluate(usage, context);

    assertThat(second).isEqualTo(first);
    assertThat(first).hasSize(BuiltInCharters.all().size());
    assertThat(first.get(0).contentHash().hex()).hasSize(64);
    assertThat(first.get(0).evaluatedAt()).isEqualTo(CLOCK.instant());
    assertThat(first.get(0).libraryVersion()).isNotBlank().isNotEqualTo("unknown");
  }

  @Test
  void oneEvaluator_sharedByEightThreads_givesTheSequentialReports() throws Exception {
    Register register = registerWithSample();
    AiUsage usage = register.find("sicoval-detection-fuites").orElseThrow();
    EvaluationContext context = EvaluationContext.of(CLOCK, Locale.FRENCH).withDatasets(register);
    List<EvaluationReport> expected = ALL.evaluate(usage, context);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<EvaluationReport>>> futures =
          new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        AiUsage subject = i % 2 == 0 ? usage : SMALL_COMMUNE;
        futures.add(pool.submit(() -> ALL.evaluate(subject, context)));
      }
      List<EvaluationReport> small = ALL.evaluate(SMALL_COMMUNE, context);
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS))
            .isEqualTo(i % 2 == 0 ? expected : small);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void outcomesOnly_areTheReportsOutcomes_waiversIncluded() {
    Register register = registerWithSample();
    Waiver waiver =
        Waiver.builder()
            .criterion("oversight.level")
            .usage(SMALL_COMMUNE.id())
            .justification("Essai")
            .grantedBy("comité")
            .grantedOn(LocalDate.of(2026, 1, 1))
            .expiresOn(LocalDate.of(2026, 12, 31))
            .build();
    EvaluationContext context =
        EvaluationContext.of(CLOCK, Locale.FRENCH)
            .withDatasets(register)
            .withWaivers(List.of(waiver));
    for (AiUsage usage :
        List.of(register.find("sicoval-detection-fuites").orElseThrow(), SMALL_COMMUNE)) {
      List<List<Outcome>> expected =
          ALL.evaluate(usage, context).stream()
              .map(r -> r.findings().stream().map(Finding::outcome).toList())
              .toList();
      assertThat(ALL.outcomes(usage, context)).isEqualTo(expected);
    }
    assertThat(ALL.outcomes(SMALL_COMMUNE, context).get(0)).contains(Outcome.WAIVED);
  }

  @Test
  void aFactReadByApplicabilityAndRequirement_isEvidenceOnce() {
    Charter charter =
        Charter.builder("test.evidence", "1")
            .title("Preuves", "Evidence")
            .source("test")
            .principle(
                "p",
                "P",
                "P",
                p ->
                    p.criterion(
                        "risks.mitigated",
                        Severity.MAJOR,
                        c ->
                            c.title("t", "t")
                                .rationale("r", "r")
                                .remediation("m", "m")
                                .appliesWhen(RiskFacts.RISKS.countAtLeast(1))
                                .requires(
                                    RiskFacts.RISKS.all(
                                        RiskFacts.RISK_MITIGATION_COUNT.atLeast(1)))))
            .build();
    AiUsage usage = Samples.fullUsage();
    assertThat(usage.risks()).isNotEmpty();

    Finding finding =
        CharterEvaluator.of(charter)
            .evaluate(usage, EvaluationContext.of(CLOCK, Locale.ENGLISH))
            .get(0)
            .findings()
            .get(0);

    assertThat(finding.evidence().stream().map(Evidence::fact))
        .startsWith("risks")
        .doesNotHaveDuplicates()
        .hasSize(1 + usage.risks().size())
        .contains("risks[0].mitigationCount");
  }

  @Test
  void contentHash_changesWithTheRecord() {
    AiUsage usage = Samples.fullUsage();
    EvaluationContext context = EvaluationContext.of(CLOCK, Locale.ENGLISH);

    String before = ALL.evaluate(usage, context).get(0).contentHash().hex();
    String after =
        ALL.evaluate(usage.toBuilder().summary("Autre résumé").build(), context)
            .get(0)
            .contentHash()
            .hex();

    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void smallCommune_withFiveFields_getsUnknownFindings_notFailures() {
    EvaluationReport ethics =
        ALL.evaluate(SMALL_COMMUNE, EvaluationContext.of(CLOCK, Locale.FRENCH)).get(0);

    assertThat(ethics.findings(Outcome.UNKNOWN))
        .extracting(Finding::criterionId)
        .contains("oversight.level", "utility.goal");
    assertThat(ethics.verdict()).isEqualTo(Verdict.INCOMPLETE);
    Finding oversight =
        ethics.findings().stream()
            .filter(f -> f.criterionId().equals("oversight.level"))
            .findFirst()
            .orElseThrow();
    assertThat(oversight.message())
        .isEqualTo("Inconnu, information manquante : Un humain supervise les résultats");
    assertThat(oversight.remediation())
        .isEqualTo(
            "Définir qui valide ou surveille les résultats : un humain doit rester responsable de"
                + " ce que l'outil produit.");
    assertThat(oversight.evidence()).containsExactly(new Evidence("decision.oversightLevel", null));
    // Every text of the report is in the context's language, decided once per report.
    assertThat(ethics.language()).isEqualTo("fr");
    assertThat(ethics.charterTitle()).isEqualTo("Charte éthique territoriale de l'IA");
    assertThat(ethics.principles().get(0).title()).isEqualTo("Utilité et nécessité");
    EvaluationReport english =
        ALL.evaluate(SMALL_COMMUNE, EvaluationContext.of(CLOCK, Locale.CANADA)).get(0);
    assertThat(english.language()).isEqualTo("en");
    assertThat(english.charterTitle()).isEqualTo("Territorial AI ethics charter");
    assertThat(english.principles().get(0).title()).isEqualTo("Utility and necessity");
    assertThat(english.findings(Outcome.UNKNOWN).get(0).message()).startsWith("Unknown");
  }

  @Test
  void notSatisfied_blockingCriterion_makesTheReportNonCompliant() {
    AiUsage noOversight =
        SMALL_COMMUNE.toBuilder()
            .decision(
                d ->
                    d.oversight(
                        eu.civicai.governance.usage.HumanOversight.builder()
                            .level(OversightLevel.NONE)
                            .build()))
            .build();

    EvaluationReport ethics =
        ALL.evaluate(noOversight, EvaluationContext.of(CLOCK, Locale.ENGLISH)).get(0);

    assertThat(ethics.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    assertThat(ethics.blocking())
        .extracting(Finding::criterionId)
        .containsExactly("oversight.level");
    assertThat(ethics.blocking().get(0).evidence())
        .containsExactly(new Evidence("decision.oversightLevel", "NONE"));
  }

  @Test
  void evidence_namesListElements() {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("a").name("A").personalData(PersonalDataLevel.PERSONAL).build());
    AiUsage usage =
        SMALL_COMMUNE.toBuilder()
            .dataUse(
                d ->
                    d.datasets(
                        eu.civicai.governance.usage.DatasetUse.of(
                            "a", eu.civicai.governance.usage.DataRole.INPUT)))
            .build();

    EvaluationReport gdpr =
        CharterEvaluator.of(BuiltInCharters.gdprCrpa())
            .evaluate(usage, EvaluationContext.of(CLOCK, Locale.ENGLISH).withDatasets(register))
            .get(0);

    Finding legalBasis = gdpr.findings().get(0);
    assertThat(legalBasis.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(legalBasis.evidence())
        .containsExactly(
            new Evidence("data.datasets", "1"),
            new Evidence("data.datasets[0].personal", "true"),
            new Evidence("data.datasets[0].legalBasis", null));
  }

  @Test
  void ledgerFacts_reportOverdueRetentionAndUndeclaredPurposes() {
    Register register = Register.inMemory(CLOCK);
    register.addDataset(
        Dataset.builder("abonnes")
            .name("Abonnés")
            .personalData(PersonalDataLevel.PERSONAL)
            .purposes("facturation")
            .retention(
                eu.civicai.governance.data.RetentionRule.of(
                    java.time.Period.ofMonths(6),
                    eu.civicai.governance.data.RetentionTrigger.COLLECTION,
                    eu.civicai.governance.data.EndAction.DELETE))
            .build());
    AiUsage usage =
        SMALL_COMMUNE.toBuilder()
            .dataUse(
                d ->
                    d.datasets(
                        eu.civicai.governance.usage.DatasetUse.of(
                            "abonnes", eu.civicai.governance.usage.DataRole.INPUT)))
            .build();
    eu.civicai.governance.data.Ledger ledger =
        eu.civicai.governance.data.Ledger.inMemory(register, CLOCK);
    eu.civicai.governance.DatasetId abonnes = eu.civicai.governance.DatasetId.of("abonnes");
    ledger.append(
        eu.civicai.governance.data.LifecycleEvent.collected(abonnes)
            .at(Instant.parse("2025-01-01T00:00:00Z"))
            .by("accueil"));
    ledger.append(
        eu.civicai.governance.data.LifecycleEvent.usedForInference(
                abonnes, usage.id(), "prospection")
            .at(Instant.parse("2025-02-01T00:00:00Z"))
            .by("dsi"));

    EvaluationReport ethics =
        CharterEvaluator.of(BuiltInCharters.ethics())
            .evaluate(
                usage,
                EvaluationContext.of(CLOCK, Locale.ENGLISH)
                    .withDatasets(register)
                    .withLedger(ledger))
            .get(0);

    assertThat(find(ethics, "data.retention-not-overdue").outcome())
        .isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(find(ethics, "data.retention-not-overdue").evidence())
        .containsExactly(new Evidence("ledger.overdueDatasets", "1"));
    assertThat(find(ethics, "data.purposes-respected").outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    assertThat(find(ethics, "data.outside-eu").outcome()).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void waiver_appliesUntilItExpires() {
    AiUsage usage = SMALL_COMMUNE;
    Waiver waiver =
        Waiver.builder()
            .criterion("oversight.level")
            .usage(usage.id())
            .justification("Expérimentation de trois mois")
            .grantedBy("comité de veille")
            .grantedOn(LocalDate.of(2026, 9, 1))
            .expiresOn(LocalDate.of(2026, 11, 30))
            .build();
    CharterEvaluator ethics = CharterEvaluator.of(BuiltInCharters.ethics());

    Finding during =
        find(
            ethics
                .evaluate(
                    usage, EvaluationContext.of(CLOCK, Locale.ENGLISH).withWaivers(List.of(waiver)))
                .get(0),
            "oversight.level");
    Clock later = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Paris"));
    Finding after =
        find(
            ethics
                .evaluate(
                    usage, EvaluationContext.of(later, Locale.ENGLISH).withWaivers(List.of(waiver)))
                .get(0),
            "oversight.level");

    assertThat(during.outcome()).isEqualTo(Outcome.WAIVED);
    assertThat(during.waiver()).isEqualTo("Expérimentation de trois mois");
    assertThat(after.outcome()).isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void waiver_expiringBeforeItIsGranted_isRejected() {
    assertThatThrownBy(
            () ->
                Waiver.builder()
                    .criterion("oversight.level")
                    .usage(UsageId.of("u"))
                    .justification("j")
                    .grantedBy("dgs")
                    .grantedOn(LocalDate.of(2026, 2, 1))
                    .expiresOn(LocalDate.of(2026, 1, 1))
                    .build())
        .hasMessage("`expiresOn` must not be before `grantedOn` (2026-02-01), but was 2026-01-01");
  }

  @Test
  void portfolio_summarisesVerdictsUnmetCriteriaAndBlockingUsages() {
    Register register = registerWithSample();
    register.add(
        SMALL_COMMUNE.toBuilder()
            .decision(
                d ->
                    d.oversight(
                        eu.civicai.governance.usage.HumanOversight.builder()
                            .level(OversightLevel.NONE)
                            .build()))
            .build());

    PortfolioReport portfolio =
        CharterEvaluator.of(BuiltInCharters.ethics())
            .evaluatePortfolio(register, EvaluationContext.of(CLOCK, Locale.FRENCH));

    assertThat(portfolio.usages()).hasSize(2);
    assertThat(portfolio.verdicts().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(2);
    assertThat(portfolio.blockingUsages()).containsExactly(UsageId.of("chatbot-saint-remy"));
    assertThat(portfolio.mostOftenUnmet())
        .extracting(PortfolioReport.CriterionCount::criterionId)
        .contains("oversight.level");
  }

  @Test
  void compass_recommendsFromItsAxes() {
    EvaluationReport full =
        ALL.evaluate(Samples.fullUsage(), EvaluationContext.of(CLOCK, Locale.FRENCH)).get(1);
    EvaluationReport small =
        ALL.evaluate(SMALL_COMMUNE, EvaluationContext.of(CLOCK, Locale.FRENCH)).get(1);

    assertThat(Compass.recommend(full)).isIn(Compass.PROCEED, Compass.PROCEED_WITH_CONDITIONS);
    // A bare record lacks whole parts: its axes are low because they are unknown (issue 20).
    assertThat(Compass.recommend(small)).isEqualTo(Compass.COMPLETE_FIRST);
    assertThatThrownBy(
            () ->
                Compass.recommend(
                    ALL.evaluate(SMALL_COMMUNE, EvaluationContext.of(CLOCK, Locale.FRENCH)).get(0)))
        .isInstanceOf(GovernanceException.class)
        .hasMessage(
            "`report.charterId` must be a report of the charter civicai.compass, but was 'civicai.ethics'");
  }

  @Test
  void definition_unknownFact_failsAtLoadNamingTheCriterion() {
    assertThatThrownBy(() -> charterRequiring(new Condition.Known("decision.oversightLevle")))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("criterion `c.one` names an unknown fact 'decision.oversightLevle'");
  }

  @Test
  void definition_typeMismatch_failsAtLoad() {
    assertThatThrownBy(
            () ->
                charterRequiring(
                    new Condition.Compare("decision.oversightLevel", Operator.GE, BigDecimal.ONE)))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage(
            "criterion `c.one`: fact decision.oversightLevel of type ENUM cannot be compared with GE BigDecimal 1");
  }

  @Test
  void definition_unknownEnumValue_failsAtLoadListingAllowedValues() {
    assertThatThrownBy(
            () ->
                charterRequiring(
                    new Condition.Compare("decision.oversightLevel", Operator.EQ, "HUMAN")))
        .hasMessage(
            "criterion `c.one`: 'HUMAN' is not a value of fact decision.oversightLevel; allowed values are [HUMAN_IN_THE_LOOP, HUMAN_ON_THE_LOOP, HUMAN_IN_COMMAND, NONE]");
  }

  @Test
  void definition_elementFactOutsideItsList_failsAtLoad() {
    assertThatThrownBy(() -> charterRequiring(new Condition.Known("dataset.legalBasis")))
        .hasMessage(
            "criterion `c.one`: fact dataset.legalBasis is read from a DATASET, not from a USAGE; use it inside all, any or none over the right list");
  }

  @Test
  void definition_duplicateCriterionId_failsAtLoad() {
    assertThatThrownBy(() -> charter(Condition.ALWAYS, "c.one", "c.one"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage(
            "`principles[0].criteria[1].id`: criterion 'c.one' is defined twice in the charter");
  }

  @Test
  void kleeneLogic_unknownAndFalseIsFalse_unknownOrTrueIsTrue() {
    assertThat(Truth.UNKNOWN.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
    assertThat(Truth.UNKNOWN.and(Truth.TRUE)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.UNKNOWN.or(Truth.TRUE)).isEqualTo(Truth.TRUE);
    assertThat(Truth.UNKNOWN.or(Truth.FALSE)).isEqualTo(Truth.UNKNOWN);
    assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
  }

  private static Charter charterRequiring(Condition condition) {
    return charter(condition, "c.one");
  }

  /** A one-principle charter whose criteria, one per id, all require {@code condition}. */
  private static Charter charter(Condition condition, String... ids) {
    return Charter.builder("c", "1")
        .title("C", "C")
        .source("test")
        .principle(
            "p",
            "P",
            "P",
            p -> {
              for (String id : ids) {
                p.criterion(
                    id,
                    Severity.MINOR,
                    c ->
                        c.title("a", "a")
                            .requires(condition)
                            .rationale("r", "r")
                            .remediation("m", "m"));
              }
            })
        .build();
  }

  private static Finding find(EvaluationReport report, String id) {
    return report.findings().stream()
        .filter(f -> f.criterionId().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
