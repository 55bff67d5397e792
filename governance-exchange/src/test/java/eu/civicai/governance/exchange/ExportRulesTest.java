package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.civicai.governance.Visibility;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.atrs.Atrs;
import eu.civicai.governance.exchange.crpa.CrpaInventory;
import eu.civicai.governance.exchange.cyclonedx.CycloneDx;
import eu.civicai.governance.exchange.eudatabase.EuDatabase;
import eu.civicai.governance.exchange.nlregister.AlgoritmeRegister;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Part;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules every export follows (issue 22), on generated registers: it never fails, the same
 * usages give the same bytes, and in the public profile no text of a restricted part appears.
 */
class ExportRulesTest {
  private static final DatasetLookup NONE = DatasetLookup.of(List.of());

  static Stream<Arguments> exporters() {
    return Stream.of(
        Arguments.of("interconnectes", InterconnectesCsv.exporter()),
        Arguments.of("nl-register", AlgoritmeRegister.exporter()),
        Arguments.of("atrs", Atrs.exporter()),
        Arguments.of("eu-database", EuDatabase.exporter()),
        Arguments.of("crpa-inventory", CrpaInventory.exporter()),
        Arguments.of("cyclonedx", CycloneDx.exporter()));
  }

  /**
   * A generated register, one usage in three answered as high-risk (so that every format writes).
   */
  static List<AiUsage> register(RandomUsages random, int size) {
    eu.civicai.governance.usage.AnnexIiiPoint[] points =
        eu.civicai.governance.usage.AnnexIiiPoint.values();
    List<AiUsage> out = new java.util.ArrayList<>();
    for (AiUsage u : random.next(size)) {
      out.add(out.size() % 3 == 0 ? random.highRisk(u, points[out.size() % points.length]) : u);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exporters")
  void export_isDeterministic(String name, Exporter exporter) {
    List<AiUsage> usages = register(new RandomUsages(1), 150);
    for (ExportProfile profile : ExportProfile.values()) {
      Export first = exporter.export(usages, profile, NONE);
      Export again = exporter.export(register(new RandomUsages(1), 150), profile, NONE);
      assertThat(again.bytes()).as(name).isEqualTo(first.bytes());
      assertThat(again.diagnostics()).isEqualTo(first.diagnostics());
      assertThat(first.format()).isEqualTo(name);
      assertThat(first.text()).doesNotContain("\r");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exporters")
  void publicProfile_neverShowsARestrictedPart(String name, Exporter exporter) {
    RandomUsages random = new RandomUsages(99);
    for (int round = 0; round < 4; round++) {
      List<AiUsage> usages = register(random, 80);
      String text = exporter.export(usages, ExportProfile.PUBLIC, NONE).text();
      String full = exporter.export(usages, ExportProfile.FULL, NONE).text();
      int shownInFull = 0;
      for (AiUsage u : usages) {
        int n = Integer.parseInt(u.id().value().substring("usage-".length()));
        for (Part p : Part.values()) {
          Visibility v = u.transparency().visibilityOf(p);
          boolean identityHidden =
              u.transparency().visibilityOf(Part.IDENTITY) != Visibility.PUBLIC;
          if (v == Visibility.RESTRICTED || identityHidden) {
            assertThat(text)
                .as("%s, usage %d, part %s", name, n, p)
                .doesNotContain(RandomUsages.marker(p, n))
                .doesNotContain(RandomUsages.marker(p, n).toLowerCase(java.util.Locale.ROOT));
            if (full.contains(RandomUsages.marker(p, n))) {
              shownInFull++;
            }
          }
        }
      }
      // The check bites: restricted parts are in the full export.
      assertThat(shownInFull).as(name).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exporters")
  void publicProfile_restrictedIdentity_leavesTheUsageOut(String name, Exporter exporter) {
    RandomUsages random = new RandomUsages(5);
    AiUsage u = random.highRisk(random.next(), eu.civicai.governance.usage.AnnexIiiPoint.P5_A);
    AiUsage hidden =
        u.toBuilder()
            .transparency(
                u.transparency().toBuilder()
                    .visibility(Map.of(Part.IDENTITY, Visibility.RESTRICTED))
                    .build())
            .build();

    Export e = exporter.export(List.of(hidden), ExportProfile.PUBLIC, NONE);

    assertThat(e.text()).doesNotContain(u.name());
    assertThat(e.diagnostics("export.withheld"))
        .singleElement()
        .extracting(Diagnostic::detail)
        .isEqualTo(u.id().value());
  }
}
