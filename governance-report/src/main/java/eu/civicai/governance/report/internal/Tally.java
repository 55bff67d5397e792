package eu.civicai.governance.report.internal;

import eu.civicai.governance.aiact.AiActTier;
import eu.civicai.governance.aiact.Duty;
import eu.civicai.governance.aiact.DutyStatus;
import eu.civicai.governance.aiact.Obligation;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Finding;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charter.PrincipleScore;
import eu.civicai.governance.charter.Verdict;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.charters.Compass;
import eu.civicai.governance.data.Dataset;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.measure.Dimension;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.report.Count;
import eu.civicai.governance.report.MaturityMeasure;
import eu.civicai.governance.report.PreviousEvaluations;
import eu.civicai.governance.report.ReportSummary;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.BenefitIndicator;
import eu.civicai.governance.usage.Footprint;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.value.PortfolioValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The first page's figures, counted one usage at a time so that memory does not grow with the
 * number of usages: counts, and lists cut at {@link #maxRows} with their totals. Only the set of
 * distinct authorities grows (with the authorities, not the usages). Not thread-safe.
 */
public final class Tally {
  /** The kinds of what the committee must decide now, in the order the first page shows them. */
  public enum DecisionKind {
    BLOCKING,
    LEDGER,
    OVERDUE_RETENTION,
    WAIVER_EXPIRING,
    FRIA_DUE,
    REGISTRATION_DUE,
    OBLIGATION_SOON
  }

  private final Words w;
  private final Format format;
  private final Locale locale;
  private final LocalDate today;
  private final int maxRows;
  private final MaturityMeasure maturity;
  private final PreviousEvaluations previousEvaluations;
  private final Problems problems;
  private final Map<String, List<Waiver>> waivers = new HashMap<>();

  private long usages;
  private final Set<String> authorities = new HashSet<>();
  private String headlineId;
  private String headlineTitle;
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private final Map<AiActTier, Long> tiers = new EnumMap<>(AiActTier.class);
  private final Map<Stage, Long> stages = new EnumMap<>(Stage.class);
  private long stageNotStated;
  private final Map<Compass, Long> recommendations = new EnumMap<>(Compass.class);
  private long notEvaluated;
  private final Map<String, String> charterTitles = new LinkedHashMap<>();
  private final Map<String, Map<Verdict, Long>> charterVerdicts = new LinkedHashMap<>();
  private List<String> axes = List.of();
  private final List<ReportSummary.CompassRow> compassRows = new ArrayList<>();
  private long compassTotal;
  private final Map<DecisionKind, List<String>> decisions = new EnumMap<>(DecisionKind.class);
  private final Map<DecisionKind, Long> decisionTotals = new EnumMap<>(DecisionKind.class);
  private final List<ReportSummary.BenefitRow> benefitRows = new ArrayList<>();
  private long withMeasured;
  private long withFootprint;
  private long energyKwh;
  private long carbonKg;
  private final long[][] months = new long[12][4];
  private long overdue;
  private final Map<Verdict, Long> previous = new EnumMap<>(Verdict.class);
  private long improved;
  private long worsened;
  private long unchanged;
  private long firstEvaluated;
  private LocalDate previousDate;
  private final Map<String, Band> bands = new LinkedHashMap<>();
  private ReportSummary.LedgerCheck ledger;
  private StrategyMaker strategyMaker;
  private PortfolioValue value;
  private final List<ReportSummary.ValueRow> valueRows = new ArrayList<>();
  private long valued;
  private List<ReportSummary.StrategySection> strategies = List.of();
  private ReportSummary.BarometerSection barometer;

  private static final class Band {
    final Set<String> authorities = new HashSet<>();
    long usages;
    long measured;
    long sum;
  }

  /**
   * A tally for a report.
   *
   * @param words the report's words
   * @param format the report's formats
   * @param today the report's day
   * @param maxRows the longest list kept for the first page
   * @param maturity how maturity is measured
   * @param previous the previous evaluations; null when there is no history
   * @param waivers the waivers granted (for those expiring soon)
   * @param problems what findings to act on say
   */
  public Tally(
      Words words,
      Format format,
      LocalDate today,
      int maxRows,
      MaturityMeasure maturity,
      PreviousEvaluations previous,
      List<Waiver> waivers,
      Problems problems) {
    this.problems = problems;
    this.w = words;
    this.format = format;
    this.locale = words.locale();
    this.today = today;
    this.maxRows = maxRows;
    this.maturity = maturity;
    this.previousEvaluations = previous;
    for (Waiver waiver : waivers) {
      this.waivers.computeIfAbsent(waiver.usage().value(), k -> new ArrayList<>()).add(waiver);
    }
    for (DecisionKind k : DecisionKind.values()) {
      decisions.put(k, new ArrayList<>());
      decisionTotals.put(k, 0L);
    }
  }

  /** Counts one usage. */
  public void add(AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
    usages++;
    String name = Clean.line(usage.name());
    String authorityKey = authorityKey(usage);
    authorities.add(authorityKey);
    tiers.merge(evaluation.classification().tier(), 1L, Long::sum);
    Stage stage = usage.status() == null ? null : usage.status().stage();
    if (stage == null) {
      stageNotStated++;
    } else {
      stages.merge(stage, 1L, Long::sum);
    }
    headline(evaluation);
    for (EvaluationReport r : evaluation.reports()) {
      charterTitles.putIfAbsent(r.charterId(), Clean.line(r.charterTitle()));
      charterVerdicts
          .computeIfAbsent(r.charterId(), k -> new EnumMap<>(Verdict.class))
          .merge(r.verdict(), 1L, Long::sum);
      for (Finding f : r.blocking()) {
        decide(
            DecisionKind.BLOCKING,
            w.f("decide.blocking", name, problems.text(r.charterId(), f, usage)));
      }
    }
    compass(usage, evaluation, name);
    duties(usage, evaluation, name);
    waivers(usage, name);
    benefits(usage, name);
    reviews(usage);
    maturity(usage, evaluation, authorityKey);
    trend(evaluation);
    if (value != null) {
      value
          .usage(usage.id())
          .ifPresent(
              v -> {
                valued++;
                if (valueRows.size() < maxRows) {
                  valueRows.add(strategyMaker.row(name, Clean.line(usage.authority().name()), v));
                }
              });
    }
  }

  /** Values each usage added from now on against the portfolio's value (issue 21). */
  public void value(PortfolioValue portfolioValue, StrategyMaker maker) {
    this.value = portfolioValue;
    this.strategyMaker = maker;
  }

  /** Adds the strategies' sections and the barometer; either may be empty or null. */
  public void strategy(
      List<ReportSummary.StrategySection> sections, ReportSummary.BarometerSection barometer) {
    this.strategies = sections;
    this.barometer = barometer;
  }

  private static String authorityKey(AiUsage usage) {
    return usage.authority().siren() != null
        ? usage.authority().siren().toString()
        : usage.authority().name();
  }

  private void headline(PortfolioReport.UsageEvaluation evaluation) {
    if (evaluation.reports().isEmpty()) {
      return;
    }
    EvaluationReport first = evaluation.reports().get(0);
    if (headlineId == null) {
      headlineId = first.charterId();
      headlineTitle = Clean.line(first.charterTitle());
    }
    evaluation.reports().stream()
        .filter(r -> r.charterId().equals(headlineId))
        .findFirst()
        .ifPresent(r -> verdicts.merge(r.verdict(), 1L, Long::sum));
  }

  private void decide(DecisionKind kind, String item) {
    decisionTotals.merge(kind, 1L, Long::sum);
    List<String> items = decisions.get(kind);
    if (items.size() < maxRows) {
      items.add(item);
    }
  }

  private void compass(AiUsage usage, PortfolioReport.UsageEvaluation evaluation, String name) {
    var report = SectionMaker.compass(evaluation);
    if (report.isEmpty()) {
      notEvaluated++;
      return;
    }
    Compass c = Compass.recommend(report.get());
    recommendations.merge(c, 1L, Long::sum);
    compassTotal++;
    if (axes.isEmpty()) {
      axes = report.get().principles().stream().map(p -> Clean.line(p.title())).toList();
    }
    if (compassRows.size() < maxRows) {
      compassRows.add(
          new ReportSummary.CompassRow(
              name,
              Clean.line(usage.authority().name()),
              c.label(locale),
              report.get().principles().stream().map(PrincipleScore::score).toList()));
    }
  }

  private void duties(AiUsage usage, PortfolioReport.UsageEvaluation evaluation, String name) {
    LocalDate horizon = today.plusMonths(12);
    for (Duty d : evaluation.classification().duties()) {
      if (d.status() == DutyStatus.APPLIES) {
        if (d.obligation() == Obligation.FUNDAMENTAL_RIGHTS_IMPACT_ASSESSMENT
            && (usage.aiAct() == null || usage.aiAct().friaReference() == null)) {
          decide(DecisionKind.FRIA_DUE, w.f("decide.fria", name));
        }
        if (d.obligation() == Obligation.REGISTRATION
            && (usage.aiAct() == null || usage.aiAct().registrationReference() == null)) {
          decide(DecisionKind.REGISTRATION_DUE, w.f("decide.registration", name));
        }
      } else if (d.status() == DutyStatus.NOT_YET_APPLICABLE && !d.appliesFrom().isAfter(horizon)) {
        decide(
            DecisionKind.OBLIGATION_SOON,
            w.f(
                "decide.soon",
                name,
                Clean.line(d.obligation().describe(locale)),
                format.date(d.appliesFrom())));
        bucket(d.appliesFrom(), 1);
      }
    }
  }

  private void waivers(AiUsage usage, String name) {
    for (Waiver waiver : waivers.getOrDefault(usage.id().value(), List.of())) {
      LocalDate until = waiver.expiresOn();
      if (until == null || until.isBefore(today)) {
        continue;
      }
      if (!until.isAfter(today.plusDays(90))) {
        decide(DecisionKind.WAIVER_EXPIRING, w.f("decide.waiver", name, format.date(until)));
      }
      bucket(until, 2);
    }
  }

  private void reviews(AiUsage usage) {
    if (usage.governance() == null) {
      return;
    }
    for (LocalDate d : usage.governance().reviewDates()) {
      bucket(d, 3);
    }
  }

  /** Counts a deadline in its month, when it falls in the twelve months from the report's month. */
  private void bucket(LocalDate date, int kind) {
    long m = ChronoUnit.MONTHS.between(YearMonth.from(today), YearMonth.from(date));
    if (m >= 0 && m < 12 && !date.isBefore(today)) {
      months[(int) m][kind]++;
    }
  }

  private void benefits(AiUsage usage, String name) {
    int measured = 0;
    List<String> texts = new ArrayList<>();
    for (BenefitIndicator b : usage.benefits()) {
      if (b.measured() != null) {
        measured++;
      }
      texts.add(benefit(b));
    }
    Footprint f = usage.footprint();
    long kwh = -1;
    if (f != null && f.inferenceEnergyPerYear() != null && isEnergy(f.inferenceEnergyPerYear())) {
      kwh = f.inferenceEnergyPerYear().to(Unit.KWH).value().longValue();
      energyKwh += kwh;
    }
    if (f != null
        && f.carbonPerYear() != null
        && f.carbonPerYear().unit().dimension() == Dimension.CARBON) {
      carbonKg += f.carbonPerYear().to(Unit.KG_CO2E).value().longValue();
    }
    boolean known = f != null && f.isKnown();
    if (measured > 0) {
      withMeasured++;
    }
    if (known) {
      withFootprint++;
    }
    if ((texts.isEmpty() && !known) || benefitRows.size() >= maxRows) {
      return;
    }
    benefitRows.add(
        new ReportSummary.BenefitRow(
            name,
            Clean.line(usage.authority().name()),
            texts.isEmpty() ? w.t("none") : String.join(" ; ", texts),
            known ? footprint(f) : w.t("footprint.unknown"),
            measured,
            kwh));
  }

  private String benefit(BenefitIndicator b) {
    String value =
        b.measured() != null
            ? format.quantity(b.measured())
            : b.target() != null
                ? w.f("benefit.target", format.quantity(b.target()))
                : w.t("benefit.notMeasured");
    String text = Clean.line(b.name()) + " : " + value;
    if (!Words.isFrench(locale)) {
      text = Clean.line(b.name()) + ": " + value;
    }
    return b.period() == null ? text : text + " (" + Clean.line(b.period()) + ")";
  }

  private String footprint(Footprint f) {
    List<String> parts = new ArrayList<>();
    if (f.inferenceEnergyPerYear() != null) {
      parts.add(w.f("footprint.energy", format.quantity(f.inferenceEnergyPerYear())));
    }
    if (f.carbonPerYear() != null) {
      parts.add(w.f("footprint.carbon", format.quantity(f.carbonPerYear())));
    }
    if (f.trainingEnergy() != null) {
      parts.add(w.f("footprint.training", format.quantity(f.trainingEnergy())));
    }
    return parts.isEmpty() ? w.t("footprint.unknown") : String.join(" ; ", parts);
  }

  private void maturity(
      AiUsage usage, PortfolioReport.UsageEvaluation evaluation, String authorityKey) {
    Long population = usage.authority().population();
    String key =
        population == null ? "UNKNOWN" : population < 50_000 ? "UNDER_50000" : "FROM_50000";
    Band band = bands.computeIfAbsent(key, k -> new Band());
    band.authorities.add(authorityKey);
    band.usages++;
    OptionalInt m = maturity.measure(usage, evaluation);
    if (m.isPresent()) {
      band.measured++;
      band.sum += Math.max(0, Math.min(100, m.getAsInt()));
    }
  }

  private void trend(PortfolioReport.UsageEvaluation evaluation) {
    if (previousEvaluations == null || headlineId == null) {
      return;
    }
    EvaluationReport now =
        evaluation.reports().stream()
            .filter(r -> r.charterId().equals(headlineId))
            .findFirst()
            .orElse(null);
    if (now == null) {
      return;
    }
    var before = previousEvaluations.previous(evaluation.usage(), headlineId);
    if (before.isEmpty()) {
      firstEvaluated++;
      return;
    }
    Verdict was = before.get().verdict();
    previous.merge(was, 1L, Long::sum);
    LocalDate day = LocalDate.ofInstant(before.get().evaluatedAt(), ZoneId.of("Europe/Paris"));
    if (previousDate == null || day.isAfter(previousDate)) {
      previousDate = day;
    }
    int cmp = Integer.compare(now.verdict().ordinal(), was.ordinal());
    if (cmp < 0) {
      improved++;
    } else if (cmp > 0) {
      worsened++;
    } else {
      unchanged++;
    }
  }

  /**
   * Adds the ledger's retention deadlines: those overdue on the report's day, and those of the next
   * twelve months.
   */
  public void retention(
      List<RetentionStatus> overdueStatuses,
      List<RetentionStatus> upcoming,
      DatasetLookup datasets,
      ZoneId zone) {
    for (RetentionStatus r : overdueStatuses) {
      overdue++;
      String name =
          datasets == null
              ? w.t("data.undescribed")
              : datasets
                  .findDataset(r.dataset())
                  .map(Dataset::name)
                  .map(Clean::line)
                  .orElse(w.t("data.undescribed"));
      decide(
          DecisionKind.OVERDUE_RETENTION,
          w.f(
              "decide.retention",
              name,
              r.rule().endAction().label(locale).toLowerCase(locale),
              format.date(LocalDate.ofInstant(r.dueAt(), zone))));
    }
    for (RetentionStatus r : upcoming) {
      bucket(LocalDate.ofInstant(r.dueAt(), zone), 0);
    }
  }

  /** Records the ledger's verification; a ledger that fails it is to decide on. */
  public void ledger(boolean intact, long entries, long firstBad, String message) {
    String text = intact ? w.f("ledger.intact", w.count(entries)) : Clean.message(message);
    ledger = new ReportSummary.LedgerCheck(true, intact, entries, firstBad, text);
    if (!intact) {
      decide(DecisionKind.LEDGER, w.f("decide.ledger", text));
    }
  }

  /** Records that the ledger could not be verified at all, and why; that is to decide on. */
  public void ledgerUnreadable(String why) {
    String text = w.f("decide.ledgerUnreadable", Clean.message(why));
    ledger = new ReportSummary.LedgerCheck(false, false, 0, 0, text);
    decide(DecisionKind.LEDGER, text);
  }

  /** The summary of what was counted. */
  public ReportSummary summary(String title, List<ReportSummary.PageLink> pages) {
    List<ReportSummary.CharterVerdicts> charters = new ArrayList<>();
    charterVerdicts.forEach(
        (id, counts) ->
            charters.add(
                new ReportSummary.CharterVerdicts(charterTitles.get(id), verdicts(counts))));
    List<ReportSummary.DecisionGroup> groups = new ArrayList<>();
    for (DecisionKind k : DecisionKind.values()) {
      groups.add(
          new ReportSummary.DecisionGroup(
              k.name(), w.t("decide.title." + k.name()), decisions.get(k), decisionTotals.get(k)));
    }
    DateTimeFormatter monthFormat =
        DateTimeFormatter.ofPattern(
            "MMMM uuuu", Words.isFrench(locale) ? Locale.FRANCE : Locale.UK);
    List<ReportSummary.MonthDeadlines> timeline = new ArrayList<>();
    YearMonth first = YearMonth.from(today);
    for (int i = 0; i < 12; i++) {
      YearMonth m = first.plusMonths(i);
      timeline.add(
          new ReportSummary.MonthDeadlines(
              m.toString(),
              monthFormat.format(m),
              months[i][0],
              months[i][1],
              months[i][2],
              months[i][3]));
    }
    List<Count> stageCounts = new ArrayList<>();
    for (Stage s : Stage.values()) {
      stageCounts.add(new Count(s.name(), s.label(locale), stages.getOrDefault(s, 0L)));
    }
    stageCounts.add(new Count("NOT_STATED", w.cell("notStated"), stageNotStated));
    List<Count> tierCounts = new ArrayList<>();
    for (AiActTier t : AiActTier.values()) {
      tierCounts.add(new Count(t.name(), t.label(locale), tiers.getOrDefault(t, 0L)));
    }
    List<Count> recs = new ArrayList<>();
    for (Compass c : Compass.values()) {
      recs.add(new Count(c.name(), c.label(locale), recommendations.getOrDefault(c, 0L)));
    }
    recs.add(new Count("NOT_EVALUATED", w.cell("notEvaluated"), notEvaluated));
    ReportSummary.Trend trend =
        previousEvaluations == null
            ? null
            : new ReportSummary.Trend(
                previousDate == null ? null : previousDate.toString(),
                verdicts(previous),
                verdicts(verdicts),
                improved,
                worsened,
                unchanged,
                firstEvaluated);
    List<ReportSummary.BandMaturity> maturity = new ArrayList<>();
    if (authorities.size() > 1) {
      for (String key : List.of("UNDER_50000", "FROM_50000", "UNKNOWN")) {
        Band b = bands.get(key);
        if (b != null) {
          maturity.add(
              new ReportSummary.BandMaturity(
                  key,
                  w.t("band." + key),
                  b.authorities.size(),
                  b.usages,
                  b.measured == 0 ? 0 : (int) (b.sum / b.measured)));
        }
      }
    }
    return new ReportSummary(
        title,
        w.lang(),
        today.toString(),
        format.date(today),
        usages,
        authorities.size(),
        headlineTitle == null ? w.t("none") : headlineTitle,
        verdicts(verdicts),
        tierCounts,
        stageCounts,
        recs,
        charters,
        new ReportSummary.CompassTable(axes, compassRows, compassTotal),
        groups,
        new ReportSummary.Benefits(benefitRows, withMeasured, withFootprint, energyKwh, carbonKg),
        new ReportSummary.Timeline(overdue, timeline),
        trend,
        maturity,
        ledger,
        strategies,
        value == null ? null : strategyMaker.value(value, valueRows, valued),
        barometer,
        pages);
  }

  private List<Count> verdicts(Map<Verdict, Long> counts) {
    List<Count> out = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      out.add(new Count(v.name(), v.label(locale), counts.getOrDefault(v, 0L)));
    }
    return out;
  }

  static boolean isEnergy(Quantity q) {
    return q.unit().dimension() == Dimension.ENERGY;
  }
}
