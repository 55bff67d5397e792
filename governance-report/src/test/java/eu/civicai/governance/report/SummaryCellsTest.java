package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.aiact.AiActClassifier;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.PortfolioReport;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.usage.AiUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18: a summary table cell that says a value is missing starts with a capital, as every other
 * cell of the table does ("Idée", "Non renseigné"), in French and in English; inside a sentence the
 * same words stay in lower case ("… — non renseigné — Boussole : non évalué").
 */
class SummaryCellsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fr, Non renseigné, Non évalué, Non mesuré, Boussole :",
    "en, Not stated, Not evaluated, Not measured, Compass:"
  })
  void missingValues_atTheStartOfASummaryCell_areCapitalised(
      String language, String notStated, String notEvaluated, String notMeasured, String rec)
      throws Exception {
    Locale locale = language.equals("fr") ? Locale.FRENCH : Locale.UK;
    // hostile() has no stage; evaluated without the compass, it has no recommendation.
    AiUsage noStage = Fixtures.hostile();
    PortfolioReport.UsageEvaluation withoutCompass =
        new PortfolioReport.UsageEvaluation(
            noStage.id(),
            AiActClassifier.classify(noStage, Fixtures.TODAY),
            CharterEvaluator.of(BuiltInCharters.ethics())
                .evaluate(noStage, EvaluationContext.of(Fixtures.CLOCK, locale)));
    Strategy strategy =
        Strategy.builder(Fixtures.documented().authority())
            .roadmap(
                Roadmap.builder("Feuille de route")
                    .indicators(
                        new RoadmapIndicator(
                            "pertes",
                            "Pertes",
                            null,
                            Quantity.of(500, Unit.CUBIC_METRE),
                            null,
                            null,
                            null))
                    .build())
            .build();
    CommitteeReport report =
        CommitteeReport.builder()
            .clock(Fixtures.CLOCK)
            .locale(locale)
            .strategies(List.of(strategy))
            .build();
    ReportSummary s;
    try (ReportWriter out = report.open(dir)) {
      AiUsage idea = Fixtures.idea();
      out.add(idea, Fixtures.evaluate(idea, locale));
      out.add(noStage, withoutCompass);
      s = out.finish();
    }

    Count lastStage = s.stages().get(s.stages().size() - 1);
    assertThat(lastStage.key()).isEqualTo("NOT_STATED");
    assertThat(lastStage.label()).isEqualTo(notStated);
    assertThat(lastStage.count()).isEqualTo(1);
    Count lastRecommendation = s.recommendations().get(s.recommendations().size() - 1);
    assertThat(lastRecommendation.key()).isEqualTo("NOT_EVALUATED");
    assertThat(lastRecommendation.label()).isEqualTo(notEvaluated);
    assertThat(lastRecommendation.count()).isEqualTo(1);
    ReportSummary.IndicatorLine indicator = s.strategies().get(0).indicators().get(0);
    assertThat(indicator.baseline()).isEqualTo(notStated);
    assertThat(indicator.measured()).isEqualTo(notMeasured);

    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("<tr><td>" + notStated + "</td><td class=\"n\" data-figure=\"stage.NOT_STATED\">")
        .contains(
            "<tr><td>"
                + notEvaluated
                + "</td><td class=\"n\" data-figure=\"recommendation.NOT_EVALUATED\">")
        .contains("<tr><td>Pertes</td><td>" + notStated + "</td>")
        // The same words inside the sentence of a usage's section stay in lower case.
        .contains(
            " — " + lowerFirst(notStated) + " — " + rec + " " + lowerFirst(notEvaluated) + "</p>")
        .doesNotContain("<td>" + lowerFirst(notStated), "<td>" + lowerFirst(notEvaluated));
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md)
        .contains("| " + notStated + " | 1 |", "| " + notEvaluated + " | 1 |")
        .doesNotContain("| " + lowerFirst(notStated), "| " + lowerFirst(notEvaluated));
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
