package eu.civicai.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.barometer.Barometer;
import eu.civicai.governance.measure.Quantity;
import eu.civicai.governance.measure.Unit;
import eu.civicai.governance.register.Register;
import eu.civicai.governance.strategy.Acculturation;
import eu.civicai.governance.strategy.AcculturationSession;
import eu.civicai.governance.strategy.CommitteeDecision;
import eu.civicai.governance.strategy.CommitteeMeeting;
import eu.civicai.governance.strategy.CommitteeMember;
import eu.civicai.governance.strategy.Initiative;
import eu.civicai.governance.strategy.MemberRole;
import eu.civicai.governance.strategy.Milestone;
import eu.civicai.governance.strategy.MilestoneStatus;
import eu.civicai.governance.strategy.Roadmap;
import eu.civicai.governance.strategy.RoadmapAxis;
import eu.civicai.governance.strategy.RoadmapIndicator;
import eu.civicai.governance.strategy.SessionAudience;
import eu.civicai.governance.strategy.SessionFormat;
import eu.civicai.governance.strategy.Strategy;
import eu.civicai.governance.strategy.WatchCommittee;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.value.Valuation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 with issue 21: the committee reads each authority's strategy (roadmap progress,
 * acculturation, watch committee), the value of benefits against the footprint, and the barometer
 * by population band, in HTML, Markdown and the JSON data, French or English, escaped.
 */
class StrategyInReportTest {
  @TempDir Path dir;

  static Strategy sicoval() {
    AiUsage documented = Fixtures.documented();
    return Strategy.builder(documented.authority())
        .charterAdoptedOn(LocalDate.of(2025, 6, 1))
        .roadmap(
            Roadmap.builder("Feuille de route IA 2025-2027")
                .axes(
                    RoadmapAxis.of(
                        "eau",
                        "Eau",
                        Initiative.builder("fuites", "Fuites")
                            .milestones(
                                Milestone.done(
                                    "Pilote", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10)),
                                Milestone.of(
                                    "Généralisation",
                                    LocalDate.of(2026, 6, 1),
                                    MilestoneStatus.DELAYED),
                                Milestone.of(
                                    "Bilan", LocalDate.of(2027, 6, 1), MilestoneStatus.PLANNED))
                            .build()))
                .indicators(
                    RoadmapIndicator.of(
                            "pertes",
                            "Pertes du réseau <b>",
                            Quantity.of(1000, Unit.CUBIC_METRE),
                            Quantity.of(500, Unit.CUBIC_METRE))
                        .withTargetDate(LocalDate.of(2027, 12, 31))
                        .withMeasured(
                            Quantity.of(800, Unit.CUBIC_METRE), LocalDate.of(2026, 10, 1)))
                .build())
        .acculturation(
            Acculturation.builder()
                .sessions(
                    AcculturationSession.of(
                        LocalDate.of(2026, 3, 3),
                        SessionAudience.AGENTS,
                        SessionFormat.CAFE_IA,
                        "Café IA",
                        25,
                        "2"),
                    AcculturationSession.of(
                        LocalDate.of(2026, 5, 5),
                        SessionAudience.ELECTED_OFFICIALS,
                        SessionFormat.TRAINING,
                        "Formation des élus",
                        12,
                        "3"))
                .literacy(40, 18, LocalDate.of(2026, 9, 1))
                .build())
        .committee(
            WatchCommittee.builder("Comité de veille du Sicoval")
                .members(
                    CommitteeMember.of("Élue", MemberRole.ELECTED_OFFICIAL),
                    CommitteeMember.of("Technicien", MemberRole.TECHNICIAN))
                .meeting(
                    CommitteeMeeting.of(LocalDate.of(2026, 10, 14), "Élue", "Technicien")
                        .withDecisions(CommitteeDecision.of("Poursuivre la détection des fuites")))
                .meeting(CommitteeMeeting.of(LocalDate.of(2026, 4, 2), "Élue"))
                .build())
        .build();
  }

  private ReportSummary write(Locale locale) {
    Register register = Register.inMemory(Fixtures.CLOCK);
    Fixtures.usages().forEach(register::add);
    register.putStrategy(sicoval());
    CommitteeReport report =
        CommitteeReport.builder()
            .clock(Fixtures.CLOCK)
            .locale(locale)
            .strategies(register.strategies())
            .value(Valuation.withDefaults().portfolio(register))
            .barometer(Barometer.of(register, Fixtures.CLOCK))
            .build();
    return Fixtures.write(report, dir, Fixtures.usages(), locale);
  }

  @Test
  void strategy_roadmapAcculturationCommittee() throws Exception {
    ReportSummary s = write(Locale.FRENCH);
    assertThat(s.strategies()).singleElement();
    ReportSummary.StrategySection st = s.strategies().get(0);
    assertThat(st.authority()).isEqualTo("Sicoval");
    assertThat(st.roadmap()).isEqualTo("Feuille de route IA 2025-2027");
    assertThat(st.milestones())
        .extracting(Count::key, Count::count)
        .contains(
            org.assertj.core.groups.Tuple.tuple("DONE", 1L),
            org.assertj.core.groups.Tuple.tuple("DELAYED", 1L),
            org.assertj.core.groups.Tuple.tuple("PLANNED", 1L),
            org.assertj.core.groups.Tuple.tuple("IN_PROGRESS", 0L));
    // 1,000 → 800 of a way to 500: 40 %
    assertThat(st.indicators())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.progress()).isEqualTo(40);
              assertThat(i.target()).isEqualTo("500\u00a0m³ d’ici le 31 décembre 2027");
              assertThat(i.measured()).isEqualTo("800\u00a0m³ au 1er octobre 2026");
            });
    assertThat(st.sessions()).isEqualTo(2);
    assertThat(st.participants()).isEqualTo(37);
    assertThat(st.trainedPercent()).isEqualTo(45);
    assertThat(st.trainedShare()).isEqualTo("45\u00a0% (18 sur 40)");
    assertThat(st.meetings())
        .extracting(ReportSummary.MeetingLine::date)
        .containsExactly("14 octobre 2026", "2 avril 2026");
    assertThat(st.meetings().get(0).decisions())
        .containsExactly("Poursuivre la détection des fuites");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("Stratégie IA de chaque collectivité", "Comité de veille : Comité de veille du")
        .contains("Pertes du réseau &lt;b&gt;")
        .doesNotContain("Pertes du réseau <b>");
    assertThat(Files.readString(dir.resolve("report.md")))
        .contains(
            "## Stratégie IA de chaque collectivité", "Pertes du réseau &lt;b&gt;", "40\u00a0%");
  }

  @Test
  void valueAgainstFootprint_andBarometer_tablesAndCharts() throws Exception {
    ReportSummary s = write(Locale.FRENCH);
    assertThat(s.value()).isNotNull();
    assertThat(s.value().total()).isEqualTo(3);
    assertThat(s.value().rows())
        .filteredOn(r -> r.usage().startsWith("Détection des fuites"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.eurosValue()).isEqualTo(8_000_000);
              assertThat(r.euros()).isEqualTo("8\u202f000\u202f000\u00a0€");
              assertThat(r.footprintKg()).isEqualTo(70);
            });
    // The value is per year, and the report says so.
    assertThat(Files.readString(dir.resolve("report.md")))
        .contains("Valeur par an pour 3 usages", "| Valeur par an |");
    assertThat(s.value().factors()).isNotEmpty();
    assertThat(s.barometer()).isNotNull();
    assertThat(s.barometer().rows()).hasSize(6);
    assertThat(s.barometer().rows())
        .filteredOn(ReportSummary.BarometerRow::from50000)
        .extracting(ReportSummary.BarometerRow::key)
        .containsExactly("FROM_50000_TO_200000", "FROM_200000");
    assertThat(s.barometer().sizes())
        .extracting(ReportSummary.BarometerRow::key)
        .containsExactly("UNDER_50000", "FROM_50000");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html)
        .contains("id=\"chart-value\"", "id=\"chart-barometer\"", ">50 000 habitants</text>")
        .contains("Valeur des bénéfices et empreinte", "Baromètre de maturité");
    assertThat(Files.readString(dir.resolve("report-data.json")))
        .contains("\"strategies\":[{\"authority\":\"Sicoval\"");
    assertThat(
            ReportDataSchemaTest.schema()
                .validate(
                    new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(dir.resolve("report-data.json").toFile())))
        .isEmpty();
  }

  @Test
  void english() throws Exception {
    ReportSummary s = write(Locale.UK);
    assertThat(s.strategies().get(0).trainedShare()).isEqualTo("45% (18 of 40)");
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("Each authority’s AI strategy", "Median maturity by population band");
  }
}
