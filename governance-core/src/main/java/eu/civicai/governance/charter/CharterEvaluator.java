package eu.civicai.governance.charter;

import eu.civicai.governance.UsageId;
import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.ConditionCompiler.CompiledCriterion;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.internal.Check;
import eu.civicai.governance.internal.Messages;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates AI usages against charters. Each charter is compiled once, when the evaluator is
 * created; evaluating a usage reads facts through plain accessors, without reflection.
 *
 * <p>For each criterion: when its applicability is false, NOT_APPLICABLE; otherwise its requirement
 * gives SATISFIED, NOT_SATISFIED or UNKNOWN (an unknown applicability gives UNKNOWN unless the
 * requirement holds anyway); an unmet or unknown criterion with a waiver in force becomes WAIVED,
 * unless the criterion is not waivable ({@link Criterion#isWaivable()}). The verdict follows from
 * the blocking failures, the major failures and the charter's minimum score, as {@link Charter}
 * describes with a worked example: NON_COMPLIANT when a blocking criterion is not satisfied or a
 * score cannot reach the minimum, INCOMPLETE when only missing information stands between the usage
 * and that, COMPLIANT_WITH_RESERVATIONS when no answer to what is unknown could make it
 * non-compliant but something is unmet or unknown, COMPLIANT otherwise.
 *
 * <p>Immutable and thread-safe: one evaluator can serve every thread.
 *
 * <p>Example:
 *
 * <pre class="example">{@code
 * Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
 * AiUsage usage =
 *     AiUsage.builder("detection-fuites")
 *         .name("Détection des fuites du réseau d'eau")
 *         .authority(Authority.of("Sicoval", AuthorityKind.COMMUNAUTE_AGGLOMERATION))
 *         .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2019, 1, 1)))
 *         .build();
 * CharterEvaluator evaluator = CharterEvaluator.of(BuiltInCharters.all()); // compile once, share
 * List<EvaluationReport> reports = evaluator.evaluate(usage, EvaluationContext.of(clock, Locale.FRENCH));
 * Verdict verdict = reports.get(0).verdict(); // one report per charter, with findings and evidence
 * }</pre>
 */
public final class CharterEvaluator {
  private static final int OUTCOMES = Outcome.values().length;
  private final List<CompiledCharter> charters;
  private final Set<String> criterionIds;

  private record CompiledCharter(Charter charter, List<CompiledCriterion> criteria) {}

  private CharterEvaluator(List<CompiledCharter> charters) {
    this.charters = charters;
    Set<String> ids = new HashSet<>();
    for (CompiledCharter charter : charters) {
      for (Criterion criterion : charter.charter().criteria()) {
        ids.add(criterion.id());
      }
    }
    this.criterionIds = Set.copyOf(ids);
  }

  /**
   * Returns a context for this evaluator: a clock and a language, nothing else known yet, and the
   * ids of this evaluator's criteria, so that adding a waiver for a criterion none of its charters
   * has is refused at once ({@link EvaluationContext#plusWaivers}).
   *
   * @param clock the evaluation instant and zone; not null
   * @param locale the language of the reports; not null
   * @return the context
   * @throws eu.civicai.governance.InvalidInputException naming {@code clock} or {@code locale} when
   *     null
   */
  public EvaluationContext context(java.time.Clock clock, java.util.Locale locale) {
    return EvaluationContext.of(clock, locale).withCriterionIds(criterionIds);
  }

  /** Refuses waivers for criteria none of the charters has: they would silently never apply. */
  private void checkWaivers(EvaluationContext context) {
    if (!context.waivers().isEmpty()) {
      EvaluationContext.requireKnownCriteria(context.waivers(), criterionIds);
    }
  }

  /**
   * Compiles charters into an evaluator.
   *
   * @param charters the charters, in report order
   * @return the evaluator
   * @throws eu.civicai.governance.InvalidDefinitionException when a criterion is ill-defined
   */
  public static CharterEvaluator of(List<Charter> charters) {
    List<CompiledCharter> compiled = new ArrayList<>();
    for (Charter charter : Check.list("charters", charters)) {
      compiled.add(
          new CompiledCharter(
              charter, charter.criteria().stream().map(ConditionCompiler::compile).toList()));
    }
    return new CharterEvaluator(List.copyOf(compiled));
  }

  /** Compiles charters into an evaluator; see {@link #of(List)}. */
  public static CharterEvaluator of(Charter... charters) {
    return of(java.util.Arrays.asList(Check.notNull("charters", charters)));
  }

  /** Returns the charters, in report order. */
  public List<Charter> charters() {
    return charters.stream().map(CompiledCharter::charter).toList();
  }

  /**
   * Evaluates a usage against every charter.
   *
   * @param usage the usage
   * @param context the clock, language, datasets, ledger and waivers
   * @return one report per charter, in charter order
   * @throws eu.civicai.governance.InvalidInputException {@code notNull} naming {@code usage} or
   *     {@code context}, or {@code waiver.unknownCriterion} naming {@code waivers[i].criterionId}
   *     for a waiver of a criterion none of the charters has
   */
  public List<EvaluationReport> evaluate(AiUsage usage, EvaluationContext context) {
    Check.notNull("usage", usage);
    Check.notNull("context", context);
    checkWaivers(context);
    Instant at = context.clock().instant();
    LocalDate date = dateOf(at, context.clock().getZone());
    FactSubject subject = subject(usage, context, at, date);
    ContentHash hash = ContentHash.of(usage, subject.datasets()); // computed when first read
    List<EvaluationReport> reports = new ArrayList<>(charters.size());
    for (CompiledCharter charter : charters) {
      reports.add(evaluate(charter, subject, usage, context, at, date, hash));
    }
    return List.copyOf(reports);
  }

  /**
   * Evaluates a usage against every charter and returns the outcomes only, criterion by criterion
   * in charter order, without messages, evidence or content hash: what a dashboard over thousands
   * of usages needs. The outcomes are those {@link #evaluate(AiUsage, EvaluationContext)} reports,
   * waivers included.
   *
   * @param usage the usage
   * @param context the clock, language, datasets, ledger and waivers
   * @return one list of outcomes per charter, in charter order
   */
  public List<List<Outcome>> outcomes(AiUsage usage, EvaluationContext context) {
    Check.notNull("usage", usage);
    Check.notNull("context", context);
    checkWaivers(context);
    Instant at = context.clock().instant();
    LocalDate date = dateOf(at, context.clock().getZone());
    FactSubject subject = subject(usage, context, at, date);
    @SuppressWarnings("unchecked")
    List<Outcome>[] all = new List[charters.size()];
    int c = 0;
    ConditionCompiler.Env env = ConditionCompiler.Env.outcomesOnly(date); // records nothing
    for (CompiledCharter charter : charters) {
      Outcome[] outcomes = new Outcome[charter.criteria().size()];
      for (int i = 0; i < outcomes.length; i++) {
        CompiledCriterion criterion = charter.criteria().get(i);
        Outcome outcome = judge(criterion, subject, env);
        outcomes[i] =
            waived(outcome, criterion.criterion(), usage.id(), context, date) != null
                ? Outcome.WAIVED
                : outcome;
      }
      all[c++] = List.of(outcomes);
    }
    return List.of(all);
  }

  /** The justification of the waiver in force for an unmet or unknown criterion, or null. */
  private static String waived(
      Outcome outcome,
      Criterion criterion,
      UsageId usage,
      EvaluationContext context,
      LocalDate date) {
    if (outcome != Outcome.NOT_SATISFIED && outcome != Outcome.UNKNOWN
        || context.waivers().isEmpty()
        || !criterion.isWaivable()) {
      return null;
    }
    return context.waivers().stream()
        .filter(w -> w.usage().equals(usage) && w.criterionId().equals(criterion.id()))
        .filter(w -> w.activeOn(date))
        .map(Waiver::justification)
        .findFirst()
        .orElse(null);
  }

  /**
   * Evaluates every usage of a register, with the register as the dataset lookup unless the context
   * names another, and the register's strategies unless the context holds some.
   *
   * @param register the register
   * @param context the clock, language, ledger and waivers
   * @return the per-usage reports and a summary
   * @throws eu.civicai.governance.InvalidInputException as {@link #evaluate(AiUsage,
   *     EvaluationContext)}, naming {@code register} instead of {@code usage}
   */
  public PortfolioReport evaluatePortfolio(Register register, EvaluationContext context) {
    Check.notNull("register", register);
    checkWaivers(Check.notNull("context", context));
    EvaluationContext withDatasets =
        context.datasets() == null
            ? Check.notNull("context", context).withDatasets(register)
            : context;
    if (withDatasets.strategies().isEmpty() && !register.strategies().isEmpty()) {
      withDatasets = withDatasets.withStrategies(register.strategies());
    }
    List<PortfolioReport.UsageEvaluation> usages = new ArrayList<>();
    for (AiUsage usage : register.usages()) {
      usages.add(
          new PortfolioReport.UsageEvaluation(
              usage.id(),
              AiActClassifier.classify(
                  usage, dateOf(context.clock().instant(), context.clock().getZone())),
              evaluate(usage, withDatasets)));
    }
    return PortfolioReport.of(usages);
  }

  private EvaluationReport evaluate(
      CompiledCharter compiled,
      FactSubject subject,
      AiUsage usage,
      EvaluationContext context,
      Instant at,
      LocalDate date,
      ContentHash hash) {
    boolean french = Messages.isFrench(context.locale()); // once per report, not per text
    // Arrays, not growing lists: List.of copies each once, and the report keeps them as they are.
    Finding[] findings = new Finding[compiled.criteria().size()];
    PrincipleScore[] scores = new PrincipleScore[compiled.charter().principles().size()];
    int index = 0;
    int p = 0;
    List<Principle> principles = compiled.charter().principles();
    int[] tally = new int[VerdictRule.TALLY]; // the verdict's counts, over the whole charter
    for (int pi = 0; pi < principles.size(); pi++) { // by index: no iterator per report
      Principle principle = principles.get(pi);
      int[] counts = new int[OUTCOMES];
      for (int i = 0; i < principle.criteria().size(); i++) {
        CompiledCriterion criterion = compiled.criteria().get(index++);
        Finding finding = finding(criterion, principle, subject, usage.id(), context, date, french);
        counts[finding.outcome().ordinal()]++;
        VerdictRule.count(tally, finding.severity(), finding.outcome());
        findings[index - 1] = finding;
      }
      scores[p++] =
          new PrincipleScore(
              principle.id(),
              principle.title().in(french),
              counts[Outcome.SATISFIED.ordinal()],
              counts[Outcome.NOT_SATISFIED.ordinal()],
              counts[Outcome.UNKNOWN.ordinal()],
              counts[Outcome.NOT_APPLICABLE.ordinal()],
              counts[Outcome.WAIVED.ordinal()]);
    }
    List<Finding> all = List.of(findings);
    Charter charter = compiled.charter();
    return new EvaluationReport(
        charter.id(),
        charter.version(),
        charter.title().in(french),
        usage.id(),
        usage.revision(),
        hash,
        at,
        eu.civicai.governance.Library.version(),
        french ? "fr" : "en",
        all,
        List.of(scores),
        VerdictRule.decide(tally, charter.minimumScoreInForce()));
  }

  private static Finding finding(
      CompiledCriterion compiled,
      Principle principle,
      FactSubject subject,
      UsageId usage,
      EvaluationContext context,
      LocalDate date,
      boolean french) {
    Criterion criterion = compiled.criterion();
    ConditionCompiler.Env env = new ConditionCompiler.Env(date);
    Outcome outcome = judge(compiled, subject, env);
    String waiver = waived(outcome, criterion, usage, context, date);
    if (waiver != null) {
      outcome = Outcome.WAIVED;
    }
    String message = compiled.message(outcome, french);
    boolean unmet = outcome == Outcome.NOT_SATISFIED || outcome == Outcome.UNKNOWN;
    return new Finding(
        criterion.id(),
        principle.id(),
        criterion.severity(),
        outcome,
        message,
        env.evidence(),
        unmet ? criterion.remediationInForce().in(french) : null,
        criterion.references(),
        waiver);
  }

  /**
   * The date of an instant in a zone. For a fixed offset, computed directly: {@code
   * ZoneOffset.getRules()} builds new rules at each call on Java 17, once per evaluated usage.
   */
  static LocalDate dateOf(Instant at, ZoneId zone) {
    if (zone instanceof ZoneOffset offset) {
      return LocalDate.ofEpochDay(
          Math.floorDiv(at.getEpochSecond() + offset.getTotalSeconds(), 86_400L));
    }
    return LocalDate.ofInstant(at, zone);
  }

  /** The outcome of a criterion before waivers; see the class description. */
  static Outcome judge(CompiledCriterion compiled, Object subject, ConditionCompiler.Env env) {
    // Most criteria apply always: no call through the tree for them (a megamorphic call each).
    Truth applies =
        compiled.appliesAlways() ? Truth.TRUE : compiled.appliesWhen().eval(subject, env);
    if (applies == Truth.FALSE) {
      return Outcome.NOT_APPLICABLE;
    }
    Truth holds = compiled.requirement().eval(subject, env);
    if (holds == Truth.TRUE) {
      return Outcome.SATISFIED;
    }
    return holds == Truth.FALSE && applies == Truth.TRUE ? Outcome.NOT_SATISFIED : Outcome.UNKNOWN;
  }

  private static FactSubject subject(
      AiUsage usage, EvaluationContext context, Instant at, LocalDate date) {
    return new FactSubject(usage, context, at, date);
  }

  /**
   * Returns the content hash a report carries for a usage and its datasets, so that an auditor can
   * check that a report was made from the usage as it stands: SHA-256 of a canonical encoding of
   * every component, in lower-case hex, as {@code docs/content-hash.md} specifies with test
   * vectors. Thread-safe.
   *
   * @param usage the usage
   * @param datasets its datasets as resolved for the evaluation (in the order of the usage's
   *     references, each once); null when the usage has no data-use part
   * @return 64 lower-case hexadecimal digits
   */
  public static String contentHash(AiUsage usage, @Nullable List<Dataset> datasets) {
    return ContentHasher.get().hash(Check.notNull("usage", usage), datasets);
  }
}
