package eu.civicai.governance.report.internal;

import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.barometer.BarometerGroup;
import eu.civicai.governance.barometer.PopulationBand;
import eu.civicai.governance.barometer.SizeClass;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.report.Count;
import eu.civicai.governance.report.ReportSummary;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.AcculturationSession;
import eu.civicai.governance.strategy.CommitteeDecision;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.Initiative;
import eu.civicai.governance.strategy.Milestone;
import eu.civicai.governance.strategy.MilestoneStatus;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapAxis;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.value.PortfolioValue;
import eu.civicai.governance.value.Total;
import eu.civicai.governance.value.UsageValue;
import eu.civicai.governance.value.ValueFactor;
import eu.civicai.governance.value.ValueTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's sections above single usages, in plain words: each authority's strategy (roadmap,
 * acculturation, watch committee), the value of benefits against the footprint, and the barometer
 * by population band. Not thread-safe (it holds a {@link Format}).
 */
public final class StrategyMaker {
  /** How many of a committee's meetings the report shows, the latest first. */
  static final int MEETINGS = 3;

  private final Words w;
  private final Format format;
  private final Locale locale;

  /** A maker in a report's words and formats. */
  public StrategyMaker(Words words, Format format) {
    this.w = words;
    this.format = format;
    this.locale = words.locale();
  }

  /** One section per strategy, by authority name. */
  public List<ReportSummary.StrategySection> strategies(List<Strategy> strategies) {
    List<ReportSummary.StrategySection> out = new ArrayList<>();
    List<Strategy> sorted = new ArrayList<>(strategies);
    sorted.sort(Comparator.comparing(s -> s.authority().name()));
    for (Strategy s : sorted) {
      out.add(strategy(s));
    }
    return out;
  }

  private ReportSummary.StrategySection strategy(Strategy s) {
    Roadmap r = s.roadmap();
    Map<MilestoneStatus, Long> byStatus = new EnumMap<>(MilestoneStatus.class);
    List<ReportSummary.IndicatorLine> indicators = new ArrayList<>();
    if (r != null) {
      for (RoadmapAxis axis : r.axes()) {
        for (Initiative i : axis.initiatives()) {
          for (Milestone m : i.milestones()) {
            byStatus.merge(m.status(), 1L, Long::sum);
          }
        }
      }
      for (RoadmapIndicator i : r.indicators()) {
        indicators.add(indicator(i));
      }
    }
    List<Count> milestones = new ArrayList<>();
    for (MilestoneStatus st : MilestoneStatus.values()) {
      milestones.add(new Count(st.name(), st.label(locale), byStatus.getOrDefault(st, 0L)));
    }
    Acculturation a = s.acculturation();
    long sessions = 0;
    long participants = 0;
    String share = w.t("strategy.unknown");
    int percent = -1;
    if (a != null) {
      sessions = a.sessions().size();
      for (AcculturationSession session : a.sessions()) {
        participants += session.participants();
      }
      if (a.trainedShare().isPresent()) {
        BigDecimal p = a.trainedShare().get();
        percent = p.setScale(0, RoundingMode.DOWN).intValue();
        share =
            w.f(
                "strategy.trainedOf",
                format.number(p) + (Words.isFrench(locale) ? "\u00a0%" : "%"),
                w.count(a.agentsUsingAiTrained()),
                w.count(a.agentsUsingAi()));
      }
    }
    List<ReportSummary.MeetingLine> meetings = new ArrayList<>();
    String committee = w.t("none");
    if (s.committee() != null) {
      committee = Clean.line(s.committee().name());
      List<CommitteeMeeting> all = new ArrayList<>(s.committee().meetings());
      all.sort(Comparator.comparing(CommitteeMeeting::date).reversed());
      for (CommitteeMeeting m : all.subList(0, Math.min(MEETINGS, all.size()))) {
        List<String> decisions = new ArrayList<>();
        for (CommitteeDecision d : m.decisions()) {
          decisions.add(Clean.line(d.summary()));
        }
        meetings.add(
            new ReportSummary.MeetingLine(format.date(m.date()), m.attendees().size(), decisions));
      }
    }
    return new ReportSummary.StrategySection(
        Clean.line(s.authority().name()),
        r == null ? w.t("none") : Clean.line(r.title()),
        milestones,
        indicators,
        sessions,
        participants,
        share,
        percent,
        committee,
        meetings);
  }

  private ReportSummary.IndicatorLine indicator(RoadmapIndicator i) {
    String baseline = i.baseline() == null ? w.cell("notStated") : format.quantity(i.baseline());
    String target =
        i.target() == null
            ? w.cell("notStated")
            : i.targetDate() == null
                ? format.quantity(i.target())
                : w.f("strategy.by", format.quantity(i.target()), format.date(i.targetDate()));
    String measured =
        i.measured() == null
            ? w.cell("benefit.notMeasured")
            : i.measuredOn() == null
                ? format.quantity(i.measured())
                : w.f("strategy.on", format.quantity(i.measured()), format.date(i.measuredOn()));
    return new ReportSummary.IndicatorLine(
        Clean.line(i.name()), baseline, target, measured, progress(i));
  }

  /** From baseline (0 %) to target (100 %), clamped; -1 when a value is missing or units differ. */
  static int progress(RoadmapIndicator i) {
    if (i.baseline() == null || i.target() == null || i.measured() == null) {
      return -1;
    }
    Unit unit = i.target().unit();
    if (i.baseline().unit().dimension() != unit.dimension()
        || i.measured().unit().dimension() != unit.dimension()) {
      return -1;
    }
    BigDecimal base = i.baseline().to(unit).value();
    BigDecimal span = i.target().value().subtract(base);
    if (span.signum() == 0) {
      return -1;
    }
    BigDecimal done =
        i.measured()
            .to(unit)
            .value()
            .subtract(base)
            .multiply(BigDecimal.valueOf(100))
            .divide(span, 0, RoundingMode.DOWN);
    return Math.max(0, Math.min(100, done.intValue()));
  }

  /** A total in words: "8 006 240 €", "≥ 1 200 € (2 inconnus)", "inconnu". */
  public String total(Total t) {
    if (t.value().isEmpty()) {
      return w.t("value.unknown");
    }
    String known = format.quantity(rounded(t.value().get()));
    return t.complete() ? known : w.f("value.partial", known, t.unknownParts());
  }

  private static Quantity rounded(Quantity q) {
    return Quantity.of(q.value().setScale(0, RoundingMode.HALF_UP).toPlainString(), q.unit());
  }

  /** One usage's row, or null when the value holds nothing about it. */
  public ReportSummary.ValueRow row(String name, String authority, UsageValue v) {
    ValueTotals t = v.totals();
    return new ReportSummary.ValueRow(
        name,
        authority,
        total(t.euros()),
        total(t.carbonAvoided()),
        total(t.footprintCarbon()),
        t.euros()
            .value()
            .map(q -> q.value().setScale(0, RoundingMode.HALF_UP).longValue())
            .orElse(-1L),
        t.footprintCarbon()
            .value()
            .map(q -> q.value().setScale(0, RoundingMode.HALF_UP).longValue())
            .orElse(-1L));
  }

  /** The portfolio's value section from the rows kept. */
  public ReportSummary.ValueSection value(
      PortfolioValue value, List<ReportSummary.ValueRow> rows, long total) {
    ValueTotals t = value.totals();
    List<String> factors = new ArrayList<>();
    for (ValueFactor f : value.factors().common()) {
      factors.add(Clean.line(f.label(locale)));
    }
    return new ReportSummary.ValueSection(
        rows,
        total,
        total(t.euros()),
        total(t.hours()),
        total(t.carbonAvoided()),
        total(t.footprintCarbon()),
        total(t.footprintEnergy()),
        factors);
  }

  /** The barometer section: every population band, then the two size classes. */
  public ReportSummary.BarometerSection barometer(Barometer b) {
    List<ReportSummary.BarometerRow> rows = new ArrayList<>();
    for (BarometerGroup<PopulationBand> g : b.byBand()) {
      boolean from50000 =
          g.key() == PopulationBand.FROM_50000_TO_200000 || g.key() == PopulationBand.FROM_200000;
      rows.add(row(g.key().name(), g.key().label(locale), g, from50000));
    }
    List<ReportSummary.BarometerRow> sizes = new ArrayList<>();
    for (BarometerGroup<SizeClass> g : b.bySize()) {
      sizes.add(row(g.key().name(), g.key().label(locale), g, g.key() == SizeClass.FROM_50000));
    }
    return new ReportSummary.BarometerSection(
        format.date(b.asOf()), b.authorities().size(), rows, sizes);
  }

  private ReportSummary.BarometerRow row(
      String key, String label, BarometerGroup<?> g, boolean from50000) {
    return new ReportSummary.BarometerRow(
        key,
        Clean.line(label),
        g.authorities(),
        g.scored(),
        g.medianScore() == null ? w.t("none") : format.number(g.medianScore()),
        g.meanScore() == null ? w.t("none") : format.number(g.meanScore()),
        g.medianScore() == null ? -1 : g.medianScore().setScale(0, RoundingMode.HALF_UP).intValue(),
        from50000);
  }
}
