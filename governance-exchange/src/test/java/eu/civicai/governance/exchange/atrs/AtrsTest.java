package eu.civicai.governance.exchange.atrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.RandomUsages;
import eu.civicai.governance.exchange.References;
import eu.civicai.governance.usage.AiUsage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ATRS 4.0: the field table is the 3.0 template (read from {@code ../shared/reference/atrs/}) with
 * the 3.0 → 4.0 change log applied, and every record is valid against it except where a diagnostic
 * says a required field is missing.
 */
class AtrsTest {
  private static final DatasetLookup NONE = DatasetLookup.of(List.of());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The change log's renames (3.0 attribute → 4.0 attribute). */
  private static final Map<String, String> RENAMED =
      Map.of(
          "external_supplier_involvement", "third_party_involvement",
          "external_supplier", "third_party",
          "external_supplier_role", "third_party_role",
          "human_decisions_and_review", "human_review",
          "scope", "detailed_description",
          "process_integration", "integration_into_broader_operational_process",
          "provided_information", "integration_into_broader_operational_process",
          "dataset_purposes", "datasets");

  /** Attribute → required, from the 3.0 template, with the 4.0 changes applied. */
  static Map<String, Boolean> template40() throws Exception {
    Map<String, Boolean> fields = new LinkedHashMap<>();
    boolean inToolSpecification = false;
    for (String line : Files.readAllLines(References.file("atrs/template-v3.0.md"))) {
      String[] cells = line.split("\\|");
      if (cells.length < 9 || !cells[1].strip().matches("[0-9.]+")) {
        continue;
      }
      String reference = cells[1].strip();
      String attribute = cells[2].replace("<br>", "").strip();
      String category = cells[5].strip();
      boolean required = cells[8].strip().equals("TRUE");
      if (category.equals("Metadata")) {
        continue; // 4.0: the filtering fields are deleted
      }
      inToolSpecification = category.equals("Tool Specification");
      if (inToolSpecification && attribute.equals("phase")) {
        continue; // 4.0: the tool specification's phase is deleted (kept in the title)
      }
      String name = RENAMED.getOrDefault(attribute, attribute);
      String key = (category.equals("Data Specification") ? "data." : "") + name;
      fields.merge(key, required, Boolean::logicalOr);
      assertThat(reference).isNotEmpty();
    }
    fields.put("system_level_input", false); // 4.0: added
    fields.put("system_level_output", false);
    return fields;
  }

  @Test
  void fieldTable_isThe30TemplateWithThe40ChangesApplied() throws Exception {
    Map<String, Boolean> expected = template40();
    Map<String, Boolean> table = new LinkedHashMap<>();
    for (AtrsField f : AtrsField.ALL) {
      table.put(f.name(), f.required());
    }
    for (AtrsField f : AtrsField.MODEL_FIELDS) {
      table.put(f.name(), f.required());
    }
    for (AtrsField f : AtrsField.DATA) {
      table.put("data." + f.name(), f.required());
    }
    // 'phase' of the title and 'name' of tier 1 are distinct fields with one name each.
    assertThat(table).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(Files.readString(References.file("atrs/changelog-v3.0-to-v4.0.txt")))
        .contains("Private beta", "Public beta", "International", "Third party", "Human review");
  }

  /** Returns the violations of one record, as {@code section.field: rule}. */
  static List<String> violations(JsonNode record) {
    List<String> out = new ArrayList<>();
    Set<String> sections = Set.copyOf(AtrsField.SECTIONS);
    record
        .fieldNames()
        .forEachRemaining(
            s -> {
              if (!sections.contains(s)) {
                out.add(s + ": unknown section");
              }
            });
    for (AtrsField f : AtrsField.ALL) {
      JsonNode section = record.get(f.section());
      JsonNode v = section == null ? null : section.get(f.name());
      if (v == null || !v.isTextual() || v.asText().isBlank()) {
        if (f.required()) {
          out.add(f.section() + "." + f.name() + ": required");
        }
      }
    }
    for (String s :
        List.of(
            AtrsField.TITLE,
            AtrsField.TIER_1,
            AtrsField.OWNER,
            AtrsField.DESCRIPTION,
            AtrsField.DEPLOYMENT,
            AtrsField.TOOL,
            AtrsField.RISKS)) {
      for (Iterator<String> it = record.get(s).fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (AtrsField.ALL.stream().noneMatch(f -> f.section().equals(s) && f.name().equals(name))) {
          out.add(s + "." + name + ": unknown field");
        }
      }
    }
    JsonNode phase = record.get(AtrsField.TITLE).get("phase");
    if (phase != null && !AtrsField.PHASES.contains(phase.asText())) {
      out.add("title_information.phase: not permitted");
    }
    JsonNode region = record.get(AtrsField.TITLE).get("region");
    if (region != null && !AtrsField.REGIONS.contains(region.asText())) {
      out.add("title_information.region: not permitted");
    }
    items(out, record, AtrsField.MODEL, AtrsField.MODEL_FIELDS);
    items(out, record, AtrsField.DEVELOPMENT_DATA, AtrsField.DATA);
    items(out, record, AtrsField.OPERATIONAL_DATA, AtrsField.DATA);
    if (record.get(AtrsField.OPERATIONAL_DATA).isEmpty()) {
      out.add(AtrsField.OPERATIONAL_DATA + ": required");
    }
    return out;
  }

  private static void items(
      List<String> out, JsonNode record, String section, List<AtrsField> fields) {
    JsonNode list = record.get(section);
    for (int i = 0; i < list.size(); i++) {
      for (AtrsField f : fields) {
        JsonNode v = list.get(i).get(f.name());
        if (f.required() && (v == null || v.asText().isBlank())) {
          out.add(section + "[" + i + "]." + f.name() + ": required");
        }
      }
      for (Iterator<String> it = list.get(i).fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (fields.stream().noneMatch(f -> f.name().equals(name))) {
          out.add(section + "[" + i + "]." + name + ": unknown field");
        }
      }
    }
  }

  @Test
  void export_generatedRegisters_validExceptWhereADiagnosticSaysSo() throws Exception {
    RandomUsages random = new RandomUsages(40);
    for (int round = 0; round < 5; round++) {
      List<AiUsage> usages = random.next(60);
      for (ExportProfile profile : ExportProfile.values()) {
        Export e = Atrs.export(usages, profile, NONE);
        JsonNode records = JSON.readTree(e.text());
        for (int i = 0; i < records.size(); i++) {
          int record = i + 1;
          List<String> expected =
              e.diagnostics().stream()
                  .filter(d -> d.row() == record && d.rule().equals("export.missing"))
                  .map(d -> d.column() + ": required")
                  .toList();
          assertThat(violations(records.get(i)))
              .as("record %d, round %d, %s", record, round, profile)
              .containsExactlyInAnyOrderElementsOf(expected);
        }
      }
    }
  }

  @Test
  void export_sample_tier1AndTier2_developmentAndOperationalDataApart() throws Exception {
    AiUsage u =
        AiUsage.builder("fuites")
            .name("Détection des fuites")
            .summary("Repérer plus tôt les fuites.")
            .authority(
                eu.civicai.governance.org.Authority.of(
                    "Sicoval", eu.civicai.governance.org.AuthorityKind.COMMUNAUTE_AGGLOMERATION))
            .status(s -> s.stage(eu.civicai.governance.usage.Stage.EXPERIMENTATION))
            .system(s -> s.models(eu.civicai.governance.usage.AiModel.of("gbm").withVersion("2")))
            .dataUse(
                d ->
                    d.datasets(
                        eu.civicai.governance.usage.DatasetUse.of(
                            "historique", eu.civicai.governance.usage.DataRole.TRAINING),
                        eu.civicai.governance.usage.DatasetUse.of(
                            "telereleve", eu.civicai.governance.usage.DataRole.INPUT)))
            .metadata(m -> m.language("fr"))
            .build();

    Export e = Atrs.export(List.of(u), ExportProfile.FULL, NONE);

    JsonNode r = JSON.readTree(e.text()).get(0);
    assertThat(r.get("title_information").get("phase").asText()).isEqualTo("Private beta");
    assertThat(r.get("title_information").get("region").asText()).isEqualTo("International");
    assertThat(r.get("summary_information").get("name").asText()).isEqualTo("Détection des fuites");
    assertThat(r.get("development_data").get(0).get("source_data_name").asText())
        .isEqualTo("historique");
    assertThat(r.get("operational_data").get(0).get("source_data_name").asText())
        .isEqualTo("telereleve");
    assertThat(r.get("model_specification").get(0).get("datasets").asText())
        .isEqualTo("historique (Entraînement)");
    assertThat(e.diagnostics("export.approximate"))
        .extracting(Diagnostic::column)
        .containsExactly("phase");
    assertThat(e.diagnostics("export.incomplete"))
        .extracting(Diagnostic::detail)
        .contains("atrs.tier1.contact");
  }
}
