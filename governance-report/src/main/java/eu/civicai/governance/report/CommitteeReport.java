package eu.civicai.governance.report;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.barometer.AuthorityMaturity;
import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.charter.Waiver;
import eu.civicai.governance.data.Checkpoint;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.value.PortfolioValue;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The watch committee's report ("rapport au comité de veille"): how it is written. Build one with
 * {@link #builder()}, then {@link #open} a {@link ReportWriter} on a directory, hand it every usage
 * with its evaluation, and {@link ReportWriter#finish()}.
 *
 * <pre>{@code
 * CommitteeReport report = CommitteeReport.builder().clock(clock).datasets(register).ledger(ledger).build();
 * try (ReportWriter out = report.open(Path.of("target/portfolio"))) {
 *   for (UsageEvaluation e : portfolio.usages()) {
 *     out.add(register.find(e.usage()).orElseThrow(), e);
 *   }
 *   ReportSummary summary = out.finish();
 * }
 * }</pre>
 *
 * <p>It writes {@code report.html} (self-contained: inline CSS with a print stylesheet for A4,
 * inline SVG charts, no script, font or stylesheet fetched), {@code report.md} and {@code
 * report-data.json} (the data behind both). With more usages than {@link Builder#usagesPerPage},
 * the per-usage sections go to {@code usages-0001.html}, {@code usages-0001.md}, … linked from the
 * first page, so that memory stays bounded whatever the number of usages. With {@link
 * Builder#publicPages}, it also writes {@code fiches/<usage id>.html}, the public page of each
 * usage whose identity is public.
 *
 * <p>Immutable and thread-safe; each writer it opens is not.
 */
public final class CommitteeReport {
  /** The longest list the first page shows (the total is shown beside it). */
  public static final int MAX_ROWS = 50;

  /** The default number of usage sections per file. */
  public static final int DEFAULT_USAGES_PER_PAGE = 200;

  private final Locale locale;
  private final Clock clock;
  private final String title;
  private final DatasetLookup datasets;
  private final Ledger ledger;
  private final Checkpoint checkpoint;
  private final List<Waiver> waivers;
  private final PreviousEvaluations previous;
  private final MaturityMeasure maturity;
  private final int usagesPerPage;
  private final boolean publicPages;
  private final List<Strategy> strategies;
  private final PortfolioValue value;
  private final Barometer barometer;

  private CommitteeReport(Builder b) {
    this.strategies = List.copyOf(b.strategies);
    this.value = b.value;
    this.barometer = b.barometer;
    this.locale = b.locale;
    this.clock = b.clock;
    this.title = b.title;
    this.datasets = b.datasets;
    this.ledger = b.ledger;
    this.checkpoint = b.checkpoint;
    this.waivers = List.copyOf(b.waivers);
    this.previous = b.previous;
    this.maturity =
        b.maturity != null
            ? b.maturity
            : b.barometer != null ? fromBarometer(b.barometer) : MaturityMeasure.meanScore();
    this.usagesPerPage = b.usagesPerPage;
    this.publicPages = b.publicPages;
  }

  /**
   * The JSON Schema (draft 2020-12) of {@code report-data.json}, as shipped in this jar (see
   * docs/report-data.md); the caller closes the stream.
   *
   * @return the schema's bytes, UTF-8
   */
  public static InputStream dataSchema() {
    return CommitteeReport.class.getResourceAsStream(DATA_SCHEMA);
  }

  /** Where {@link #dataSchema()} is found in the jar. */
  static final String DATA_SCHEMA = "/eu/civicai/governance/report/schema/report-data.schema.json";

  /** Returns a builder: French, {@value #DEFAULT_USAGES_PER_PAGE} usages per page, no history. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a writer on a directory (created when missing).
   *
   * @param directory the output directory
   * @return the writer; close it (after {@link ReportWriter#finish()}, or to give up)
   * @throws InvalidInputException when the directory is null
   * @throws java.io.UncheckedIOException when the directory cannot be created or written
   */
  public ReportWriter open(Path directory) {
    Checks.notNull("directory", directory);
    return new ReportWriter(this, directory);
  }

  Locale locale() {
    return locale;
  }

  Clock clock() {
    return clock;
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  String title() {
    return title;
  }

  DatasetLookup datasets() {
    return datasets;
  }

  Ledger ledger() {
    return ledger;
  }

  Checkpoint checkpoint() {
    return checkpoint;
  }

  List<Waiver> waivers() {
    return waivers;
  }

  PreviousEvaluations previous() {
    return previous;
  }

  MaturityMeasure maturity() {
    return maturity;
  }

  int usagesPerPage() {
    return usagesPerPage;
  }

  boolean publicPages() {
    return publicPages;
  }

  List<Strategy> strategies() {
    return strategies;
  }

  PortfolioValue value() {
    return value;
  }

  Barometer barometer() {
    return barometer;
  }

  /** Each usage measured by its authority's barometer score (the natural fit, issue 21). */
  private static MaturityMeasure fromBarometer(Barometer barometer) {
    return (usage, evaluation) ->
        barometer
            .find(usage.authority().name())
            .flatMap(AuthorityMaturity::roundedScore)
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty());
  }

  /** Builds a {@link CommitteeReport}; mutable, not thread-safe, builds once. */
  public static final class Builder {
    private Locale locale = Locale.FRENCH;
    private Clock clock;
    private String title;
    private DatasetLookup datasets;
    private Ledger ledger;
    private Checkpoint checkpoint;
    private List<Waiver> waivers = List.of();
    private PreviousEvaluations previous;
    private MaturityMeasure maturity;
    private List<Strategy> strategies = List.of();
    private PortfolioValue value;
    private Barometer barometer;
    private int usagesPerPage = DEFAULT_USAGES_PER_PAGE;
    private boolean publicPages;

    private Builder() {}

    /**
     * Sets the report's language: French (the default) for a locale whose language is {@code fr},
     * English otherwise. Dates and numbers follow it.
     *
     * @param value the locale
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder locale(Locale value) {
      this.locale = Checks.notNull("locale", value);
      return this;
    }

    /**
     * Sets the clock that gives the report's day (in the clock's zone); required.
     *
     * @param value the clock
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull("clock", value);
      return this;
    }

    /**
     * Sets the title; by default "Rapport au comité de veille" in French.
     *
     * @param value the title, not blank
     * @return this builder
     * @throws InvalidInputException when null or blank
     */
    public Builder title(String value) {
      if (Checks.notNull("title", value).isBlank()) {
        throw new InvalidInputException("title", "notBlank", value);
      }
      this.title = value;
      return this;
    }

    /**
     * Sets where the datasets named by usages are found (their names and retention); by default
     * none, and a dataset is shown as not described.
     *
     * @param value the datasets
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder datasets(DatasetLookup value) {
      this.datasets = Checks.notNull("datasets", value);
      return this;
    }

    /**
     * Sets the data-lifecycle ledger whose retention deadlines the report shows (overdue ones to
     * decide, the next twelve months on the timeline); by default none. The report verifies it
     * (against the {@link #checkpoint} when one is given): a ledger that fails verification, or
     * cannot be verified, is something the committee must decide on, with where it breaks.
     *
     * @param value the ledger
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder ledger(Ledger value) {
      this.ledger = Checks.notNull("ledger", value);
      return this;
    }

    /**
     * Sets the checkpoint an auditor kept, against which the ledger is verified (only a checkpoint
     * detects a truncation or a history rewritten from the start); by default none, and the chain
     * alone is verified. Without a {@link #ledger}, it is not used.
     *
     * @param value the checkpoint
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder checkpoint(Checkpoint value) {
      this.checkpoint = Checks.notNull("checkpoint", value);
      return this;
    }

    /**
     * Sets the waivers granted, for those expiring within 90 days; by default none.
     *
     * @param value the waivers
     * @return this builder
     * @throws InvalidInputException when null or holding null
     */
    public Builder waivers(List<Waiver> value) {
      Checks.notNull("waivers", value);
      for (Waiver waiver : value) {
        Checks.notNull("waivers[]", waiver);
      }
      this.waivers = List.copyOf(value);
      return this;
    }

    /**
     * Sets where the previous evaluations are found, for the trend since the previous report (see
     * {@link PreviousEvaluations#from}); by default none, and the report shows no trend.
     *
     * @param value the previous evaluations
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder previous(PreviousEvaluations value) {
      this.previous = Checks.notNull("previous", value);
      return this;
    }

    /**
     * Sets the authorities' strategies (issue 21): the report shows, for each authority with one,
     * its roadmap's progress (milestones by status, indicators against baseline and target), its
     * acculturation (sessions, participants, share of the agents using AI who were trained) and its
     * watch committee's last meetings and decisions; by default none.
     *
     * @param value the strategies
     * @return this builder
     * @throws InvalidInputException when null or holding null
     */
    public Builder strategies(List<Strategy> value) {
      Checks.notNull("strategies", value);
      for (Strategy s : value) {
        Checks.notNull("strategies[]", s);
      }
      this.strategies = List.copyOf(value);
      return this;
    }

    /**
     * Sets the value of the portfolio's benefits (issue 21, {@code Valuation}): the report shows
     * each usage's value against its footprint, the portfolio's totals and the factors used, as a
     * table and a chart; by default none.
     *
     * @param value the portfolio's value
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder value(PortfolioValue value) {
      this.value = Checks.notNull("value", value);
      return this;
    }

    /**
     * Sets the maturity barometer (issue 21): the report shows it by population band, with the
     * boundary at 50,000 inhabitants, as a table and a chart; and, unless {@link #maturity} is set,
     * each usage's maturity is its authority's barometer score. By default none.
     *
     * @param value the barometer
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder barometer(Barometer value) {
      this.barometer = Checks.notNull("barometer", value);
      return this;
    }

    /**
     * Sets how maturity is measured for the chart by authority size band (shown when the report
     * covers several authorities); by default {@link MaturityMeasure#meanScore()}, or the
     * authority's score in the {@link #barometer} when one is set.
     *
     * @param value the measure
     * @return this builder
     * @throws InvalidInputException when null
     */
    public Builder maturity(MaturityMeasure value) {
      this.maturity = Checks.notNull("maturity", value);
      return this;
    }

    /**
     * Sets how many usage sections one file holds; with more usages, the sections are split into
     * files linked from the first page. Default {@value #DEFAULT_USAGES_PER_PAGE}.
     *
     * @param value from 1 to 10,000
     * @return this builder
     * @throws InvalidInputException when out of range
     */
    public Builder usagesPerPage(int value) {
      if (value < 1 || value > 10_000) {
        throw new InvalidInputException(
            "usagesPerPage", value < 1 ? "min" : "max", value, value < 1 ? 1 : 10_000);
      }
      this.usagesPerPage = value;
      return this;
    }

    /**
     * Sets whether the public page of each usage is written too ({@code fiches/<id>.html}); default
     * false.
     *
     * @param value whether to write them
     * @return this builder
     */
    public Builder publicPages(boolean value) {
      this.publicPages = value;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws InvalidInputException when no clock was set
     */
    public CommitteeReport build() {
      Checks.notNull("clock", clock);
      return new CommitteeReport(this);
    }
  }
}
