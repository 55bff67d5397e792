package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitteeReportTest {
  @TempDir Path dir;

  @Test
  void finish_writesHtmlMarkdownAndJson_withTheSameFigures() throws Exception {
    ReportSummary summary = Fixtures.write(dir, Locale.FRENCH);
    assertThat(summary.usages()).isEqualTo(3);
    assertThat(summary.authorities()).isEqualTo(3);
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report-data.json").toFile());
    assertThat(json.get("usages")).hasSize(3);
    assertThat(json.at("/summary/usages").asLong()).isEqualTo(3);
    String html = Files.readString(dir.resolve("report.html"));
    Matcher m = Pattern.compile("data-figure=\"([^\"]+)\">([^<]*)<").matcher(html);
    int figures = 0;
    while (m.find()) {
      figures++;
      String key = m.group(1);
      long shown = Long.parseLong(m.group(2).replaceAll("[^0-9]", ""));
      assertThat(shown).as(key).isEqualTo(figure(summary, key));
    }
    assertThat(figures).isGreaterThan(20);
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md).startsWith("# Rapport au comité de veille").contains("| Idée | 1 |");
  }

  static long figure(ReportSummary s, String key) {
    if (key.equals("usages")) {
      return s.usages();
    }
    if (key.equals("authorities")) {
      return s.authorities();
    }
    String[] parts = key.split("\\.", 2);
    List<Count> counts =
        switch (parts[0]) {
          case "verdict" -> s.verdicts();
          case "tier" -> s.tiers();
          case "stage" -> s.stages();
          case "recommendation" -> s.recommendations();
          default -> null;
        };
    if (counts == null) {
      return s.decisions().stream()
          .filter(g -> g.key().equals(parts[1]))
          .findFirst()
          .orElseThrow()
          .total();
    }
    return counts.stream().filter(c -> c.key().equals(parts[1])).findFirst().orElseThrow().count();
  }

  @Test
  void html_isSelfContained_withAPrintStylesheetForA4() throws Exception {
    Fixtures.write(dir, Locale.FRENCH);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"fr\">", "@page{size:A4", "@media print", "<svg")
        .doesNotContain("<script", "<link", "@import", "src=\"http", "url(");
    // The only address is the SVG namespace (and none is fetched).
    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http://", "https://");
  }

  @Test
  void hostileText_isEscapedEverywhere() throws Exception {
    Fixtures.write(dir, Locale.FRENCH);
    for (String file : new String[] {"report.html", "fiches/hostile-usage.html"}) {
      String html = Files.readString(dir.resolve(file));
      assertThat(html)
          .as(file)
          .doesNotContain("<script>alert", "\u202e", "\u2066")
          .doesNotContainPattern("<[a-z]+[^>]*\\sonmouseover=")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\u202eevil\\u2066");
    }
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md)
        .doesNotContain("<script>", "\u202e")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\|\\*\\[a\\](b)\\#");
    String json = Files.readString(dir.resolve("report-data.json"));
    assertThat(json).doesNotContain("\u202e").contains("\\\\u202eevil");
  }

  @Test
  void plainLanguage_frenchDatesNumbersAndNone_noIdsNoArtefacts() throws Exception {
    Fixtures.write(dir, Locale.FRENCH);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("Établi le 27 novembre 2026", "12\u202f000", "1\u202f200\u00a0kWh")
        .contains("<p class=\"none\">aucun</p>")
        .doesNotContain("Indéterminé. .", ". .", "null")
        // ids and field paths never reach a reader
        .doesNotContain(
            "sicoval-fuites", "valmont-chatbot", "aiAct.", "decision.", "civicai.", "`");
    assertThat(Files.readString(dir.resolve("report.md"))).doesNotContain("Indéterminé. .", "null");
  }

  @Test
  void english_onRequest() throws Exception {
    ReportSummary summary = Fixtures.write(dir, Locale.UK);
    assertThat(summary.language()).isEqualTo("en");
    assertThat(summary.dateText()).isEqualTo("27 November 2026");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains(
            "<html lang=\"en\">",
            "Report to the watch committee",
            "12,000",
            "What the committee must decide now");
  }

  @Test
  void manyUsages_areSplitIntoPages() throws Exception {
    ReportSummary s =
        Fixtures.write(
            CommitteeReport.builder().clock(Fixtures.CLOCK).usagesPerPage(2).build(),
            dir,
            Fixtures.usages(),
            Locale.FRENCH);
    assertThat(s.pages())
        .extracting(ReportSummary.PageLink::file)
        .containsExactly("usages-0001.html", "usages-0002.html");
    assertThat(s.pages().get(1).label()).isEqualTo("Usages 3 à 3");
    assertThat(dir.resolve("usages-0001.md")).isRegularFile();
    String first = Files.readString(dir.resolve("usages-0001.html"));
    assertThat(first)
        .contains("Détection des fuites", "Agent conversationnel")
        .doesNotContain("&lt;script");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("href=\"usages-0002.html\"")
        .doesNotContain("<section class=\"usage\"");
  }

  @Test
  void add_afterFinish_isRefused() {
    try (ReportWriter out = CommitteeReport.builder().clock(Fixtures.CLOCK).build().open(dir)) {
      out.finish();
      assertThatThrownBy(
              () -> out.add(Fixtures.idea(), Fixtures.evaluate(Fixtures.idea(), Locale.FRENCH)))
          .isInstanceOf(ReportException.class)
          .satisfies(
              e -> {
                assertThat(((ReportException) e).message(Locale.FRENCH))
                    .isEqualTo("`add` : le rapport est déjà terminé ; ouvrez un nouveau rapport");
                assertThat(e.getMessage())
                    .isEqualTo("`add`: the report is already finished; open a new one");
              });
    }
  }

  @Test
  void add_anotherUsagesEvaluation_isRefused() {
    try (ReportWriter out = CommitteeReport.builder().clock(Fixtures.CLOCK).build().open(dir)) {
      assertThatThrownBy(
              () ->
                  out.add(Fixtures.idea(), Fixtures.evaluate(Fixtures.documented(), Locale.FRENCH)))
          .isInstanceOf(ReportException.class)
          .hasMessage(
              "`evaluation.usage`: the evaluation is of usage sicoval-fuites, not of usage valmont-chatbot");
    }
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void builder_rejectsBadSettings() {
    assertThatThrownBy(() -> CommitteeReport.builder().build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`clock` must not be null");
    assertThatThrownBy(() -> CommitteeReport.builder().usagesPerPage(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("`usagesPerPage` must be at least 1, but was 0");
  }

  @Test
  void sections_groupFindingsByPrinciple_withRemediationAndSources() {
    UsageSection s;
    try (ReportWriter out = CommitteeReport.builder().clock(Fixtures.CLOCK).build().open(dir)) {
      s = out.add(Fixtures.idea(), Fixtures.evaluate(Fixtures.idea(), Locale.FRENCH));
    }
    assertThat(s.anchor()).isEqualTo("u1");
    assertThat(s.stage()).isEqualTo("Idée");
    assertThat(s.whyAi()).isEqualTo("non renseigné");
    assertThat(s.charters()).isNotEmpty();
    UsageSection.CharterResult ethics = s.charters().get(0);
    assertThat(ethics.principles()).isNotEmpty();
    assertThat(ethics.principles())
        .allSatisfy(p -> assertThat(p.findings()).isNotEmpty())
        .flatExtracting(UsageSection.PrincipleFindings::findings)
        .allSatisfy(
            f -> {
              assertThat(f.outcome()).isIn("Non satisfait", "Information manquante");
              assertThat(f.text())
                  .doesNotStartWith("Non satisfait")
                  .doesNotStartWith("Inconnu")
                  .doesNotContain("`");
            })
        .anySatisfy(f -> assertThat(f.sources()).isNotBlank());
  }
}
