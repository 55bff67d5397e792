package eu.civicai.governance.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.civicai.governance.DatasetId;
import eu.civicai.governance.GovernanceException;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.data.Ledger;
import eu.civicai.governance.data.LedgerVerification;
import eu.civicai.governance.data.RetentionStatus;
import eu.civicai.governance.report.internal.Charts;
import eu.civicai.governance.report.internal.Format;
import eu.civicai.governance.report.internal.Html;
import eu.civicai.governance.report.internal.Markdown;
import eu.civicai.governance.report.internal.Problems;
import eu.civicai.governance.report.internal.PublicPageMaker;
import eu.civicai.governance.report.internal.SectionMaker;
import eu.civicai.governance.report.internal.StrategyMaker;
import eu.civicai.governance.report.internal.Tally;
import eu.civicai.governance.report.internal.Words;
import eu.civicai.governance.usage.AiUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes one committee report, a usage at a time (see {@link CommitteeReport}): {@link #add} each
 * usage with its evaluation, in the order the report shows them, then {@link #finish()}. Memory is
 * bounded by the sections of one page ({@link CommitteeReport.Builder#usagesPerPage}) and the first
 * page's bounded lists, whatever the number of usages. {@code report.html}, {@code report.md} and
 * {@code report-data.json} are written to temporary siblings and moved into place at {@link
 * #finish()}: a failure leaves the previous report.
 *
 * <p>Not thread-safe: one writer per thread.
 */
public final class ReportWriter implements AutoCloseable {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final CommitteeReport report;
  private final Path directory;
  private final Words words;
  private final SectionMaker sections;
  private final Tally tally;
  private final PublicPageMaker publicPages;
  private final StrategyMaker strategyMaker;
  private final Path jsonTemp;
  private final JsonGenerator json;
  private final StringBuilder htmlPage = new StringBuilder();
  private final StringBuilder markdownPage = new StringBuilder();
  private final List<ReportSummary.PageLink> pages = new ArrayList<>();
  private final List<Path> temporary = new ArrayList<>();
  private final List<RetentionStatus> overdue;
  private long count;
  private int inPage;
  private boolean finished;

  ReportWriter(CommitteeReport report, Path directory) {
    this.report = report;
    this.directory = directory;
    this.words = Words.of(report.locale());
    Format format = new Format(report.locale());
    // The deadlines passed are read once: blocking findings name the datasets behind them.
    Ledger ledger = report.ledger();
    this.overdue = ledger == null ? List.of() : ledger.overdue(report.clock().instant());
    Map<DatasetId, RetentionStatus> byDataset = new HashMap<>();
    for (RetentionStatus r : overdue) {
      byDataset.putIfAbsent(r.dataset(), r);
    }
    Problems problems =
        new Problems(words, format, report.datasets(), byDataset, report.clock().getZone());
    this.sections = new SectionMaker(words, format, report.datasets(), problems);
    this.tally =
        new Tally(
            words,
            format,
            report.today(),
            CommitteeReport.MAX_ROWS,
            report.maturity(),
            report.previous(),
            report.waivers(),
            problems);
    this.strategyMaker = new StrategyMaker(words, new Format(report.locale()));
    if (report.value() != null) {
      tally.value(report.value(), strategyMaker);
    }
    this.publicPages = report.publicPages() ? new PublicPageMaker(report.datasets()) : null;
    try {
      Files.createDirectories(directory);
      if (publicPages != null) {
        Files.createDirectories(directory.resolve("fiches"));
      }
      this.jsonTemp = temp("report-data.json");
      this.json = MAPPER.getFactory().createGenerator(jsonTemp.toFile(), JsonEncoding.UTF8);
      json.writeStartObject();
      json.writeStringField("document", "civicai.committee-report");
      json.writeNumberField("formatVersion", 1);
      json.writeArrayFieldStart("usages");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds one usage: counts it for the first page, writes its section (HTML, Markdown, JSON) and,
   * when asked, its public page.
   *
   * @param usage the usage's record
   * @param evaluation its classification and reports
   * @return the section as written
   * @throws InvalidInputException when an argument is null, when the evaluation is of another
   *     usage, or after {@link #finish()}
   * @throws UncheckedIOException when a file cannot be written
   */
  public UsageSection add(AiUsage usage, PortfolioReport.UsageEvaluation evaluation) {
    Checks.notNull("usage", usage);
    Checks.notNull("evaluation", evaluation);
    if (!usage.id().equals(evaluation.usage())) {
      throw new ReportException("evaluation.usage", "otherUsage", evaluation.usage(), usage.id());
    }
    if (finished) {
      throw new ReportException("add", "finished");
    }
    if (inPage == report.usagesPerPage()) {
      flushPage();
    }
    count++;
    inPage++;
    UsageSection section = sections.section(count, usage, evaluation);
    tally.add(usage, evaluation);
    htmlPage.append(Html.section(words, section));
    markdownPage.append(Markdown.section(words, section));
    try {
      MAPPER.writeValue(json, section);
      if (publicPages != null) {
        var page = publicPages.page(usage, evaluation.classification());
        if (page.isPresent()) {
          Files.writeString(
              directory.resolve("fiches").resolve(page.get().file()),
              Html.publicPage(page.get()),
              StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return section;
  }

  /** How many usages were added. */
  public long count() {
    return count;
  }

  /**
   * Writes the first page and moves the files into place.
   *
   * @return the summary, as written under {@code summary} in {@code report-data.json}
   * @throws InvalidInputException when called twice
   * @throws UncheckedIOException when a file cannot be written
   */
  public ReportSummary finish() {
    if (finished) {
      throw new ReportException("finish", "finished");
    }
    finished = true;
    String inlineHtml = "";
    String inlineMarkdown = "";
    if (pages.isEmpty()) {
      inlineHtml = htmlPage.toString();
      inlineMarkdown = markdownPage.toString();
    } else {
      flushPage();
    }
    Ledger ledger = report.ledger();
    if (ledger != null) {
      Instant at = report.clock().instant();
      tally.retention(
          overdue,
          ledger.deadlinesWithin(at, Duration.ofDays(366)),
          report.datasets(),
          report.clock().getZone());
      verify(ledger);
    }
    tally.strategy(
        strategyMaker.strategies(report.strategies()),
        report.barometer() == null ? null : strategyMaker.barometer(report.barometer()));
    String title = report.title() != null ? report.title() : words.t("report.title");
    ReportSummary summary = tally.summary(title, pages);
    try {
      json.writeEndArray();
      json.writeFieldName("summary");
      MAPPER.writeValue(json, summary);
      json.writeEndObject();
      json.close();
      Path html = temp("report.html");
      Files.writeString(
          html,
          Html.report(
              words,
              summary,
              new Charts(words, new Format(report.locale())).all(summary),
              inlineHtml),
          StandardCharsets.UTF_8);
      Path md = temp("report.md");
      Files.writeString(
          md, Markdown.summary(words, summary) + inlineMarkdown, StandardCharsets.UTF_8);
      move(jsonTemp, "report-data.json");
      move(html, "report.html");
      move(md, "report.md");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summary;
  }

  /** Gives up an unfinished report (its temporary files are deleted); nothing after a finish. */
  @Override
  public void close() {
    try {
      json.close();
    } catch (IOException ignored) {
      // The temporary file is deleted below.
    }
    for (Path p : temporary) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // A temporary file left behind holds no more than the report did.
      }
    }
  }

  /** Verifies the ledger: a broken or unverifiable one is for the committee to decide on. */
  private void verify(Ledger ledger) {
    try {
      LedgerVerification v = ledger.verify(report.checkpoint());
      tally.ledger(
          v.intact(), v.entriesChecked(), v.firstBadSequence(), v.message(report.locale()));
    } catch (GovernanceException | UncheckedIOException e) {
      String why = e instanceof GovernanceException g ? g.message(report.locale()) : e.getMessage();
      tally.ledgerUnreadable(why);
    }
  }

  private void flushPage() {
    int number = pages.size() + 1;
    long first = count - inPage + 1;
    String label = words.f("report.page", words.count(first), words.count(count));
    String file = String.format(Locale.ROOT, "usages-%04d.html", number);
    String title = report.title() != null ? report.title() : words.t("report.title");
    try {
      Files.writeString(
          directory.resolve(file),
          Html.page(words, title, label, "report.html", htmlPage.toString()),
          StandardCharsets.UTF_8);
      Files.writeString(
          directory.resolve(file.replace(".html", ".md")),
          "# " + Markdown.md(title) + "\n\n## " + Markdown.md(label) + "\n" + markdownPage,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pages.add(new ReportSummary.PageLink(label, file));
    htmlPage.setLength(0);
    markdownPage.setLength(0);
    inPage = 0;
  }

  /**
   * A new hidden sibling with the permissions of any new file in the directory (the umask's):
   * {@code Files.createTempFile} would make it owner-only (0600), and the report is for sharing.
   */
  private Path temp(String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p =
          directory.resolve(
              "."
                  + name
                  + "-"
                  + Long.toUnsignedString(
                      java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        Files.createFile(p);
        temporary.add(p);
        return p;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  private void move(Path from, String name) throws IOException {
    Files.move(
        from,
        directory.resolve(name),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
