package eu.civicai.governance.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data of the report's first page, aggregated over every usage as they were written (its size
 * does not grow with the number of usages: every list is bounded, with the total beside it). This
 * is what {@code report-data.json} holds under {@code summary}; the HTML and Markdown pages show
 * the same figures. Immutable.
 *
 * @param title the report's title
 * @param language {@code fr} or {@code en}
 * @param date the report's day, ISO-8601
 * @param dateText the report's day in words ("27 novembre 2026")
 * @param usages how many usages the report covers
 * @param authorities how many distinct authorities own them
 * @param headlineCharter the title of the charter whose verdicts are counted in {@code verdicts}
 * @param verdicts usages by verdict of the headline charter, every verdict in order (zeros kept)
 * @param tiers usages by AI Act tier, every tier in order
 * @param stages usages by stage, every stage in order, then "Not stated" ("Non renseigné")
 * @param recommendations usages by compass recommendation, then "Not evaluated" ("Non évalué")
 * @param charters verdicts per charter
 * @param compass the compass of the first usages (at most {@value CommitteeReport#MAX_ROWS})
 * @param decisions what the committee must decide now, by kind
 * @param benefits benefits against footprint
 * @param timeline deadlines of the next twelve months
 * @param trend the change since the previous report; null when no history was given
 * @param maturity maturity by authority size band; empty when the report covers one authority
 * @param ledger the verification of the data-lifecycle ledger; null when the report was given none
 * @param strategies one section per authority with a strategy, by authority name; empty when none
 * @param value the value of benefits against the footprint; null when the report was given none
 * @param barometer the maturity barometer by population band; null when the report was given none
 * @param pages the files holding the per-usage sections when they are split; empty otherwise
 */
public record ReportSummary(
    String title,
    String language,
    String date,
    String dateText,
    long usages,
    long authorities,
    String headlineCharter,
    List<Count> verdicts,
    List<Count> tiers,
    List<Count> stages,
    List<Count> recommendations,
    List<CharterVerdicts> charters,
    CompassTable compass,
    List<DecisionGroup> decisions,
    Benefits benefits,
    Timeline timeline,
    @Nullable Trend trend,
    List<BandMaturity> maturity,
    @Nullable LedgerCheck ledger,
    List<StrategySection> strategies,
    @Nullable ValueSection value,
    @Nullable BarometerSection barometer,
    List<PageLink> pages) {

  /** Copies the lists. */
  public ReportSummary {
    verdicts = List.copyOf(verdicts);
    tiers = List.copyOf(tiers);
    stages = List.copyOf(stages);
    recommendations = List.copyOf(recommendations);
    charters = List.copyOf(charters);
    decisions = List.copyOf(decisions);
    maturity = List.copyOf(maturity);
    strategies = List.copyOf(strategies);
    pages = List.copyOf(pages);
  }

  /**
   * The verdicts of one charter over every usage.
   *
   * @param title the charter's title
   * @param verdicts reports by verdict, every verdict in order
   */
  public record CharterVerdicts(String title, List<Count> verdicts) {
    /** Copies the list. */
    public CharterVerdicts {
      verdicts = List.copyOf(verdicts);
    }
  }

  /**
   * The compass (utility, impacts, alternatives) of the first usages.
   *
   * @param axes the axes' titles, in the compass's order
   * @param rows one row per usage shown
   * @param total how many usages have a compass evaluation
   */
  public record CompassTable(List<String> axes, List<CompassRow> rows, long total) {
    /** Copies the lists. */
    public CompassTable {
      axes = List.copyOf(axes);
      rows = List.copyOf(rows);
    }
  }

  /**
   * One usage's compass.
   *
   * @param usage the usage's name
   * @param authority its authority's name
   * @param recommendation the recommendation ("Poursuivre", …)
   * @param scores the score of each axis, in percent, in the order of the table's axes
   */
  public record CompassRow(
      String usage, String authority, String recommendation, List<Integer> scores) {
    /** Copies the list. */
    public CompassRow {
      scores = List.copyOf(scores);
    }
  }

  /**
   * The items of one kind the committee must decide on now.
   *
   * @param key the kind's stable key ({@code BLOCKING}, {@code OVERDUE_RETENTION}, …)
   * @param title the kind's title
   * @param items the first items (at most {@value CommitteeReport#MAX_ROWS})
   * @param total how many there are
   */
  public record DecisionGroup(String key, String title, List<String> items, long total) {
    /** Copies the list. */
    public DecisionGroup {
      items = List.copyOf(items);
    }
  }

  /**
   * Benefits against footprint.
   *
   * @param rows the first usages with a benefit or a footprint (at most {@value
   *     CommitteeReport#MAX_ROWS})
   * @param withMeasuredBenefits how many usages have at least one measured benefit
   * @param withKnownFootprint how many usages have a known footprint
   * @param energyKwhPerYear the annual inference energy of the usages that state it, in kWh
   * @param carbonKgPerYear the annual carbon of the usages that state it, in kgCO2e
   */
  public record Benefits(
      List<BenefitRow> rows,
      long withMeasuredBenefits,
      long withKnownFootprint,
      long energyKwhPerYear,
      long carbonKgPerYear) {
    /** Copies the list. */
    public Benefits {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One usage's benefits and footprint.
   *
   * @param usage the usage's name
   * @param authority its authority's name (two usages may bear the same name)
   * @param benefits its benefits in words, "; "-separated; "aucun" when none
   * @param footprint its annual footprint in words; "inconnue" when unknown
   * @param measuredBenefits how many benefit indicators have a measured value
   * @param energyKwhPerYear annual inference energy in kWh; -1 when unknown
   */
  public record BenefitRow(
      String usage,
      String authority,
      String benefits,
      String footprint,
      int measuredBenefits,
      long energyKwhPerYear) {}

  /**
   * Deadlines month by month over the next twelve months.
   *
   * @param overdue retention deadlines already passed
   * @param months twelve months from the report's month
   */
  public record Timeline(long overdue, List<MonthDeadlines> months) {
    /** Copies the list. */
    public Timeline {
      months = List.copyOf(months);
    }
  }

  /**
   * The deadlines of one month, by kind.
   *
   * @param month the month, {@code yyyy-MM}
   * @param label the month in words ("décembre 2026")
   * @param retention data retention deadlines
   * @param aiAct AI Act obligations starting to apply
   * @param waivers waivers expiring
   * @param reviews reviews planned
   */
  public record MonthDeadlines(
      String month, String label, long retention, long aiAct, long waivers, long reviews) {
    /** Returns every deadline of the month. */
    public long total() {
      return retention + aiAct + waivers + reviews;
    }
  }

  /**
   * The change of the headline charter's verdicts since the previous report.
   *
   * @param previousDate the day of the latest previous evaluation, ISO-8601; null when none
   * @param previous usages by previous verdict, every verdict in order
   * @param current usages by current verdict, every verdict in order
   * @param improved usages whose verdict improved
   * @param worsened usages whose verdict worsened
   * @param unchanged usages whose verdict stayed
   * @param firstEvaluated usages without a previous evaluation
   */
  public record Trend(
      @Nullable String previousDate,
      List<Count> previous,
      List<Count> current,
      long improved,
      long worsened,
      long unchanged,
      long firstEvaluated) {
    /** Copies the lists. */
    public Trend {
      previous = List.copyOf(previous);
      current = List.copyOf(current);
    }
  }

  /**
   * The maturity of the authorities of one size band.
   *
   * @param key the band's stable key ({@code UNDER_50000}, {@code FROM_50000}, {@code UNKNOWN})
   * @param label the band in words
   * @param authorities how many authorities
   * @param usages how many usages
   * @param maturity the mean maturity, 0 to 100
   */
  public record BandMaturity(
      String key, String label, long authorities, long usages, int maturity) {}

  /**
   * The verification of the data-lifecycle ledger, recomputing every hash (and against the
   * checkpoint, when one was given).
   *
   * @param verified whether the ledger could be verified at all
   * @param intact whether it was verified intact
   * @param entriesChecked how many entries were read
   * @param firstBadSequence where it first breaks; 0 when intact or not verified
   * @param text the outcome in words, with where it breaks
   */
  public record LedgerCheck(
      boolean verified, boolean intact, long entriesChecked, long firstBadSequence, String text) {}

  /**
   * One authority's strategy as the committee follows it: the roadmap's progress, acculturation and
   * the watch committee's last meetings.
   *
   * @param authority the authority's name
   * @param roadmap the roadmap's title; "aucune" when the strategy has none
   * @param milestones the roadmap's milestones by status, every status in order
   * @param indicators the roadmap's indicators against their baseline and target
   * @param sessions how many acculturation sessions were held
   * @param participants how many took part in them, every audience together
   * @param trainedShare the share of the agents using AI who were trained, in words ("45 %",
   *     "inconnue")
   * @param trainedPercent the same share in per cent, rounded down; -1 when unknown
   * @param committee the watch committee's name; "aucun" when the strategy has none
   * @param meetings the committee's last meetings (at most three), the latest first
   */
  public record StrategySection(
      String authority,
      String roadmap,
      List<Count> milestones,
      List<IndicatorLine> indicators,
      long sessions,
      long participants,
      String trainedShare,
      int trainedPercent,
      String committee,
      List<MeetingLine> meetings) {
    /** Copies the lists. */
    public StrategySection {
      milestones = List.copyOf(milestones);
      indicators = List.copyOf(indicators);
      meetings = List.copyOf(meetings);
    }
  }

  /**
   * One roadmap indicator.
   *
   * @param name what is measured
   * @param baseline the value at the start in words; "Non renseigné" ("Not stated") when unknown
   * @param target the value aimed at, with its date, in words; "Non renseigné" ("Not stated") when
   *     unknown
   * @param measured the latest value, with its date, in words; "Non mesuré" ("Not measured") when
   *     unknown
   * @param progress how far from baseline to target the latest value is, in per cent (0 to 100); -1
   *     when it cannot be said
   */
  public record IndicatorLine(
      String name, String baseline, String target, String measured, int progress) {}

  /**
   * One meeting of the watch committee.
   *
   * @param date its day in words
   * @param attendees how many attended
   * @param decisions what was decided
   */
  public record MeetingLine(String date, long attendees, List<String> decisions) {
    /** Copies the list. */
    public MeetingLine {
      decisions = List.copyOf(decisions);
    }
  }

  /**
   * The value of the benefits against the footprint, per usage and for the whole portfolio.
   *
   * @param rows the first usages (at most {@value CommitteeReport#MAX_ROWS}), in the report's order
   * @param total how many usages were valued
   * @param euros the portfolio's value in euros, in words ("8 006 240 €", "≥ 1 200 € (2 inconnus)",
   *     "inconnu")
   * @param hours the agents' hours saved, in words
   * @param carbonAvoided the carbon avoided, in words
   * @param footprintCarbon the annual carbon footprint, in words
   * @param footprintEnergy the annual inference energy, in words
   * @param factors the conversion factors used, each with its source
   */
  public record ValueSection(
      List<ValueRow> rows,
      long total,
      String euros,
      String hours,
      String carbonAvoided,
      String footprintCarbon,
      String footprintEnergy,
      List<String> factors) {
    /** Copies the lists. */
    public ValueSection {
      rows = List.copyOf(rows);
      factors = List.copyOf(factors);
    }
  }

  /**
   * One usage's value against its footprint.
   *
   * @param usage the usage's name
   * @param authority its authority's name (two usages may bear the same name)
   * @param euros its value in euros, in words
   * @param carbonAvoided the carbon it avoids, in words
   * @param footprintCarbon its annual carbon footprint, in words
   * @param eurosValue its known value in euros, rounded; -1 when nothing is known
   * @param footprintKg its known annual footprint in kgCO2e, rounded; -1 when unknown
   */
  public record ValueRow(
      String usage,
      String authority,
      String euros,
      String carbonAvoided,
      String footprintCarbon,
      long eurosValue,
      long footprintKg) {}

  /**
   * The barometer of the authorities' maturity by population band (the boundary at 50,000
   * inhabitants separates the small authorities from the others).
   *
   * @param date the barometer's day in words
   * @param authorities how many authorities it covers
   * @param rows one row per population band, the empty ones too, in order
   * @param sizes the two size classes: under 50,000 inhabitants, and from 50,000
   */
  public record BarometerSection(
      String date, long authorities, List<BarometerRow> rows, List<BarometerRow> sizes) {
    /** Copies the lists. */
    public BarometerSection {
      rows = List.copyOf(rows);
      sizes = List.copyOf(sizes);
    }
  }

  /**
   * One group of the barometer.
   *
   * @param key the group's stable key ({@code UNDER_3500}, …, {@code UNDER_50000}, {@code
   *     FROM_50000})
   * @param label the group in words
   * @param authorities how many authorities
   * @param scored how many have a score
   * @param median the median score (0 to 100) in words; "aucun" when none is scored
   * @param mean the mean score in words; "aucun" when none is scored
   * @param medianValue the median score, rounded; -1 when none is scored
   * @param from50000 whether the group is at or above the 50,000 boundary
   */
  public record BarometerRow(
      String key,
      String label,
      long authorities,
      long scored,
      String median,
      String mean,
      int medianValue,
      boolean from50000) {}

  /**
   * A file holding per-usage sections.
   *
   * @param label what it holds ("Usages 1 à 200")
   * @param file its name, relative to the report
   */
  public record PageLink(String label, String file) {}
}
