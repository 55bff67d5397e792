package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InterconnectesCsvTest {

  private static ImportResult sample(String name) throws Exception {
    try (InputStream in =
        InterconnectesCsvTest.class.getResourceAsStream("/interconnectes/" + name)) {
      return InterconnectesCsv.importCsv(in);
    }
  }

  private static ImportResult csv(String text) {
    return InterconnectesCsv.importCsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Diagnostic> rule(ImportResult result, String rule) {
    return result.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
  }

  @Test
  void betaSample_importsEveryRow() throws Exception {
    ImportResult result = sample("sample-beta-2025-01-13.csv");

    assertThat(result.usages()).hasSize(10);
    AiUsage first = result.usages().get(0);
    assertThat(first.id().value()).isEqualTo("collectivite-xyz-smartwaste");
    assertThat(first.status().stage()).isEqualTo(Stage.DEPLOYMENT);
    assertThat(first.status().startDate()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(first.partners()).containsExactly("financeur 1", "intégrateur SmartWaste");
    assertThat(first.purpose().theme()).isEqualTo(Theme.ECOLOGICAL_TRANSITION);
    assertThat(first.purpose().audiences()).containsExactly(Audience.AGENTS);
    assertThat(first.system().techniques()).containsExactly(AiTechnique.MACHINE_LEARNING);
    assertThat(first.contacts().get(0).email()).isEqualTo("dechets@coll-cyz.fr");
    assertThat(first.dataUse().sources())
        .containsExactly(eu.civicai.governance.data.DataSource.SENSORS);
    assertThat(first.dataUse().collectionModes())
        .containsExactly(eu.civicai.governance.data.CollectionMode.API);
    AiUsage second = result.usages().get(1);
    assertThat(second.purpose().theme()).isEqualTo(Theme.CITIZENSHIP);
    assertThat(second.purpose().subThemes())
        .containsExactly(
            "Santé et solidarité", "Santé et accès aux soins", "Plateforme de données");
  }

  @Test
  void sample_badSiret_yieldsADiagnostic_andTheRowStillImports() throws Exception {
    ImportResult result = sample("sample-beta-2025-01-13.csv");

    List<Diagnostic> sirets = rule(result, "siret.luhn");
    assertThat(sirets).isNotEmpty();
    Diagnostic d = sirets.get(0);
    assertThat(d.row()).isEqualTo(2);
    assertThat(d.imported()).isTrue();
    assertThat(d.message(Locale.ENGLISH))
        .isEqualTo(
            "row 2, column `coll_siret`: '21750000000000' fails the SIRET check digit; kept as a source value (row imported)");
    assertThat(d.message(Locale.FRENCH))
        .startsWith(
            "ligne 2, colonne `coll_siret` : la clé de contrôle du SIRET '21750000000000' est fausse");
    assertThat(result.usages().get(0).metadata().sourceValues())
        .containsEntry("coll_siret", "21750000000000");
  }

  @Test
  void testSample_withOtherHeadersAndDrifts_importsWithDiagnostics() throws Exception {
    ImportResult result = sample("sample-test-2024-11.csv");

    assertThat(result.usages()).hasSize(4);
    AiUsage traffic = result.usages().get(0);
    assertThat(traffic.description())
        .isEqualTo("Optimiser le trafic pour réduire la congestion et la pollution");
    assertThat(traffic.purpose().theme()).isEqualTo(Theme.MOBILITY);
    assertThat(traffic.purpose().audiences())
        .containsExactly(Audience.GENERAL_PUBLIC, Audience.BUSINESSES);
    assertThat(traffic.decision().contestation())
        .isEqualTo("Les citoyens peuvent s'opposer par une demande en mairie");
    assertThat(result.usages().get(1).status().stage()).isEqualTo(Stage.ENDED);
    assertThat(rule(result, "enum.unknown"))
        .extracting(Diagnostic::column)
        .contains("theme", "herbergement");
    assertThat(rule(result, "column.unmapped"))
        .extracting(Diagnostic::column)
        .contains("reversibilite", "monitoring_biais");
  }

  @Test
  void quirks_commaSeparator_bom_multiline_trailingSpaces_publicHeaders_monthDates_drifts() {
    String file =
        "\uFEFFNom_collectivite,Nom_du_projet,SIRET,Type_de_collectivite,Date_de_demarrage,Statut_du_projet,Partenaires,Description_service,Theme,Audience,URL_Service,Latitude\n"
            + "Métropole Exemple  ,Chatbot RH ,24310063300011, Métropole ,03/2024,Terminé,\"A, B\",\"Première ligne\nseconde ligne\",Mobilité,Agent-Elu,https://example.org/p,45.1\n"
            + "EPT Exemple,Tri des courriers,200054781,EPT,15/09/2023,En expérimentation,Saint-Rémy,,Thème inventé,Grand public,pas une url,\n"
            + "CA Exemple,Fuites,,Communauté d'agglomération,13/2024,Abandonné,,,,,,\n"
            + ",Sans collectivité,,Commune,,,,,,,,\n"
            + "Métropole Exemple,Chatbot RH,,Métropole,,,,,,,,\n";

    ImportResult result = csv(file);

    assertThat(result.usages()).hasSize(4);
    AiUsage first = result.usages().get(0);
    assertThat(first.authority().name()).isEqualTo("Métropole Exemple");
    assertThat(first.authority().kind()).isEqualTo(AuthorityKind.METROPOLE);
    assertThat(first.authority().siret().value()).isEqualTo("24310063300011");
    assertThat(first.status().startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(first.status().stage()).isEqualTo(Stage.ENDED);
    assertThat(first.partners()).containsExactly("A", "B");
    assertThat(first.description()).isEqualTo("Première ligne\nseconde ligne");
    assertThat(first.purpose().audiences())
        .containsExactly(Audience.AGENTS, Audience.ELECTED_OFFICIALS);
    assertThat(first.links().get(0).uri().toString()).isEqualTo("https://example.org/p");
    assertThat(first.metadata().sourceValues()).containsEntry("latitude", "45.1");
    AiUsage second = result.usages().get(1);
    assertThat(second.authority().kind()).isEqualTo(AuthorityKind.EPT);
    assertThat(second.authority().siren().value()).isEqualTo("200054781");
    assertThat(second.partners()).containsExactly("Saint", "Rémy");
    assertThat(second.purpose().theme()).isEqualTo(Theme.OTHER);
    assertThat(rule(result, "enum.unknown"))
        .extracting(Diagnostic::row, Diagnostic::column)
        .contains(org.assertj.core.groups.Tuple.tuple(3, "Theme"));
    assertThat(rule(result, "url.format")).extracting(Diagnostic::row).containsExactly(3);
    assertThat(result.usages().get(2).authority().kind())
        .isEqualTo(AuthorityKind.COMMUNAUTE_AGGLOMERATION);
    assertThat(rule(result, "date.format"))
        .extracting(Diagnostic::row, Diagnostic::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "13/2024"));
    assertThat(rule(result, "row.identity"))
        .extracting(Diagnostic::row, Diagnostic::imported)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, false));
    Diagnostic duplicate = rule(result, "row.duplicate").get(0);
    assertThat(duplicate.row()).isEqualTo(6);
    assertThat(duplicate.message(Locale.ENGLISH))
        .isEqualTo(
            "row 6: same authority and project as row 2; imported apart, not merged (row imported)");
    assertThat(result.usages().get(3).id().value()).isEqualTo("metropole-exemple-chatbot-rh-2");
  }

  @Test
  void ids_areStable() throws Exception {
    assertThat(sample("sample-beta-2025-01-13.csv").usages())
        .extracting(u -> u.id().value())
        .isEqualTo(
            sample("sample-beta-2025-01-13.csv").usages().stream()
                .map(u -> u.id().value())
                .toList());
  }

  @Test
  void exportFull_thenImport_givesBackEveryMappableField() throws Exception {
    for (String name : List.of("sample-beta-2025-01-13.csv", "sample-test-2024-11.csv")) {
      List<AiUsage> imported = sample(name).usages();
      String csv = InterconnectesCsv.export(imported, InterconnectesCsv.Profile.FULL);
      List<AiUsage> again = csv(csv).usages();
      assertThat(again).as(name).isEqualTo(imported);
      assertThat(InterconnectesCsv.export(again, InterconnectesCsv.Profile.FULL)).isEqualTo(csv);
    }
  }

  @Test
  void exportPublic_leavesRestrictedColumnsOut() throws Exception {
    String csv =
        InterconnectesCsv.export(
            sample("sample-beta-2025-01-13.csv").usages(), InterconnectesCsv.Profile.PUBLIC);
    String header = csv.lines().findFirst().orElseThrow();
    assertThat(header)
        .contains("coll_nom", "nom_projet", "theme", "url_infos")
        .doesNotContain("projet_contact", "budget", "herbergement", "nom_algorithme");
    assertThat(csv).doesNotContain("dechets@coll-cyz.fr");
  }

  @Test
  void completenessCharter_saysWhatEachImportedEntryLacks() throws Exception {
    AiUsage first = sample("sample-beta-2025-01-13.csv").usages().get(0);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Europe/Paris"));
    EvaluationReport report =
        CharterEvaluator.of(BuiltInCharters.completenessInterconnectes())
            .evaluate(first, EvaluationContext.of(clock, Locale.FRENCH))
            .get(0);

    assertThat(report.findings(Outcome.NOT_SATISFIED))
        .extracting(f -> f.criterionId())
        .contains("interconnectes.coll-siret")
        .doesNotContain(
            "interconnectes.donnees-source",
            "interconnectes.donnees-acces",
            "interconnectes.nom-projet",
            "interconnectes.theme",
            "interconnectes.image-url");
  }

  @Test
  void notCsv_isRejectedWithTheLibraryException() {
    assertThatThrownBy(() -> csv("a;b\n\"unterminated;x\n"))
        .isInstanceOf(InvalidInputException.class);
  }
}
