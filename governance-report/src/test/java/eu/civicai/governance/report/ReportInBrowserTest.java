package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.charter.EvaluationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML output loaded in headless Chromium (see {@link HeadlessChromium}): no console error,
 * {@code lang} set, headings in order, every chart an SVG of non-zero size with a title, the key
 * figures equal to the JSON data's. Writes {@code target/report-first-page-fixtures.png} (the
 * README's screenshot, of a clean report, is {@link ReportPrintInBrowserTest}'s).
 */
class ReportInBrowserTest {
  @TempDir static Path dir;
  static HeadlessChromium browser;
  static ReportSummary summary;

  private static final String HEADINGS =
      "[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName.substring(1)))";
  private static final String CHARTS =
      "[...document.querySelectorAll('figure.chart')].map(f => { const s = f.querySelector('svg');"
          + " const r = s ? s.getBoundingClientRect() : {width: 0, height: 0};"
          + " const t = s ? s.querySelector(':scope > title') : null;"
          + " return {id: f.id, width: r.width, height: r.height,"
          + " title: t ? t.textContent.trim() : '', desc: s && s.querySelector(':scope > desc') ?"
          + " s.querySelector(':scope > desc').textContent.trim() : '',"
          + " labelled: s ? s.getAttribute('aria-labelledby') : '', rows: f.querySelectorAll('tbody"
          + " tr').length}; })";
  private static final String FIGURES =
      "Object.fromEntries([...document.querySelectorAll('[data-figure]')]"
          + ".map(e => [e.dataset.figure, e.textContent.replace(/\\D/g, '')]))";

  @BeforeAll
  static void writeAndStart() throws Exception {
    // History for the trend chart; three authorities for the maturity chart.
    PreviousEvaluations previous =
        (usage, charterId) ->
            Fixtures.usages().stream()
                .filter(u -> u.id().equals(usage))
                .findFirst()
                .flatMap(
                    u ->
                        Fixtures.evaluate(u, Locale.FRENCH).reports().stream()
                            .filter(r -> r.charterId().equals(charterId))
                            .findFirst());
    summary =
        Fixtures.write(
            CommitteeReport.builder()
                .clock(Fixtures.CLOCK)
                .previous(previous)
                .publicPages(true)
                .usagesPerPage(2)
                .build(),
            dir.resolve("split"),
            Fixtures.usages(),
            Locale.FRENCH);
    Fixtures.write(
        CommitteeReport.builder().clock(Fixtures.CLOCK).previous(previous).build(),
        dir.resolve("whole"),
        Fixtures.usages(),
        Locale.FRENCH);
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyHtmlOutput_loadsWithoutError_withLangAndHeadingsInOrder() throws Exception {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    // whole and split reports, two split pages, three public pages
    assertThat(pages).hasSize(7);
    for (Path page : pages) {
      browser.load(page);
      assertThat(browser.errors()).as(page.toString()).isEmpty();
      assertThat(browser.evaluate("document.documentElement.lang").asText())
          .as(page.toString())
          .isEqualTo("fr");
      assertThat(browser.evaluate("document.title").asText()).as(page.toString()).isNotBlank();
      List<Integer> levels = new ArrayList<>();
      browser.evaluate(HEADINGS).forEach(n -> levels.add(n.asInt()));
      assertThat(levels).as(page.toString()).isNotEmpty().first().isEqualTo(1);
      assertThat(levels.stream().filter(l -> l == 1)).as(page + ": one h1").hasSize(1);
      for (int i = 1; i < levels.size(); i++) {
        assertThat(levels.get(i))
            .as(page + ": heading " + i + " after h" + levels.get(i - 1))
            .isLessThanOrEqualTo(levels.get(i - 1) + 1);
      }
      // Nothing is fetched: no resource besides the document itself.
      assertThat(browser.evaluate("performance.getEntriesByType('resource').length").asInt())
          .as(page.toString())
          .isZero();
    }
  }

  @Test
  void everyChart_isAnSvgOfNonZeroSize_withATitleAndATextAlternative() throws Exception {
    browser.load(dir.resolve("split/report.html"));
    JsonNode charts = browser.evaluate(CHARTS);
    List<String> ids = new ArrayList<>();
    for (JsonNode c : charts) {
      String id = c.get("id").asText();
      ids.add(id);
      assertThat(c.get("width").asDouble()).as(id).isGreaterThan(100);
      assertThat(c.get("height").asDouble()).as(id).isGreaterThan(20);
      assertThat(c.get("title").asText()).as(id).isNotBlank();
      assertThat(c.get("desc").asText()).as(id).isNotBlank();
      assertThat(c.get("labelled").asText()).as(id).isEqualTo(id + "-title " + id + "-desc");
      assertThat(c.get("rows").asInt()).as(id + ": data table").isPositive();
    }
    assertThat(ids)
        .containsExactly(
            "chart-verdicts",
            "chart-compass",
            "chart-benefits",
            "chart-timeline",
            "chart-trend",
            "chart-maturity");
  }

  @Test
  void keyFigures_inThePage_equalTheJsonData() throws Exception {
    JsonNode data = new ObjectMapper().readTree(dir.resolve("split/report-data.json").toFile());
    ReportSummary fromJson =
        new ObjectMapper().treeToValue(data.get("summary"), ReportSummary.class);
    assertThat(fromJson).isEqualTo(summary);
    browser.load(dir.resolve("split/report.html"));
    JsonNode figures = browser.evaluate(FIGURES);
    assertThat(figures.size()).isGreaterThan(20);
    for (Iterator<Map.Entry<String, JsonNode>> it = figures.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      assertThat(Long.parseLong(f.getValue().asText()))
          .as(f.getKey())
          .isEqualTo(CommitteeReportTest.figure(fromJson, f.getKey()));
    }
    assertThat(figures.get("usages").asText()).isEqualTo("3");
  }

  @Test
  void firstPage_screenshot_isWrittenUnderTarget() throws Exception {
    browser.load(dir.resolve("whole/report.html"));
    Path shot = Path.of("target/report-first-page-fixtures.png");
    assertThat(browser.screenshot(shot)).isGreaterThan(10_000);
    assertThat(Files.readAllBytes(shot)).startsWith(0x89, 'P', 'N', 'G');
  }

  static Optional<EvaluationReport> none() {
    return Optional.empty();
  }
}
