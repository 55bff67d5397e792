package eu.civicai.governance.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import eu.civicai.governance.InvalidInputException;
import eu.civicai.governance.charter.CharterEvaluator;
import eu.civicai.governance.charter.EvaluationContext;
import eu.civicai.governance.charter.EvaluationReport;
import eu.civicai.governance.charter.Outcome;
import eu.civicai.governance.charters.BuiltInCharters;
import eu.civicai.governance.data.CollectionMode;
import eu.civicai.governance.data.DataSource;
import eu.civicai.governance.org.AuthorityKind;
import eu.civicai.governance.usage.AiTechnique;
import eu.civicai.governance.usage.AiUsage;
import eu.civicai.governance.usage.Audience;
import eu.civicai.governance.usage.DatePrecision;
import eu.civicai.governance.usage.Sourcing;
import eu.civicai.governance.usage.Stage;
import eu.civicai.governance.usage.Theme;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Import of the project's own samples, written to exercise every drift and diagnostic. */
class InterconnectesCsvTest {

  static ImportResult sample(String name) throws Exception {
    try (InputStream in =
        InterconnectesCsvTest.class.getResourceAsStream("/interconnectes/" + name)) {
      return InterconnectesCsv.importCsv(in);
    }
  }

  static ImportResult csv(String text) {
    return InterconnectesCsv.importCsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Diagnostic> rule(ImportResult result, String rule) {
    return result.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
  }

  @Test
  void drifts_mapToTheRightValue_withADriftNote_notToOther() throws Exception {
    ImportResult result = sample("sample-drifts.csv");

    AiUsage leaks = result.usages().get(0);
    assertThat(leaks.status().stage()).isEqualTo(Stage.ENDED);
    assertThat(leaks.purpose().theme()).isEqualTo(Theme.ECOLOGICAL_TRANSITION);
    AiUsage shuttles = result.usages().get(1);
    assertThat(shuttles.authority().kind()).isEqualTo(AuthorityKind.COMMUNAUTE_AGGLOMERATION);
    assertThat(shuttles.purpose().theme()).isEqualTo(Theme.MOBILITY);
    assertThat(shuttles.purpose().audiences()).containsExactly(Audience.GENERAL_PUBLIC);
    AiUsage mail = result.usages().get(2);
    assertThat(mail.status().stage()).isEqualTo(Stage.EXPERIMENTATION);
    assertThat(mail.purpose().audiences()).containsExactly(Audience.AGENTS);
    assertThat(mail.system().techniques()).containsExactly(AiTechnique.NATURAL_LANGUAGE_PROCESSING);
    assertThat(result.usages().get(3).authority().kind()).isEqualTo(AuthorityKind.COMMUNE);

    assertThat(rule(result, "value.drift"))
        .extracting(Diagnostic::row, Diagnostic::column, Diagnostic::value, Diagnostic::detail)
        .contains(
            tuple(2, "projet_status", "Terminé", "Terminée"),
            tuple(2, "theme", "Transition écologique et énergétique", "Transition écologique"),
            tuple(3, "coll_type", "Communauté d'agglomérations", "Communauté d'agglomération"),
            tuple(3, "theme", "Mobilités", "Mobilité"),
            tuple(3, "audience_service", "Usagers", "Grand public"),
            tuple(4, "projet_status", "en construction", "En expérimentation"),
            tuple(4, "audience_service", "Agents", "Agent"),
            tuple(4, "type_algorithme", "TAL", "Traitement Automatique du langage"),
            tuple(5, "coll_type", "Ville", "Commune"));
    assertThat(rule(result, "value.drift")).noneMatch(Diagnostic::isProblem);
    Diagnostic terminated = rule(result, "value.drift").get(0);
    assertThat(terminated.message(Locale.ENGLISH))
        .isEqualTo(
            "row 2, column `projet_status`: 'Terminé' read as 'Terminée', the schema's value it"
                + " drifts from (row imported)");
    assertThat(terminated.message(Locale.FRENCH))
        .isEqualTo(
            "ligne 2, colonne `projet_status` : 'Terminé' lu comme « Terminée », la valeur du"
                + " schéma dont il s'écarte (ligne importée)");
  }

  @Test
  void driftRule_isARule_notAListOfTheExamples() {
    // Variants that appear in no list: case, accents, plural, feminine, words around a label.
    assertThat(Vocabulary.STAGES.match("TERMINEES").value()).isEqualTo(Stage.ENDED);
    assertThat(Vocabulary.STAGES.match("abandonnée").value()).isEqualTo(Stage.ABANDONED);
    assertThat(Vocabulary.STAGES.match("En Déploiement ").drift()).isFalse();
    assertThat(Vocabulary.KINDS.match("Communautés de communes").value())
        .isEqualTo(AuthorityKind.COMMUNAUTE_COMMUNES);
    assertThat(Vocabulary.KINDS.match("Communauté de communes du Pays de Brume").value())
        .isEqualTo(AuthorityKind.COMMUNAUTE_COMMUNES);
    assertThat(Vocabulary.KINDS.match("Régions").value()).isEqualTo(AuthorityKind.REGION);
    assertThat(Vocabulary.THEMES.match("Mobilité douce et partagée").value())
        .isEqualTo(Theme.MOBILITY);
    assertThat(Vocabulary.THEMES.match("Santé et solidarités").value())
        .isEqualTo(Theme.HEALTH_SOLIDARITY);
    assertThat(Vocabulary.AUDIENCES.match("Élus").value()).isEqualTo(Audience.ELECTED_OFFICIALS);
    assertThat(Vocabulary.AUDIENCES.match("Établissements scolaires").value())
        .isEqualTo(Audience.SCHOOLS);
    assertThat(Vocabulary.SOURCES.match("Capteurs de qualité de l'air").value())
        .isEqualTo(DataSource.SENSORS);
    // Unknown stays unknown; ambiguous too.
    assertThat(Vocabulary.THEMES.match("Sécurité publique")).isNull();
    assertThat(Vocabulary.THEMES.match("Transition énergétique")).isNull();
    assertThat(Vocabulary.SOURCES.match("Données internes et open data")).isNull();
    assertThat(Vocabulary.STAGES.match("")).isNull();
  }

  @Test
  void unknownValues_stayUnknown_andAreReported() throws Exception {
    ImportResult result = sample("sample-drifts.csv");

    assertThat(rule(result, "enum.unknown"))
        .extracting(Diagnostic::row, Diagnostic::column, Diagnostic::value)
        .containsExactlyInAnyOrder(
            tuple(2, "audience_service", "Chercheurs"),
            tuple(4, "type_algorithme", "Systèmes experts"),
            tuple(5, "theme", "Sécurité publique"),
            tuple(5, "herbergement", "hébergement mutualisé"));
    AiUsage chatbot = result.usages().get(3);
    assertThat(chatbot.purpose().theme()).isEqualTo(Theme.OTHER);
    assertThat(chatbot.metadata().sourceValues())
        .containsEntry("theme", "Sécurité publique")
        .containsEntry("herbergement", "hébergement mutualisé");
    assertThat(result.hasProblems()).isTrue();
  }

  @Test
  void multiValuedCells_keepEveryKnownValue_andReportOnlyTheUnknownOne() throws Exception {
    ImportResult result = sample("sample-drifts.csv");

    AiUsage leaks = result.usages().get(0);
    assertThat(leaks.purpose().audiences()).containsExactly(Audience.AGENTS);
    assertThat(leaks.metadata().sourceValues()).containsEntry("audience_service", "Chercheurs");
    assertThat(leaks.dataUse().sources()).containsExactly(DataSource.SENSORS, DataSource.OPEN_DATA);
    assertThat(leaks.dataUse().collectionModes()).containsExactly(CollectionMode.API);
    assertThat(leaks.purpose().subThemes())
        .containsExactly("Déchets et économie circulaire", "Plateforme de données");
    AiUsage mail = result.usages().get(2);
    assertThat(mail.metadata().sourceValues()).containsEntry("type_algorithme", "Systèmes experts");
    assertThat(mail.system().hosting()).isNull(); // NSP says nothing
    assertThat(
            csv("coll_nom;nom_projet;audience_service\nA;B;Agent-Elu\n")
                .usages()
                .get(0)
                .purpose()
                .audiences())
        .containsExactly(Audience.AGENTS, Audience.ELECTED_OFFICIALS);
  }

  @Test
  void partners_splitWithoutBreakingHyphenatedNames_placeholdersMeanInHouse() throws Exception {
    ImportResult result = sample("sample-drifts.csv");

    assertThat(result.usages().get(0).partners())
        .containsExactly("Exo-Dev", "Université de Nulle-Part");
    AiUsage shuttles = result.usages().get(1);
    assertThat(shuttles.partners()).isEmpty();
    assertThat(shuttles.system().sourcing()).isEqualTo(Sourcing.IN_HOUSE);
    AiUsage mail = result.usages().get(2);
    assertThat(mail.partners()).isEmpty();
    assertThat(mail.system().sourcing()).isEqualTo(Sourcing.IN_HOUSE);
    assertThat(rule(result, "partners.placeholder"))
        .extracting(Diagnostic::row, Diagnostic::value, Diagnostic::detail)
        .containsExactly(
            tuple(3, "/", "Projet développé en interne"),
            tuple(4, "développé en régie", "Projet développé en interne"));
    assertThat(rule(result, "partners.placeholder").get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "row 3, column `partenaires`: '/' names no partner; read as none, the project being"
                + " 'Projet développé en interne' (row imported)");
    assertThat(result.usages().get(3).partners()).containsExactly("Alpha-Beta");
    assertThat(rule(result, "partners.hyphen"))
        .extracting(Diagnostic::row, Diagnostic::isProblem)
        .containsExactly(tuple(5, false));
    assertThat(Cells.split("A - B ; C / D, Saint-Rémy\nE"))
        .containsExactly("A", "B", "C", "D", "Saint-Rémy", "E");
  }

  @Test
  void dates_keepTheirPrecision_andSerialNumbersAreRead() throws Exception {
    ImportResult result = sample("sample-drifts.csv");

    AiUsage leaks = result.usages().get(0);
    assertThat(leaks.status().startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(leaks.status().startDatePrecision()).isEqualTo(DatePrecision.MONTH);
    AiUsage shuttles = result.usages().get(1);
    assertThat(shuttles.status().startDate()).isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(shuttles.status().startDatePrecision()).isNull();
    assertThat(result.usages().get(2).status().startPrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(rule(result, "date.serial"))
        .extracting(Diagnostic::row, Diagnostic::value, Diagnostic::detail, Diagnostic::isProblem)
        .containsExactly(tuple(3, "45691", "03/02/2025", false));
    assertThat(rule(result, "date.month"))
        .extracting(Diagnostic::row, Diagnostic::column)
        .containsExactly(tuple(4, "date"));
    assertThat(rule(result, "date.format"))
        .extracting(Diagnostic::row, Diagnostic::value)
        .containsExactly(tuple(5, "13/2024"));

    String exported = InterconnectesCsv.export(result.usages(), InterconnectesCsv.Profile.FULL);
    assertThat(exported)
        .contains(";\"01/2024\";")
        .contains(";\"03/02/2025\";")
        .contains(";\"15/09/2023\";");
  }

  @Test
  void latitudeAndLongitude_haveAHome_withValidatedRanges() throws Exception {
    ImportResult result = sample("sample-drifts.csv");

    AiUsage leaks = result.usages().get(0);
    assertThat(leaks.transparency().location().latitude()).isEqualByComparingTo("45.7640");
    assertThat(leaks.transparency().location().longitude()).isEqualByComparingTo("4.8357");
    assertThat(result.usages().get(1).transparency().location().longitude())
        .isEqualByComparingTo(new BigDecimal("-0.3511"));
    assertThat(result.usages().get(3).transparency()).isNull();
    assertThat(rule(result, "value.invalid"))
        .extracting(Diagnostic::row, Diagnostic::column, Diagnostic::value, Diagnostic::detail)
        .contains(tuple(5, "latitude", "123.5", "max"));
    assertThat(result.usages().get(3).metadata().sourceValues())
        .containsEntry("latitude", "123.5")
        .containsEntry("longitude", "2.35");
    assertThat(rule(csv("coll_nom;nom_projet;latitude\nA;B;45\n"), "geo.incomplete")).hasSize(1);
  }

  @Test
  void cleanSample_importsWithoutProblems_onlyNotes() throws Exception {
    ImportResult result = sample("sample-clean.csv");

    assertThat(result.usages()).hasSize(3);
    assertThat(result.diagnostics()).isNotEmpty().noneMatch(Diagnostic::isProblem);
    assertThat(result.hasProblems()).isFalse();
    assertThat(result.usages().get(2).transparency().location().latitude())
        .isEqualByComparingTo("45.61");
  }

  @Test
  void badSiret_yieldsADiagnostic_andTheRowStillImports() throws Exception {
    ImportResult result = sample("sample-drifts.csv");

    Diagnostic d = rule(result, "siret.luhn").get(0);
    assertThat(d.row()).isEqualTo(5);
    assertThat(d.imported()).isTrue();
    assertThat(d.message(Locale.ENGLISH))
        .isEqualTo(
            "row 5, column `coll_siret`: '21000004800013' fails the SIRET check digit; kept as a"
                + " source value (row imported)");
    assertThat(result.usages().get(3).metadata().sourceValues())
        .containsEntry("coll_siret", "21000004800013");
    assertThat(rule(result, "url.format")).extracting(Diagnostic::row).containsExactly(5);
    assertThat(rule(result, "row.identity"))
        .extracting(Diagnostic::row, Diagnostic::imported)
        .containsExactly(tuple(6, false));
    assertThat(rule(result, "row.duplicate").get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "row 7: same authority and project as row 2; imported apart, not merged (row"
                + " imported)");
    assertThat(result.usages()).hasSize(5);
    assertThat(result.usages().get(4).id().value())
        .isEqualTo("commune-de-val-de-brume-detection-des-fuites-2");
    assertThat(rule(result, "column.unmapped"))
        .extracting(Diagnostic::column)
        .contains("monitoring_biais", "risque_categorie");
  }

  @Test
  void quirks_commaSeparator_bom_multiline_publicHeaders() {
    String file =
        "\uFEFFNom_collectivite,Nom_du_projet,SIRET,Type_de_collectivite,Date_de_demarrage,Statut_du_projet,Partenaires,Description_service,Theme,Audience,URL_Service\n"
            + "Métropole Exemple  ,Chatbot RH ,21000006300011, Métropole ,03/2024,Terminée,\"A, B\",\"Première ligne\nseconde ligne\",Mobilité,Agent-Elu,https://example.org/p\n"
            + "EPT Exemple,Tri des courriers,210000014,EPT,15/09/2023,En expérimentation,Saint-Rémy,,Thème inventé,Grand public,\n";

    ImportResult result = csv(file);

    assertThat(result.usages()).hasSize(2);
    AiUsage first = result.usages().get(0);
    assertThat(first.authority().name()).isEqualTo("Métropole Exemple");
    assertThat(first.authority().kind()).isEqualTo(AuthorityKind.METROPOLE);
    assertThat(first.authority().siret().value()).isEqualTo("21000006300011");
    assertThat(first.partners()).containsExactly("A", "B");
    assertThat(first.description()).isEqualTo("Première ligne\nseconde ligne");
    assertThat(first.purpose().audiences())
        .containsExactly(Audience.AGENTS, Audience.ELECTED_OFFICIALS);
    AiUsage second = result.usages().get(1);
    assertThat(second.authority().siren().value()).isEqualTo("210000014");
    assertThat(second.partners()).containsExactly("Saint-Rémy");
    assertThat(rule(result, "enum.unknown"))
        .extracting(Diagnostic::row, Diagnostic::column)
        .containsExactly(tuple(3, "Theme"));
  }

  @Test
  void names_areOneLine_andAddressesAreWebAddresses() {
    ImportResult result =
        csv(
            "coll_nom;nom_projet;url_infos;image_url\n"
                + "\"Commune\nde Brume\";\"Projet\n\n  sur deux lignes\";javascript:alert(1);file:///etc/passwd\n");

    AiUsage usage = result.usages().get(0);
    assertThat(usage.authority().name()).isEqualTo("Commune de Brume");
    assertThat(usage.name()).isEqualTo("Projet sur deux lignes");
    assertThat(rule(result, "value.oneLine"))
        .extracting(Diagnostic::column, Diagnostic::isProblem)
        .containsExactly(tuple("coll_nom", false), tuple("nom_projet", false));
    assertThat(usage.links()).isEmpty();
    assertThat(usage.transparency()).isNull();
    assertThat(rule(result, "url.format"))
        .extracting(Diagnostic::value)
        .containsExactly("javascript:alert(1)", "file:///etc/passwd");
  }

  @Test
  void ids_areStable() throws Exception {
    assertThat(sample("sample-drifts.csv").usages())
        .extracting(u -> u.id().value())
        .isEqualTo(sample("sample-drifts.csv").usages().stream().map(u -> u.id().value()).toList());
  }

  @Test
  void exportFull_thenImport_givesBackEveryMappableField() throws Exception {
    for (String name : List.of("sample-drifts.csv", "sample-clean.csv")) {
      List<AiUsage> imported = sample(name).usages();
      String csv = InterconnectesCsv.export(imported, InterconnectesCsv.Profile.FULL);
      List<AiUsage> again = csv(csv).usages();
      assertThat(again).as(name).isEqualTo(imported);
      assertThat(InterconnectesCsv.export(again, InterconnectesCsv.Profile.FULL)).isEqualTo(csv);
    }
  }

  @Test
  void completenessCharter_saysWhatEachImportedEntryLacks() throws Exception {
    AiUsage chatbot = sample("sample-drifts.csv").usages().get(3);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Europe/Paris"));
    EvaluationReport report =
        CharterEvaluator.of(BuiltInCharters.completenessInterconnectes())
            .evaluate(chatbot, EvaluationContext.of(clock, Locale.FRENCH))
            .get(0);

    assertThat(report.findings(Outcome.NOT_SATISFIED))
        .extracting(f -> f.criterionId())
        .contains("interconnectes.coll-siret")
        .doesNotContain("interconnectes.nom-projet");
  }

  @Test
  void notCsv_isRejectedWithTheLibraryException() {
    assertThatThrownBy(() -> csv("a;b\n\"unterminated;x\n"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("csv.unreadable"));
  }
}
