package eu.civicai.governance.json;

import eu.civicai.governance.DatasetId;
import eu.civicai.governance.HostingMode;
import eu.civicai.governance.HostingRegion;
import eu.civicai.governance.UsageId;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.aiact.AiActClassification;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.Charter;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.Condition;
import eu.civicai.governance.charter.DataFacts;
import eu.civicai.governance.charter.DecisionFacts;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.GovernanceFacts;
import eu.civicai.governance.charter.ImpactFacts;
import eu.civicai.governance.charter.PurposeFacts;
import eu.civicai.governance.charter.RelativeDate;
import eu.civicai.governance.charter.RiskFacts;
import eu.civicai.governance.charter.Severity;
import eu.civicai.governance.charter.StatusFacts;
import eu.civicai.governance.charter.TransparencyFacts;
import eu.civicai.governance.charter.UsageFacts;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.EndAction;
import eu.civicai.governance.data.EventKind;
import eu.civicai.governance.data.LedgerEntry;
import eu.civicai.governance.data.LegalBasis;
import eu.civicai.governance.data.LifecycleEvent;
import eu.civicai.governance.data.PersonalDataLevel;
import eu.civicai.governance.data.RetentionRule;
import eu.civicai.governance.data.RetentionTrigger;
import eu.civicai.governance.data.Transfer;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.*;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Seeded random documents that fill every field, for round trips and schema checks. */
final class RandomDocuments {
  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzéèàçœ ÉÀ'\"\\/<>&{}[]:,€✓😀\n\t";
  private static final String SINGLE_LINE_ALPHABET = ALPHABET.replace("\n", "").replace("\t", "");
  private final Random random;

  RandomDocuments(long seed) {
    this.random = new Random(seed);
  }

  /** Texts of at most 200 characters are single-line (issue 16): no tab or line break there. */
  String text(int max) {
    String alphabet = max <= 200 ? SINGLE_LINE_ALPHABET : ALPHABET;
    int length = 1 + random.nextInt(Math.min(max, 40));
    StringBuilder out = new StringBuilder("x");
    while (out.length() < length) {
      int cp =
          alphabet.codePointAt(
              alphabet.offsetByCodePoints(
                  0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
      if (out.length() + Character.charCount(cp) <= length) {
        out.appendCodePoint(cp);
      } else {
        break;
      }
    }
    return out.toString();
  }

  String slug() {
    return "id-" + Integer.toString(random.nextInt(1_000_000), 36);
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  boolean bool() {
    return random.nextBoolean();
  }

  LocalDate date() {
    return LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  Instant instant() {
    return Instant.ofEpochSecond(
        1_500_000_000L + random.nextInt(300_000_000), random.nextInt(1_000_000_000));
  }

  Quantity quantity(Unit... units) {
    BigDecimal value = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(4));
    return new Quantity(value, units[random.nextInt(units.length)]);
  }

  URI uri() {
    return URI.create("https://example.org/" + slug());
  }

  AiUsage usage() {
    Map<ProhibitedPractice, Boolean> screening = new EnumMap<>(ProhibitedPractice.class);
    for (ProhibitedPractice p : ProhibitedPractice.values()) {
      screening.put(p, random.nextInt(10) == 0);
    }
    Map<Part, Visibility> visibility = new EnumMap<>(Part.class);
    visibility.put(pick(Part.class), pick(Visibility.class));
    Unit[] energy = {Unit.KWH, Unit.MWH, Unit.WH};
    return AiUsage.builder(slug())
        .name(text(100))
        .summary(text(350))
        .description(text(2000))
        .authority(
            Authority.of(text(200), pick(AuthorityKind.class))
                .withSiret("24310063300011")
                .withPopulation(random.nextInt(2_000_000))
                .withAgents(random.nextInt(5000)))
        .partners(text(200), text(200))
        .team(text(200))
        .contact(
            Contact.of(
                    pick(ContactRole.class),
                    text(200),
                    "agent" + random.nextInt(99) + "@example.org")
                .withOrganisation(text(200)))
        .link(new Link(text(200), uri()))
        .status(
            s ->
                s.stage(pick(Stage.class))
                    .abandonReason(text(2000))
                    .startDate(LocalDate.of(2014, 1, 1))
                    .startDatePrecision(
                        random.nextBoolean()
                            ? eu.civicai.governance.usage.DatePrecision.MONTH
                            : null)
                    .endDate(date()))
        .purpose(
            p ->
                p.goal(text(2000))
                    .policyGoals(pick(PolicyGoal.class))
                    .theme(pick(Theme.class))
                    .subThemes(text(200))
                    .audiences(pick(Audience.class), pick(Audience.class))
                    .whyAi(text(2000))
                    .alternatives(Alternative.of(text(2000), text(2000))))
        .system(
            s ->
                s.algorithmName(text(200))
                    .description(text(2000))
                    .techniques(pick(AiTechnique.class))
                    .selfLearning(bool())
                    .models(new AiModel(text(200), text(200), text(200), bool()))
                    .sourcing(pick(Sourcing.class))
                    .suppliers(Supplier.of(text(200), text(200)))
                    .procurement(
                        Procurement.builder()
                            .procedure(text(200))
                            .reference(text(200))
                            .environmentalCriteria(bool())
                            .criteria(text(200))
                            .answers(
                                List.of(
                                    TenderAnswer.of(
                                        "doc.energy-method", text(200), text(2000), bool())))
                            .build())
                    .hosting(
                        new Hosting(
                            pick(HostingMode.class), pick(HostingRegion.class), bool(), text(200)))
                    .publicSourceCode(uri()))
        .decision(
            d ->
                d.outputRole(pick(OutputRole.class))
                    .concernsIndividuals(bool())
                    .decisionsPerYear((long) random.nextInt(100_000))
                    .affectedPersons((long) random.nextInt(100_000))
                    .vulnerableGroups(text(200))
                    .oversight(
                        HumanOversight.builder()
                            .level(pick(OversightLevel.class))
                            .description(text(2000))
                            .overrideRoles(text(200))
                            .overseersTrained(bool())
                            .build())
                    .contestation(text(2000))
                    .profiling(bool())
                    .interactsWithPublic(bool())
                    .generatesContent(bool())
                    .contentMarked(bool()))
        .aiAct(
            a -> {
              eu.civicai.governance.usage.AnnexIiiPoint point =
                  pick(eu.civicai.governance.usage.AnnexIiiPoint.class);
              a.role(pick(AiActRole.class))
                  .annexIiiArea(point.area())
                  .annexIiiPoint(point)
                  .exemptions(pick(Article6Exemption.class))
                  .friaReference(text(200))
                  .registrationReference(text(200))
                  .prohibitedPractices(screening)
                  .aiSystem(answer())
                  .article2Exclusion(pick(eu.civicai.governance.usage.Article2Exclusion.class))
                  .annexIProductSafetyComponent(answer())
                  .criticalInfrastructureSafetyComponent(answer())
                  .emotionRecognitionOrBiometricCategorisation(answer())
                  .deepFake(answer())
                  .publicInterestText(answer())
                  .editorialResponsibility(answer())
                  .assistiveEditingOnly(answer())
                  .generalPurposeAi(pick(eu.civicai.governance.usage.GeneralPurposeAi.class))
                  .realTimeBiometricException(
                      pick(eu.civicai.governance.usage.RealTimeBiometricException.class))
                  .usedPerInstructions(answer())
                  .inputDataChecked(answer())
                  .operationMonitored(answer())
                  .logRetentionMonths(random.nextInt(1201))
                  .providerRegistrationChecked(answer())
                  .fria(fria());
            })
        .dataUse(
            d ->
                d.datasets(DatasetUse.of(slug(), pick(DataRole.class)))
                    .processingRecord(text(2000))
                    .dpia(pick(DpiaStatus.class))
                    .dpiaReference(text(200)))
        .risk(
            r ->
                r.category(pick(RiskCategory.class))
                    .description(text(2000))
                    .likelihood(1 + random.nextInt(4))
                    .severity(1 + random.nextInt(4))
                    .mitigations(text(2000))
                    .owner(text(200))
                    .residualLikelihood(1 + random.nextInt(4))
                    .residualSeverity(1 + random.nextInt(4)))
        .impacts(
            i ->
                i.onAgents(text(2000))
                    .agentsConsulted(bool())
                    .onCitizens(text(2000))
                    .onEnvironment(text(2000))
                    .assessment(impact()))
        .footprint(
            f ->
                f.trainingEnergy(quantity(energy))
                    .inferenceEnergyPerYear(quantity(energy))
                    .carbonPerYear(quantity(Unit.KG_CO2E, Unit.T_CO2E))
                    .hardware(text(2000))
                    .basis(pick(EstimationBasis.class))
                    .method(text(200))
                    .frugalityPractices(text(2000)))
        .benefit(
            b ->
                b.name(text(200))
                    .description(text(2000))
                    .baseline(quantity(Unit.EUR))
                    .target(quantity(Unit.KEUR))
                    .measured(quantity(Unit.MEUR))
                    .period(text(200)))
        .governance(
            g ->
                g.decisions(
                        GovernanceDecision.of(text(200), date(), pick(DecisionOutcome.class))
                            .withReference(text(200)))
                    .consultations(
                        new Consultation(
                            pick(Stakeholder.class),
                            text(200),
                            date(),
                            random.nextInt(500),
                            text(2000)))
                    .trainings(
                        Training.of(
                            pick(Stakeholder.class), text(200), date(), random.nextInt(100)))
                    .reviewDates(date())
                    .watchCommittee(text(200)))
        .transparency(
            t ->
                t.published(bool())
                    .publicationUrl(uri())
                    .citizenNotice(text(2000))
                    .explicitMention(text(2000))
                    .imageUrl(uri())
                    .visibility(visibility)
                    .location(
                        eu.civicai.governance.usage.GeoPoint.of(
                            BigDecimal.valueOf(random.nextInt(180_000_001) - 90_000_000, 6),
                            BigDecimal.valueOf(random.nextInt(360_000_001) - 180_000_000, 6))))
        .funding(
            f ->
                f.funders(Funder.of(text(200), quantity(Unit.EUR)))
                    .budget(quantity(Unit.KEUR))
                    .band(pick(BudgetBand.class)))
        .metadata(
            m ->
                m.revision(1 + random.nextInt(9))
                    .updatedAt(instant())
                    .language("fr")
                    .tags(text(100))
                    .sourceValues(new TreeMap<>(Map.of("colonne_" + random.nextInt(9), text(200)))))
        .build();
  }

  Dataset dataset() {
    return Dataset.builder(slug())
        .name(text(200))
        .description(text(2000))
        .controller(Authority.of(text(200), pick(AuthorityKind.class)).withSiren("243100633"))
        .steward(Contact.of(ContactRole.DATA_STEWARD, text(200), null).publicly())
        .source(pick(DataSource.class))
        .collectionMode(pick(CollectionMode.class))
        .personalData(pick(PersonalDataLevel.class))
        .dataSubjects(text(200))
        .dataCategories(text(200))
        .legalBasis(pick(LegalBasis.class))
        .purposes(text(200), text(200))
        .recipients(text(200))
        .transfers(Transfer.of(text(200), text(2000)))
        .storageLocation(text(200))
        .storageRegion(pick(HostingRegion.class))
        .securityMeasures(text(2000))
        .licence(text(200))
        .derivedFrom(DatasetId.of(slug()))
        .qualityNotes(text(2000))
        .retention(
            random.nextBoolean()
                ? RetentionRule.of(
                    Period.of(random.nextInt(5), random.nextInt(12), 1 + random.nextInt(30)),
                    pick(RetentionTrigger.class) == RetentionTrigger.NAMED_EVENT
                        ? RetentionTrigger.COLLECTION
                        : RetentionTrigger.LAST_USE,
                    pick(EndAction.class))
                : RetentionRule.afterEvent(
                    Period.ofYears(1 + random.nextInt(10)), text(200), pick(EndAction.class)))
        .build();
  }

  LifecycleEvent event() {
    EventKind kind = pick(EventKind.class);
    DatasetId dataset = DatasetId.of(slug());
    LifecycleEvent.Builder b =
        LifecycleEvent.of(kind, dataset).at(instant()).by(text(200)).note(text(2000));
    switch (kind) {
      case DERIVED -> b.sources(DatasetId.of(slug() + "-a"), DatasetId.of(slug() + "-b"));
      case USED_FOR_TRAINING, USED_FOR_INFERENCE -> b.usage(UsageId.of(slug())).purpose(text(200));
      case SHARED ->
          b.recipient(text(200)).recipientRegion(pick(HostingRegion.class)).purpose(text(200));
      case DELETED -> b.method(text(200));
      case RETENTION_EXTENDED ->
          b.extension(Period.ofMonths(1 + random.nextInt(24))).reason(text(2000));
      case LEGAL_HOLD_PLACED, LEGAL_HOLD_LIFTED -> b.holdReference(text(200));
      default -> {}
    }
    return b.build();
  }

  String hash() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  LedgerEntry entry() {
    return new LedgerEntry(1 + random.nextInt(1_000_000), event(), hash(), hash());
  }

  Checkpoint checkpoint() {
    return new Checkpoint(random.nextInt(1_000_000), hash());
  }

  Waiver waiver() {
    LocalDate granted = date();
    return Waiver.builder()
        .criterion("criterion." + slug())
        .usage(UsageId.of(slug()))
        .justification(text(2000))
        .grantedBy(text(200))
        .grantedOn(granted)
        .expiresOn(granted.plusDays(random.nextInt(400)))
        .build();
  }

  /** A strategy filling every field, with ids unique where the records require it (issue 21). */
  eu.civicai.governance.strategy.Strategy strategy() {
    List<eu.civicai.governance.strategy.RoadmapAxis> axes = new java.util.ArrayList<>();
    List<String> items = new java.util.ArrayList<>();
    for (int a = 0; a < 1 + random.nextInt(3); a++) {
      List<eu.civicai.governance.strategy.Initiative> initiatives = new java.util.ArrayList<>();
      for (int i = 0; i < random.nextInt(3); i++) {
        LocalDate due = date();
        initiatives.add(
            eu.civicai.governance.strategy.Initiative.builder("init-" + a + "-" + i, text(200))
                .usages(slug() + "-a", slug() + "-b")
                .milestones(
                    eu.civicai.governance.strategy.Milestone.done(text(200), due, due.plusDays(3)),
                    eu.civicai.governance.strategy.Milestone.of(
                        text(200),
                        due,
                        pick(eu.civicai.governance.strategy.MilestoneStatus.class)
                                == eu.civicai.governance.strategy.MilestoneStatus.DONE
                            ? eu.civicai.governance.strategy.MilestoneStatus.PLANNED
                            : eu.civicai.governance.strategy.MilestoneStatus.DELAYED))
                .build());
        items.add("init-" + a + "-" + i);
      }
      axes.add(new eu.civicai.governance.strategy.RoadmapAxis("axis-" + a, text(200), initiatives));
      items.add("axis-" + a);
    }
    LocalDate start = date();
    eu.civicai.governance.strategy.Roadmap roadmap =
        eu.civicai.governance.strategy.Roadmap.builder(text(200))
            .adoptedOn(date())
            .period(start, start.plusYears(3))
            .axes(axes)
            .indicators(
                eu.civicai.governance.strategy.RoadmapIndicator.of(
                        "ind-1", text(200), quantity(Unit.AGENT), quantity(Unit.AGENT))
                    .withTargetDate(date())
                    .withMeasured(quantity(Unit.AGENT), date()),
                eu.civicai.governance.strategy.RoadmapIndicator.of(
                    "ind-2", text(200), quantity(Unit.KWH, Unit.MWH), null))
            .budget(quantity(Unit.EUR, Unit.KEUR))
            .funders(
                new eu.civicai.governance.strategy.RoadmapFunder(
                    pick(eu.civicai.governance.strategy.FunderKind.class),
                    text(200),
                    quantity(Unit.EUR)),
                eu.civicai.governance.strategy.RoadmapFunder.of(
                    eu.civicai.governance.strategy.FunderKind.FRANCE_2030, null))
            .partners("p1 " + text(100), "p2 " + text(100))
            .consultationSteps(
                new Consultation(
                    pick(Stakeholder.class), text(200), date(), random.nextInt(500), text(2000)))
            .build();
    List<eu.civicai.governance.strategy.CommitteeMember> members = new java.util.ArrayList<>();
    for (int m = 0; m < 1 + random.nextInt(4); m++) {
      members.add(
          new eu.civicai.governance.strategy.CommitteeMember(
              "m" + m + " " + text(100),
              pick(eu.civicai.governance.strategy.MemberRole.class),
              bool() ? text(200) : null));
    }
    eu.civicai.governance.strategy.WatchCommittee.Builder committee =
        eu.civicai.governance.strategy.WatchCommittee.builder(text(200)).members(members);
    for (int m = 0; m < random.nextInt(3); m++) {
      committee.meeting(
          new eu.civicai.governance.strategy.CommitteeMeeting(
              date(),
              List.of(members.get(random.nextInt(members.size())).name()),
              List.of(
                  eu.civicai.governance.strategy.CommitteeDecision.of(text(2000))
                      .aboutUsages(slug())
                      .aboutWaivers(
                          eu.civicai.governance.strategy.WaiverRef.of(
                              slug(), "criterion." + slug()))
                      .aboutRoadmap(items.get(random.nextInt(items.size()))))));
    }
    LocalDate counted = date();
    int using = random.nextInt(1000);
    return eu.civicai.governance.strategy.Strategy.builder(
            new Authority(
                text(200),
                pick(AuthorityKind.class),
                null,
                null,
                (long) random.nextInt(3_000_000),
                (long) random.nextInt(20_000)))
        .charterAdoptedOn(date())
        .roadmap(roadmap)
        .acculturation(
            eu.civicai.governance.strategy.Acculturation.builder()
                .sessions(
                    new eu.civicai.governance.strategy.AcculturationSession(
                        date(),
                        pick(eu.civicai.governance.strategy.SessionAudience.class),
                        pick(eu.civicai.governance.strategy.SessionFormat.class),
                        text(200),
                        random.nextInt(300),
                        BigDecimal.valueOf(1 + random.nextInt(800), random.nextInt(2))))
                .literacy(using, random.nextInt(using + 1), counted)
                .build())
        .workEffects(
            eu.civicai.governance.strategy.WorkEffects.builder(slug())
                .tasksChanged(text(200), text(200))
                .hoursSavedPerYear(String.valueOf(random.nextInt(10_000)))
                .hoursAddedPerYear("12.5")
                .newSkills(text(200))
                .staffRepresentativesConsultedOn(date())
                .build(),
            eu.civicai.governance.strategy.WorkEffects.builder(slug() + "-x")
                .staffRepresentativesNotConsulted()
                .build())
        .committee(committee.build())
        .build();
  }

  /** A charter using every form of the condition language. */
  Charter charter() {
    Condition every =
        Condition.allOf(
            Condition.ALWAYS,
            PurposeFacts.GOAL.known(),
            PurposeFacts.WHY_AI.stated(),
            DecisionFacts.OVERSIGHT_LEVEL.in(
                OversightLevel.HUMAN_IN_THE_LOOP, OversightLevel.HUMAN_ON_THE_LOOP),
            DecisionFacts.OVERSIGHT_LEVEL.notIn(OversightLevel.NONE),
            DecisionFacts.DECISIONS_PER_YEAR.atLeast(random.nextInt(100)),
            StatusFacts.START_DATE.onOrAfter(date()),
            GovernanceFacts.LATEST_REVIEW.withinLast(Period.ofMonths(1 + random.nextInt(24))),
            PurposeFacts.AUDIENCES.contains(pick(Audience.class)),
            TransparencyFacts.PUBLISHED.isTrue(),
            UsageFacts.NAME.is(text(50)),
            RiskFacts.RISKS.countAtLeast(random.nextInt(3)),
            Condition.anyOf(
                DataFacts.DATASETS.all(DataFacts.DATASET_RETENTION_SET.isTrue()),
                RiskFacts.RISKS.any(RiskFacts.RISK_SEVERITY.lessThan(4))),
            Condition.not(ImpactFacts.BENEFITS.none(ImpactFacts.BENEFIT_MEASURED_KNOWN.isFalse())),
            new Condition.Compare(
                "governance.latestReview",
                eu.civicai.governance.charter.Operator.LT,
                new RelativeDate(Period.ofDays(random.nextInt(9)))));
    return Charter.builder("random." + slug(), Integer.toString(random.nextInt(9)) + ".0")
        .title(text(100), text(100))
        .source(text(200))
        .principle(
            "p-" + slug(),
            text(50),
            text(50),
            p ->
                p.criterion(
                    "c." + slug(),
                    pick(Severity.class),
                    c ->
                        c.title(text(100), text(100))
                            .appliesWhen(TransparencyFacts.PUBLISHED.known())
                            .requires(every)
                            .rationale(text(200), text(200))
                            .remediation(text(200), text(200))
                            .references(text(100))))
        .build();
  }

  EvaluationReport report() {
    Clock clock = Clock.fixed(instant(), ZoneId.of("Europe/Paris"));
    List<Charter> charters = BuiltInCharters.all();
    Charter charter = charters.get(random.nextInt(charters.size()));
    return CharterEvaluator.of(charter)
        .evaluate(
            usage(),
            EvaluationContext.of(clock, random.nextBoolean() ? Locale.FRENCH : Locale.ENGLISH))
        .get(0);
  }

  AiActClassification classification() {
    return random.nextBoolean()
        ? AiActClassifier.classify(usage())
        : AiActClassifier.classify(
            usage(), java.time.LocalDate.of(2025, 1, 1).plusDays(random.nextInt(2500)));
  }

  /** A random answer, sometimes left null (not asked). */
  ImpactAssessment impact() {
    eu.civicai.governance.assessment.ImpactQuestionnaire q = questionnaire();
    List<QuestionAnswer> answers = new java.util.ArrayList<>();
    for (var question : q.questions()) {
      if (random.nextInt(4) > 0) {
        answers.add(
            QuestionAnswer.of(
                question.id(),
                question.options().get(random.nextInt(question.options().size())).id()));
      }
    }
    return q.assess(answers, date());
  }

  eu.civicai.governance.assessment.ImpactQuestionnaire questionnaire() {
    List<eu.civicai.governance.assessment.ImpactQuestion> questions = new java.util.ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      List<eu.civicai.governance.assessment.ImpactOption> options = new java.util.ArrayList<>();
      int n = 2 + random.nextInt(3);
      for (int j = 0; j < n; j++) {
        options.add(
            new eu.civicai.governance.assessment.ImpactOption(
                "o" + j,
                eu.civicai.governance.charter.Text.of(text(200), text(200)),
                random.nextInt(101),
                List.of(pick(DpiaCriterion.class))));
      }
      questions.add(
          new eu.civicai.governance.assessment.ImpactQuestion(
              "q" + i,
              pick(eu.civicai.governance.assessment.QuestionKind.class),
              eu.civicai.governance.charter.Text.of(text(2000), text(2000)),
              options));
    }
    return new eu.civicai.governance.assessment.ImpactQuestionnaire(
        slug(),
        "1." + random.nextInt(10),
        eu.civicai.governance.charter.Text.of(text(200), text(200)),
        text(2000),
        questions);
  }

  FundamentalRightsAssessment fria() {
    LocalDate assessed = date();
    return FundamentalRightsAssessment.builder(1 + random.nextInt(20), assessed)
        .assessor(text(200))
        .processes(text(10000))
        .periodAndFrequency(text(2000))
        .affectedCategories(text(200), text(200))
        .risksOfHarm(text(2000))
        .oversightMeasures(text(10000))
        .measuresIfRisksMaterialise(text(10000))
        .governanceAndComplaints(text(10000))
        .notified(assessed.plusDays(random.nextInt(90)), text(200))
        .nextReviewOn(assessed.plusYears(1))
        .build();
  }

  private eu.civicai.governance.usage.Answer answer() {
    int i = random.nextInt(4);
    return i == 3 ? null : eu.civicai.governance.usage.Answer.values()[i];
  }

  eu.civicai.governance.charter.PortfolioReport portfolio() {
    eu.civicai.governance.register.Register register =
        eu.civicai.governance.register.Register.inMemory(
            Clock.fixed(instant(), ZoneId.of("Europe/Paris")));
    register.add(usage());
    register.add(usage());
    Clock clock = Clock.fixed(instant(), ZoneId.of("Europe/Paris"));
    return CharterEvaluator.of(BuiltInCharters.ethics(), BuiltInCharters.compass())
        .evaluatePortfolio(
            register,
            EvaluationContext.of(clock, random.nextBoolean() ? Locale.FRENCH : Locale.ENGLISH));
  }

  /**
   * Datasets a register can hold: each derives from the one before it, the first from none (a
   * register document is checked as a whole when read, issue 16).
   */
  List<Dataset> lineage(int count) {
    List<Dataset> datasets = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      Dataset d = dataset();
      datasets.add(
          d.toBuilder()
              .derivedFrom(i == 0 ? List.of() : List.of(datasets.get(i - 1).id()))
              .build());
    }
    return datasets;
  }

  RegisterDocument register() {
    List<AiUsage> usages = List.of(usage(), usage());
    List<Dataset> datasets = lineage(2);
    // Strategies of distinct authorities (issue 21): none, one or two.
    List<eu.civicai.governance.strategy.Strategy> strategies = new java.util.ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      eu.civicai.governance.strategy.Strategy s = strategy();
      if (strategies.stream().noneMatch(t -> t.key().equals(s.key()))) {
        strategies.add(s);
      }
    }
    return new RegisterDocument(usages, datasets, List.of(), strategies);
  }
}
