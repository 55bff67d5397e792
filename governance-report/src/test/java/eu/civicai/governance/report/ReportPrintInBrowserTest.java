package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committee report printed on A4 in headless Chromium (see {@link HeadlessChromium}): under
 * print media nothing is wider than the printable width (210 mm less the {@code @page} margins, at
 * 96 px per inch), every chart avoids a page break inside it, and {@code Page.printToPDF} gives a
 * PDF whose page count is written to {@code target/report-print-pages.txt}. Also writes the first
 * page of a clean report (realistic usages only, no hostile fixture) to {@code
 * target/report-first-page.png}, the README's screenshot.
 */
class ReportPrintInBrowserTest {
  @TempDir static Path dir;
  static HeadlessChromium browser;

  /** The @page rule's left and right margins, in millimetres as written in the stylesheet. */
  private static final String PAGE_MARGINS =
      "(() => { for (const s of document.styleSheets) for (const r of s.cssRules)"
          + " if (r instanceof CSSPageRule) return [r.style.marginLeft, r.style.marginRight];"
          + " return null; })()";

  /** The document's scroll width and the element reaching furthest right. */
  private static final String WIDEST =
      "(() => { let w = {right: 0, width: 0, what: ''};"
          + " for (const e of document.body.querySelectorAll('*')) {"
          + " const r = e.getBoundingClientRect();"
          + " if (r.right > w.right) w = {right: r.right, width: r.width, what: e.tagName"
          + " + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className"
          + " ? '.' + e.className : '')}; }"
          + " return {scroll: document.documentElement.scrollWidth, right: w.right,"
          + " width: w.width, what: w.what}; })()";

  /** Every chart: each figure holding an SVG, and each SVG outside a figure. */
  private static final String CHART_BREAKS =
      "[...document.querySelectorAll('figure, svg')]"
          + ".filter(e => e.tagName.toLowerCase() === 'figure' ? e.querySelector('svg')"
          + " : !e.closest('figure'))"
          + ".map(e => { const c = getComputedStyle(e); return {what: e.tagName + '#' + e.id,"
          + " breakInside: c.breakInside, pageBreakInside: c.pageBreakInside}; })";

  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");

  @BeforeAll
  static void writeAndStart() throws Exception {
    Fixtures.write(
        CommitteeReport.builder().clock(Fixtures.CLOCK).build(),
        dir.resolve("clean"),
        cleanUsages(),
        Locale.FRENCH);
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void screen() throws Exception {
    if (browser != null) {
      browser.media("");
      browser.viewport(1000, 1414);
    }
  }

  /** Realistic usages only: what an elected official would see, without the hostile fixture. */
  static List<eu.civicai.governance.usage.AiUsage> cleanUsages() {
    return List.of(Fixtures.documented(), Fixtures.idea(), Fixtures.restricted());
  }

  /** The A4 printable width in CSS pixels, from the stylesheet's own @page margins. */
  static int printableWidth() throws Exception {
    JsonNode margins = browser.evaluate(PAGE_MARGINS);
    assertThat(margins.isArray()).as("an @page rule with margins").isTrue();
    double mm = 210;
    for (JsonNode m : margins) {
      assertThat(m.asText()).as("@page margin").endsWith("mm");
      mm -= Double.parseDouble(m.asText().replace("mm", ""));
    }
    return (int) Math.floor(mm / 25.4 * 96);
  }

  private static void loadForPrint(Path page) throws Exception {
    browser.load(page);
    int width = printableWidth();
    browser.viewport(width, 1000);
    browser.media("print");
  }

  @Test
  void underPrintMedia_nothingIsWiderThanTheA4PrintableWidth() throws Exception {
    loadForPrint(dir.resolve("clean/report.html"));
    int width = printableWidth();
    assertThat(width).isBetween(600, 794); // 182 mm is 687 px
    JsonNode widest = browser.evaluate(WIDEST);
    assertThat(widest.get("scroll").asInt()).as("scroll width").isLessThanOrEqualTo(width);
    assertThat(widest.get("right").asDouble())
        .as("widest element: " + widest.get("what").asText())
        .isLessThanOrEqualTo(width + 0.5);
  }

  @Test
  void theWidthCheck_catchesATableTooWideForTheSheet() throws Exception {
    loadForPrint(dir.resolve("clean/report.html"));
    int width = printableWidth();
    browser.evaluate(
        "(() => { const t = document.createElement('table'); t.id = 'too-wide';"
            + " t.style.width = '3000px'; t.insertRow().insertCell().textContent = 'x';"
            + " document.querySelector('main, body').appendChild(t); return true; })()");
    JsonNode widest = browser.evaluate(WIDEST);
    assertThat(widest.get("scroll").asInt()).isGreaterThan(width);
    assertThat(widest.get("right").asDouble()).isGreaterThan(width + 0.5);
    assertThat(widest.get("what").asText()).isEqualTo("TABLE#too-wide");
  }

  @Test
  void underPrintMedia_everyChartAvoidsAPageBreakInside() throws Exception {
    loadForPrint(dir.resolve("clean/report.html"));
    JsonNode charts = browser.evaluate(CHART_BREAKS);
    assertThat(charts.size()).as("charts").isGreaterThanOrEqualTo(4);
    for (JsonNode c : charts) {
      assertThat(
              List.of(c.get("breakInside").asText(), c.get("pageBreakInside").asText())
                  .contains("avoid"))
          .as(c.get("what").asText() + " " + c)
          .isTrue();
    }
  }

  @Test
  void printedToPdfOnA4_givesAPdfOfAtLeastOnePage() throws Exception {
    loadForPrint(dir.resolve("clean/report.html"));
    byte[] pdf = browser.printToPdfA4();
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    Matcher m = PAGE.matcher(text);
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    assertThat(pages).isGreaterThanOrEqualTo(1);
    Path out = Path.of("target/report-print.pdf");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, pdf);
    Files.writeString(Path.of("target/report-print-pages.txt"), pages + "\n");
    System.out.println(
        "committee report printed on A4: " + pages + " pages, " + pdf.length + " bytes");
  }

  @Test
  void cleanReport_firstPageScreenshot_isWrittenUnderTarget() throws Exception {
    browser.load(dir.resolve("clean/report.html"));
    assertThat(browser.errors()).isEmpty();
    assertThat(browser.evaluate("document.body.innerText").asText())
        .doesNotContain("<script>")
        .doesNotContain("aiAct.")
        .contains("Détection des fuites du réseau d'eau potable");
    Path shot = Path.of("target/report-first-page.png");
    assertThat(browser.screenshot(shot)).isGreaterThan(10_000);
    assertThat(Files.readAllBytes(shot)).startsWith(0x89, 'P', 'N', 'G');
  }
}
