package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.register.Register;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.value.Valuation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an elected official reading the committee report found unclear or wrong, each fixed and held
 * here (December 2026 reading of the main job's report).
 */
class ElectedReadingTest {
  @TempDir Path dir;

  private static final String LEAKS = "Détection des fuites du réseau d'eau potable";

  /** Sicoval's and Valmont's usages of the same name, with the value of their benefits. */
  private ReportSummary namesakes(Locale locale) {
    List<AiUsage> usages = List.of(Fixtures.documented(), Fixtures.namesake());
    Register register = Register.inMemory(Fixtures.CLOCK);
    usages.forEach(register::add);
    CommitteeReport report =
        CommitteeReport.builder()
            .clock(Fixtures.CLOCK)
            .locale(locale)
            .value(Valuation.withDefaults().portfolio(register))
            .build();
    return Fixtures.write(report, dir, usages, locale);
  }

  @Test
  void usagesOfTheSameName_areToldApartByTheirAuthority_inEveryTableAndHeading() throws Exception {
    ReportSummary s = namesakes(Locale.FRENCH);
    assertThat(s.benefits().rows())
        .extracting(ReportSummary.BenefitRow::usage, ReportSummary.BenefitRow::authority)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LEAKS, "Sicoval"),
            org.assertj.core.groups.Tuple.tuple(LEAKS, "Valmont"));
    assertThat(s.value().rows())
        .extracting(ReportSummary.ValueRow::authority)
        .containsExactly("Sicoval", "Valmont");
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md)
        .contains("| Usage | Collectivité | Utilité |")
        .contains("| Usage | Collectivité | Bénéfices | Empreinte annuelle |")
        .contains("| Usage | Collectivité | Valeur par an |")
        .contains("| " + LEAKS + " | Sicoval | ", "| " + LEAKS + " | Valmont | ")
        .contains("### " + LEAKS + " — Sicoval\n", "### " + LEAKS + " — Valmont\n");
    // every table row naming a usage names its authority next to it
    assertThat(md.lines().filter(l -> l.startsWith("| " + LEAKS + " |")))
        .hasSize(6)
        .allMatch(l -> l.startsWith("| " + LEAKS + " | Sicoval |") || l.contains("| Valmont |"));
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("<tr><td>" + LEAKS + "</td><td>Sicoval</td>")
        .contains("<h3>" + LEAKS + " — Valmont</h3>");
    assertThat(html.split("<tr><td>" + LEAKS + "</td><td>Valmont</td>", -1).length - 1)
        .as("Valmont's row in the compass, benefits and value tables and in the charts' data")
        .isGreaterThanOrEqualTo(6);
  }
}
