package eu.civicai.governance.exchange.nlregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.Visibility;
import eu.civicai.governance.data.DatasetLookup;
import eu.civicai.governance.exchange.Diagnostic;
import eu.civicai.governance.exchange.Export;
import eu.civicai.governance.exchange.ExportProfile;
import eu.civicai.governance.exchange.ImportResult;
import eu.civicai.governance.exchange.RandomUsages;
import eu.civicai.governance.org.Authority;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.org.Contact;
import eu.civicai.governance.org.ContactRole;
import eu.civicai.governance.usage.AiActRole;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Answer;
import eu.civicai.governance.usage.HumanOversight;
import eu.civicai.governance.usage.OversightLevel;
import eu.civicai.governance.usage.Part;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Dutch register: output checked against the register's own field configuration. */
class AlgoritmeRegisterTest {
  private static final DatasetLookup NONE = DatasetLookup.of(List.of());
  private static final FieldConfiguration CONFIG = FieldConfiguration.load();
  private static final ObjectMapper JSON = new ObjectMapper();

  static AiUsage dutch() {
    return AiUsage.builder("verkeersregeling")
        .name("Automatische Verkeersregeling Ringweg")
        .summary("Dit algoritme zorgt met sensoren in het wegdek voor een vlotte doorstroming.")
        .authority(Authority.of("Gemeente Noorderhaaks", AuthorityKind.COMMUNE))
        .contact(Contact.of(ContactRole.OWNER, null, "algoritmes@noorderhaaks.example").publicly())
        .link("Info", "https://noorderhaaks.example/vri")
        .status(s -> s.stage(Stage.DEPLOYMENT).startDate(LocalDate.of(2023, 1, 15)))
        .purpose(
            p ->
                p.theme(Theme.MOBILITY)
                    .goal("Betere doorstroming <en> minder wachten & stilstaan."))
        .decision(
            d ->
                d.concernsIndividuals(false)
                    .oversight(
                        HumanOversight.builder()
                            .level(OversightLevel.HUMAN_ON_THE_LOOP)
                            .description("Een medewerker kan de regeling aanpassen.")
                            .build()))
        .aiAct(a -> a.role(AiActRole.DEPLOYER).aiSystem(Answer.NO)) // a decision tree
        .system(s -> s.description("Een eenvoudige beslisboom.").selfLearning(false))
        .transparency(
            t ->
                t.visibility(
                    Map.of(Part.CONTACTS, Visibility.PUBLIC, Part.SYSTEM, Visibility.PUBLIC)))
        .metadata(m -> m.language("nl").tags("Verkeer", "VRI"))
        .build();
  }

  private static List<JsonNode> records(Export e) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    JSON.readTree(e.text()).forEach(out::add);
    return out;
  }

  @Test
  void fieldTable_agreesWithTheRegistersConfiguration() {
    Set<String> configured = new TreeSet<>();
    CONFIG.properties.fieldNames().forEachRemaining(configured::add);
    Set<String> written = new TreeSet<>();
    for (NlField f : NlField.ALL) {
      written.add(f.name());
      JsonNode spec = CONFIG.properties.get(f.name());
      assertThat(spec).as(f.name()).isNotNull();
      assertThat(f.maxLength()).as(f.name()).isEqualTo(spec.path("max_length").asInt(0));
      assertThat(f.required()).as(f.name()).isEqualTo(FieldConfiguration.isRequired(spec));
      List<String> permitted = new ArrayList<>();
      spec.path("permitted_values").forEach(v -> permitted.add(v.asText()));
      assertThat(f.permitted()).as(f.name()).isEqualTo(permitted);
      assertThat(f.html()).as(f.name()).isEqualTo(spec.has("allowed_html_tags"));
    }
    // The register fills in its own id and publication date.
    configured.removeAll(written);
    assertThat(configured).containsExactly("lars", "publication_dt");
  }

  @Test
  void export_dutchRecord_isValid_inTheConfigurationsOrder() throws Exception {
    Export e = AlgoritmeRegister.export(List.of(dutch()), ExportProfile.PUBLIC, NONE);

    JsonNode record = records(e).get(0);
    assertThat(CONFIG.violations(record)).isEmpty();
    assertThat(e.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("export.missing", "export.language");
    assertThat(record.get("lang").asText()).isEqualTo("nld");
    assertThat(record.get("status").asText()).isEqualTo("In gebruik");
    assertThat(record.get("begin_date").asText()).isEqualTo("2023-01");
    assertThat(record.get("category").get(0).asText()).isEqualTo("Verkeer");
    assertThat(record.get("publication_category").asText()).isEqualTo("Overige algoritmes");
    assertThat(record.get("goal").asText())
        .isEqualTo("Betere doorstroming &lt;en&gt; minder wachten &amp; stilstaan.");
    assertThat(record.get("methods_and_models").asText()).contains("Self-learning: no.");
    List<String> keys = new ArrayList<>();
    record.fieldNames().forEachRemaining(keys::add);
    List<String> order = NlField.ALL.stream().map(NlField::name).filter(keys::contains).toList();
    assertThat(keys).isEqualTo(order);
  }

  @Test
  void export_frenchRecord_statesItsLanguage_andSaysTheRegisterWantsDutch() throws Exception {
    AiUsage french = dutch().toBuilder().metadata(m -> m.language("fr")).build();

    Export e = AlgoritmeRegister.export(List.of(french), ExportProfile.PUBLIC, NONE);

    JsonNode record = records(e).get(0);
    assertThat(record.get("lang").asText()).isEqualTo("fra");
    assertThat(CONFIG.violations(record)).containsExactly("lang: not permitted");
    assertThat(e.diagnostics("export.language"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message(Locale.ENGLISH))
                    .isEqualTo(
                        "record 1, field `lang`: the texts are in 'fra', the target accepts nld only; translate before submitting"));
  }

  @Test
  void export_requiredFieldMissing_isReported_neverInvented() throws Exception {
    AiUsage sparse =
        AiUsage.builder("x").name("X").authority(Authority.of("Y", AuthorityKind.COMMUNE)).build();

    Export e = AlgoritmeRegister.export(List.of(sparse), ExportProfile.FULL, NONE);

    assertThat(CONFIG.violations(records(e).get(0)))
        .containsExactlyInAnyOrder(
            "description_short: required",
            "status: required",
            "contact_email: required",
            "publication_category: required",
            "lang: required");
    assertThat(e.diagnostics("export.missing"))
        .extracting(Diagnostic::column)
        .containsExactly(
            "description_short", "status", "contact_email", "publication_category", "lang");
    assertThat(e.diagnostics("export.incomplete"))
        .extracting(Diagnostic::detail)
        .contains("algoritmeregister.description-short", "algoritmeregister.contact-email");
    assertThat(e.diagnostics("export.missing").get(0).message(Locale.FRENCH))
        .isEqualTo(
            "fiche 1, champ `description_short` : exigé par publicatiestandaard 1.0 et non renseigné ; la cible refusera la fiche tant qu'il ne l'est pas");
  }

  /**
   * Generated registers: export never fails, and every record is valid against the register's
   * configuration except exactly where a diagnostic says so (a required field missing, a language
   * other than Dutch).
   */
  @Test
  void export_generatedRegisters_validExceptWhereADiagnosticSaysSo() throws Exception {
    RandomUsages random = new RandomUsages(22);
    for (int round = 0; round < 6; round++) {
      List<AiUsage> usages = random.next(60);
      for (ExportProfile profile : ExportProfile.values()) {
        Export e = AlgoritmeRegister.export(usages, profile, NONE);
        List<JsonNode> records = records(e);
        for (int i = 0; i < records.size(); i++) {
          int record = i + 1;
          List<String> expected = new ArrayList<>();
          for (Diagnostic d : e.diagnostics()) {
            if (d.row() == record && d.rule().equals("export.missing")) {
              expected.add(d.column() + ": required");
            } else if (d.row() == record && d.rule().equals("export.language")) {
              expected.add("lang: not permitted");
            }
          }
          assertThat(CONFIG.violations(records.get(i)))
              .as("record %d of round %d, %s", record, round, profile)
              .containsExactlyInAnyOrderElementsOf(expected);
        }
      }
    }
  }

  @Test
  void roundTrip_exportImportExport_givesTheSameBytes_andTheMappedFields() throws Exception {
    RandomUsages random = new RandomUsages(7);
    List<AiUsage> usages = new ArrayList<>(random.next(120));
    usages.add(dutch());
    Export first = AlgoritmeRegister.export(usages, ExportProfile.FULL, NONE);

    ImportResult imported = AlgoritmeRegister.importJson(new ByteArrayInputStream(first.bytes()));
    Export second = AlgoritmeRegister.export(imported.usages(), ExportProfile.FULL, NONE);

    assertThat(imported.usages()).hasSize(usages.size());
    assertThat(second.text()).isEqualTo(first.text());
    AiUsage back = imported.usages().get(imported.usages().size() - 1);
    AiUsage original = dutch();
    assertThat(back.id()).isEqualTo(original.id());
    assertThat(back.name()).isEqualTo(original.name());
    assertThat(back.summary()).isEqualTo(original.summary());
    assertThat(back.authority().name()).isEqualTo(original.authority().name());
    assertThat(back.status().stage()).isEqualTo(Stage.DEPLOYMENT);
    assertThat(back.status().startDate()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(back.purpose().theme()).isEqualTo(Theme.MOBILITY);
    assertThat(back.purpose().goal()).isEqualTo(original.purpose().goal());
    assertThat(back.contacts().get(0).email()).isEqualTo("algoritmes@noorderhaaks.example");
    assertThat(back.links().get(0).uri()).isEqualTo(original.links().get(0).uri());
    assertThat(back.metadata().language()).isEqualTo("nl");
    assertThat(back.metadata().tags()).containsExactly("Verkeer", "VRI");
    assertThat(back.metadata().sourceValues())
        .containsEntry("publication_category", "Overige algoritmes");
  }

  @Test
  void import_unknownValues_keptAsSourceValues_withADiagnostic() {
    String json =
        "[{\"name\":\"A\",\"organization\":\"Gemeente B\",\"status\":\"Gepland\","
            + "\"category\":[\"Wonen\",\"Ruimte\"],\"lars\":\"12345\",\"begin_date\":\"2023/01\"}]";

    ImportResult r =
        AlgoritmeRegister.importJson(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    AiUsage u = r.usages().get(0);
    assertThat(u.metadata().sourceValues())
        .containsEntry("status", "Gepland")
        .containsEntry("category", "Ruimte")
        .containsEntry("lars", "12345")
        .containsEntry("begin_date", "2023/01");
    assertThat(u.purpose().subThemes()).containsExactly("Wonen");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .containsExactly("enum.unknown", "date.format", "enum.unknown", "column.unmapped");
  }

  @Test
  void import_notJson_orNotRecords_isTheLibrarysError() {
    assertThatThrownBy(
            () ->
                AlgoritmeRegister.importJson(
                    new ByteArrayInputStream(
                        "[{\"a\":1,\"a\":2}]".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cannot be read as JSON");
    assertThatThrownBy(
            () ->
                AlgoritmeRegister.importJson(
                    new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).field())
        .isEqualTo("/0");
  }

  @Test
  void import_recordWithoutName_isNotImported() {
    ImportResult r =
        AlgoritmeRegister.importJson(
            new ByteArrayInputStream("{\"organization\":\"B\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.usages()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsExactly("row.identity");
  }
}
