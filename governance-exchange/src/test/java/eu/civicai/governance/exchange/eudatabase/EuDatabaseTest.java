package eu.civicai.governance.exchange.eudatabase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.RandomUsages;
import eu.civicai.governance.exchange.internal.View;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.AnnexIiiPoint;
import eu.civicai.governance.usage.FundamentalRightsAssessment;
import eu.civicai.governance.usage.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** EU database registration of deployers (AI Act Art. 49(3), Annex VIII, Section C). */
class EuDatabaseTest {
  private static final DatasetLookup NONE = DatasetLookup.of(List.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Annex VIII, Section C: the points and the fields this export adds to identify the record. */
  private static final Set<String> FIELDS =
      Set.of(
          "regulation",
          "language",
          "usageId",
          "aiSystemName",
          "databaseSection",
          "annexIii",
          "deployerRegistrationReference",
          "deployer",
          "submitter",
          "providerDatabaseEntry",
          "friaSummary",
          "friaReference",
          "dpiaSummary");

  private static final List<String> REQUIRED =
      List.of(
          "language",
          "deployer.name",
          "deployer.address",
          "deployer.contact",
          "submitter",
          "providerDatabaseEntry",
          "friaSummary",
          "dpiaSummary");

  static List<String> violations(JsonNode r) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        out.add(f + ": unknown field");
      }
    }
    for (String path : REQUIRED) {
      JsonNode v = r.at("/" + path.replace('.', '/'));
      if (v.isMissingNode() || (v.isTextual() && v.asText().isBlank())) {
        out.add(path + ": required");
      }
    }
    if (r.has("submitter") && !r.get("submitter").has("contact")) {
      out.add("submitter.contact: required");
    }
    if (!r.path("regulation").asText().equals(EuDatabase.BASIS)) {
      out.add("regulation: wrong");
    }
    return out;
  }

  @Test
  void export_onlyTheUsagesTheClassifierSaysMustRegister_validExceptWhereSaid() throws Exception {
    RandomUsages random = new RandomUsages(49);
    AnnexIiiPoint[] points = AnnexIiiPoint.values();
    int written = 0;
    for (int round = 0; round < 4; round++) {
      List<AiUsage> usages = new ArrayList<>();
      for (AiUsage u : random.next(50)) {
        usages.add(
            usages.size() % 2 == 0 ? random.highRisk(u, points[usages.size() % points.length]) : u);
      }
      for (ExportProfile profile : ExportProfile.values()) {
        Export e = EuDatabase.export(usages, profile, NONE);
        JsonNode records = JSON.readTree(e.text());
        List<String> ids = new ArrayList<>();
        records.forEach(r -> ids.add(r.get("usageId").asText()));
        List<String> expected =
            usages.stream()
                .filter(u -> EuDatabase.needsRegistration(u).orElse(false))
                .filter(u -> View.of(u, profile) != null)
                .map(u -> u.id().value())
                .toList();
        assertThat(ids).isEqualTo(expected);
        written += ids.size();
        for (int i = 0; i < records.size(); i++) {
          int record = i + 1;
          assertThat(violations(records.get(i)))
              .containsExactlyInAnyOrderElementsOf(
                  e.diagnostics().stream()
                      .filter(d -> d.row() == record && d.rule().equals("export.missing"))
                      .map(d -> d.column() + ": required")
                      .toList());
        }
        for (AiUsage u : usages) {
          if (!ids.contains(u.id().value())) {
            assertThat(e.diagnostics())
                .filteredOn(d -> d.detail().equals(u.id().value()))
                .extracting(Diagnostic::rule)
                .containsAnyOf("export.notRequired", "export.undetermined", "export.withheld");
          }
        }
      }
    }
    assertThat(written).isGreaterThan(20); // the check bites
  }

  @Test
  void export_publicBenefits_withFria_andCriticalInfrastructure_leftOut() throws Exception {
    RandomUsages random = new RandomUsages(3);
    AiUsage base = random.next();
    AiUsage benefits = random.highRisk(base, AnnexIiiPoint.P5_A);
    benefits =
        benefits.toBuilder()
            .aiAct(
                benefits.aiAct().toBuilder()
                    .fria(
                        FundamentalRightsAssessment.builder(1, LocalDate.of(2026, 3, 1))
                            .processes("Instruction des demandes d'aide")
                            .affectedCategories("Demandeurs")
                            .build())
                    .build())
            .metadata(m -> m.language("fr"))
            .transparency(t -> t.visibility(java.util.Map.of()))
            .build();
    AiUsage police = random.highRisk(random.next(), AnnexIiiPoint.P6_A);

    Export e = EuDatabase.export(List.of(benefits, police), ExportProfile.FULL, NONE);

    JsonNode records = JSON.readTree(e.text());
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("databaseSection").asText()).isEqualTo("public");
    assertThat(records.get(0).get("friaSummary").asText())
        .isEqualTo("Version 1 du 2026-03-01\n(a) Instruction des demandes d'aide\n(c) Demandeurs");
    assertThat(records.get(0).get("language").asText()).isEqualTo("fr");
    assertThat(records.get(1).get("databaseSection").asText())
        .isEqualTo("secure non-public (Art. 49(4))");
    assertThat(e.diagnostics("export.missing"))
        .extracting(Diagnostic::column)
        .contains("deployer.address", "providerDatabaseEntry");
    assertThat(Part.AI_ACT.defaultVisibility()).isNotNull();
  }
}
