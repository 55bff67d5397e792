package eu.civicai.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiUsage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: evidence and messages render every value in bounded length, whatever the value: a
 * 20,000-character description, a quantity of {@code 1E+900}, a fraction of 900 digits.
 */
class Issue16EvidenceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void issue16_evidenceValues_areBounded_forHugeButValidValues() {
    Charter charter =
        Charter.builder("test.bounds", "1")
            .title("Bornes", "Bounds")
            .source("test")
            .principle(
                "p",
                "P",
                "P",
                p ->
                    p.criterion(
                            "energy.small",
                            Severity.MINOR,
                            c ->
                                c.title("t", "t")
                                    .rationale("r", "r")
                                    .remediation("m", "m")
                                    .requires(ImpactFacts.INFERENCE_ENERGY_KWH.atMost(10)))
                        .criterion(
                            "description.named",
                            Severity.MINOR,
                            c ->
                                c.title("t", "t")
                                    .rationale("r", "r")
                                    .remediation("m", "m")
                                    .requires(UsageFacts.DESCRIPTION.is("x"))))
            .build();
    List<Charter> charters = new ArrayList<>(BuiltInCharters.all());
    charters.add(charter);
    for (String value : new String[] {"1e900", "1e-900", "123456789.123456789e-850"}) {
      AiUsage usage =
          AiUsage.builder("u")
              .name("N")
              .description("d".repeat(20_000))
              .authority(Authority.of("V", AuthorityKind.COMMUNE))
              .footprint(
                  f -> f.inferenceEnergyPerYear(new Quantity(new BigDecimal(value), Unit.MWH)))
              .build();

      List<EvaluationReport> reports =
          CharterEvaluator.of(charters).evaluate(usage, EvaluationContext.of(CLOCK, Locale.FRENCH));

      List<String> rendered = new ArrayList<>();
      for (EvaluationReport report : reports) {
        for (Finding finding : report.findings()) {
          finding.evidence().forEach(e -> rendered.add(String.valueOf(e.value())));
          rendered.add(finding.message());
        }
      }
      assertThat(rendered).isNotEmpty().allSatisfy(text -> assertThat(text).hasSizeLessThan(400));
      assertThat(rendered).anySatisfy(text -> assertThat(text).contains("E"));
    }
  }
}
